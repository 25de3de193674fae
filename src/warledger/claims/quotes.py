"""Direct quotations in a text: the stretches between quotation marks.

Curly marks (“ ”), straight marks (") and doubled apostrophes ('') open and close quotations;
a curly opening may be closed by a straight mark and the other way round (typing slips are
common in news copy). A quotation left open at the end of a paragraph ends with its paragraph
(in quotes of several paragraphs each paragraph opens a new mark).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

OPENERS = {"“", "„"}
CLOSERS = {"”"}
NEUTRAL = {'"', "''"}
QUOTE_MARK = re.compile(r"''|[“”„\"]")
QUOTE_CHARS = "“”„\"'‘’"
# spaces that do not break a line (no-break, thin, narrow no-break): as good as a space where
# slack between a cue and a quotation is allowed ('he said.\xa0“...”')
HSPACE = "\xa0\u2009\u202f"


@dataclass(frozen=True)
class Quote:
    """A quotation from its opening mark to its closing mark, both included."""

    start: int
    end: int
    closed: bool = True  # False when it ran to a paragraph end without a closing mark


def find_quotes(text: str) -> list[Quote]:
    """Every direct quotation in `text`, in order, marks included."""
    quotes: list[Quote] = []
    open_at: int | None = None
    skip_to = -1
    for match in QUOTE_MARK.finditer(text):
        mark, pos = match.group(), match.start()
        if pos < skip_to:
            continue
        if open_at is not None and _paragraph_break(text, open_at, pos):
            quotes.append(Quote(open_at, _paragraph_end(text, open_at), closed=False))
            open_at = None
        if open_at is None:
            if mark in CLOSERS:
                continue  # a stray closing mark
            open_at = pos
        elif mark in OPENERS and text[open_at] in NEUTRAL and _inner_close(text, match.end()):
            skip_to = _inner_close(text, match.end())  # '"... “Equal Justice” ...': a quotation inside
        elif mark in OPENERS and mark not in NEUTRAL:
            open_at = pos  # a second opening: the first was a stray mark
        else:
            quotes.append(Quote(open_at, match.end()))
            open_at = None
    if open_at is not None:
        quotes.append(Quote(open_at, _paragraph_end(text, open_at), closed=False))
    return [q for q in quotes if q.end - q.start > 2]


def _inner_close(text: str, pos: int) -> int:
    """End of the curly closing mark that closes, in the same paragraph, a curly quotation opened
    inside a straight one ('"It is not about “Equal Justice” anymore."'), or 0."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    close = text.find("”", pos, end)
    if close < 0 or "“" in text[pos:close] or '"' in text[pos:close]:
        return 0
    return close + 1


def _paragraph_break(text: str, start: int, end: int) -> bool:
    return "\n" in text[start:end]


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class QuoteIndex:
    """Quotations of one text, searchable by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes = find_quotes(text)
        self._starts = [q.start for q in self.quotes]

    def covering(self, start: int, end: int) -> list[Quote]:
        """Quotations that overlap text[start:end]."""
        i = max(bisect_right(self._starts, start) - 1, 0)
        out = []
        for q in self.quotes[i:]:
            if q.start >= end:
                break
            if q.end > start:
                out.append(q)
        return out

    def starting_at(self, pos: int, *, slack: str = " \t") -> Quote | None:
        """The quotation that opens at `pos`, after any `slack` characters."""
        slack = _with_hspace(slack)
        while pos < len(self.text) and self.text[pos] in slack:
            pos += 1
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self.quotes[i].start == pos:
            return self.quotes[i]
        return None

    def ending_at(self, pos: int, *, slack: str = " \t,") -> Quote | None:
        """The quotation that closes at `pos`, before any `slack` characters."""
        slack = _with_hspace(slack)
        while pos > 0 and self.text[pos - 1] in slack:
            pos -= 1
        for q in self.covering(max(pos - 1, 0), pos):
            if q.end == pos:
                return q
        return None


def _with_hspace(slack: str) -> str:
    return slack + HSPACE if " " in slack else slack
