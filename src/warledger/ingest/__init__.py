"""Reading articles: JSONL (the contract's input), plain text, HTML, folders of them.

Every reader yields `InputItem`s: an Article, or the coded error that kept one from being read.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import WarledgerError
from .items import InputItem
from .html import read_html_file
from .jsonl import read_jsonl_stream
from .text import read_text_file

__all__ = ["InputItem", "read_inputs", "read_path"]

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
KNOWN_SUFFIXES = JSONL_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES
#: A folder's own documentation is not an article (a file named on the command line still is).
NOT_ARTICLES = {"readme", "license", "licence", "notice", "changelog", "copying", "authors"}


def read_inputs(paths: list[str]) -> Iterator[InputItem]:
    """Items from every path in order; `-` is JSONL on standard input."""
    for path in paths:
        if path == "-":
            yield from read_jsonl_stream(sys.stdin.buffer, origin="<stdin>")
        else:
            yield from read_path(Path(path))


def check_paths(paths: list[str]) -> None:
    """Raise a command error (C001/C002) before anything is read, so no half-run happens."""
    for path in paths:
        if path == "-":
            continue
        p = Path(path)
        if not p.exists():
            raise WarledgerError("C001", path=path)
        if p.is_file() and p.suffix.lower() not in KNOWN_SUFFIXES:
            raise WarledgerError("C002", path=path)


def read_path(path: Path) -> Iterator[InputItem]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.suffix.lower() in KNOWN_SUFFIXES and child.stem.lower() not in NOT_ARTICLES:
                yield from read_path(child)
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        with path.open("rb") as stream:
            yield from read_jsonl_stream(stream, origin=str(path))
    elif suffix in HTML_SUFFIXES:
        yield read_html_file(path)
    elif suffix in TEXT_SUFFIXES:
        yield read_text_file(path)
    else:
        raise WarledgerError("C002", path=str(path))
