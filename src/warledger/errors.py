"""Coded errors. Every per-item failure is one of these codes; the run goes on.

Codes starting with E are item errors written to the output line; codes starting with C are
command errors (the command itself cannot run) printed as one line on stderr.
"""
from __future__ import annotations

from .models import ItemError


class Errors:
    E001 = "empty text"
    E002 = "the input bytes are not valid UTF-8 text"
    E003 = "the line is not a JSON object"
    E004 = "the line has no '{field}' string"
    E005 = "text is {size} characters, over the limit of {limit} (--max-chars)"
    E006 = "no article text could be found in the HTML page"
    E007 = "the input looks binary, not text"
    E008 = "'published' is not a YYYY-MM-DD date or an ISO datetime: {value!r}"
    E009 = "extraction failed: {detail}"
    E010 = "the file could not be read: {detail}"
    E011 = "storing the article failed: {detail}"
    E012 = "the feed is not well-formed XML: {detail}"
    E013 = "the XML is refused: it declares entities or refers to outside resources ({detail})"
    E014 = "the XML is not an RSS or Atom feed (its root element is <{root}>)"
    E015 = "the feed entry has no text (no content, description or summary)"
    E016 = "the feed entry has no guid, id or link to name it by"
    E017 = "the WARC record is truncated or corrupt: {detail}"
    C001 = "no such file or folder: {path}"
    C002 = "unknown input format for {path}; expected .jsonl, .txt, .html, a feed, a WARC or a folder"
    C003 = "cannot open the ledger at {url}: {detail}"


def item_error(code: str, **fmt: object) -> ItemError:
    """An ItemError with the message for `code`, formatted with `fmt`."""
    template = getattr(Errors, code)
    return ItemError(code=code, message=template.format(**fmt))


class WarledgerError(Exception):
    """A command-level error: the command itself cannot run."""

    def __init__(self, code: str, **fmt: object) -> None:
        self.code = code
        self.message = getattr(Errors, code).format(**fmt)
        super().__init__(f"{code} {self.message}")
