"""Reading articles: JSONL (the contract's input), plain text, HTML, news feeds (RSS, Atom),
WARC web archives, folders of them.

Every reader yields `InputItem`s: an Article, or the coded error that kept one from being read.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import WarledgerError
from .feeds import read_feed_file, sniff_feed
from .html import read_html_file
from .items import InputItem, ReadStats
from .jsonl import read_jsonl_stream
from .text import read_text_file
from .warc import read_warc_file

__all__ = ["InputItem", "ReadStats", "read_inputs", "read_path"]

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom"}
#: An .xml file is read as a feed when its root element is one (`feeds.sniff_feed`).
SNIFFED_FEED_SUFFIXES = {".xml"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
KNOWN_SUFFIXES = (JSONL_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | SNIFFED_FEED_SUFFIXES
                  | WARC_SUFFIXES)
#: A folder's own documentation is not an article (a file named on the command line still is).
NOT_ARTICLES = {"readme", "license", "licence", "notice", "changelog", "copying", "authors"}


def read_inputs(paths: list[str], *, stats: ReadStats | None = None) -> Iterator[InputItem]:
    """Items from every path in order; `-` is JSONL on standard input. `stats` counts what was
    passed over without an item (a WARC's records that are no HTML page)."""
    for path in paths:
        if path == "-":
            yield from read_jsonl_stream(sys.stdin.buffer, origin="<stdin>")
        else:
            yield from read_path(Path(path), stats=stats)


def check_paths(paths: list[str]) -> None:
    """Raise a command error (C001/C002) before anything is read, so no half-run happens."""
    for path in paths:
        if path == "-":
            continue
        p = Path(path)
        if not p.exists():
            raise WarledgerError("C001", path=path)
        if p.is_file() and input_kind(p) is None:
            raise WarledgerError("C002", path=path)


def input_kind(path: Path) -> str | None:
    """How a file is read: "jsonl", "text", "html", "feed", "warc", or None (not an input).
    By suffix; an .xml file only when its root element is a feed's."""
    name = path.name.lower()
    suffix = ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("text", TEXT_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("feed", FEED_SUFFIXES), ("warc", WARC_SUFFIXES)):
        if suffix in suffixes:
            return kind
    if suffix in SNIFFED_FEED_SUFFIXES and sniff_feed(path):
        return "feed"
    return None


def read_path(path: Path, *, stats: ReadStats | None = None) -> Iterator[InputItem]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.stem.lower() not in NOT_ARTICLES and input_kind(child) is not None:
                yield from read_path(child, stats=stats)
        return
    kind = input_kind(path)
    if kind == "jsonl":
        with path.open("rb") as stream:
            yield from read_jsonl_stream(stream, origin=str(path))
    elif kind == "html":
        yield read_html_file(path)
    elif kind == "text":
        yield read_text_file(path)
    elif kind == "feed":
        yield from read_feed_file(path)
    elif kind == "warc":
        yield from read_warc_file(path, stats=stats)
    else:
        raise WarledgerError("C002", path=str(path))
