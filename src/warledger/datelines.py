"""Wire datelines: where a story was filed, at the head of its first paragraph.

    KHARKIV, Ukraine (Northline) - ...
    BAMAKO, Feb 5 (Sahel Courier) - ...
    MOSCOW/KYIV, 9 March (Wire) — ...
    RENO, Nev. (AP) — ...

The place is written in capitals (several places joined by slashes when the story was filed from
more than one city); up to two comma-separated parts may follow (a country or state, a date, a
year), then the agency in brackets, then a dash. One pattern for every stage that must skip a
dateline: sentence starts, sources, contents, the places and actors of events.
"""
from __future__ import annotations

import re

_PLACE = r"[A-Z][A-Z.'\u2019\- ]+"
DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_PLACE}(?:/{_PLACE})*)"  # KYIV, MOSCOW/KYIV, ST. PETERSBURG
    r"(?:,[ \t]*[A-Z0-9][\w.'\u2019\- ]*){0,2}"  # , Ukraine  , Feb 5  , 9 March  , 2026
    r"[ \t]*(?:\([^)\n]{1,40}\))?"               # (Agency)
    r"[ \t]*[-\u2013\u2014]+\s+")                # - – —
_SPAN = 120  # characters a dateline can take


def dateline_at(text: str, start: int = 0) -> re.Match | None:
    """The dateline that opens the text (or the paragraph at `start`), matched on the text from
    `start` (its offsets are relative to `start`), or None."""
    found = DATELINE.match(text[start:start + _SPAN])
    if found is None or len(found.group("place").strip()) < 3:  # "A - ", "US -": too short for a city
        return None
    return found


def dateline_end(text: str, start: int = 0) -> int:
    """End offset of a dateline that opens the text (or the paragraph at `start`), 0 without one."""
    found = dateline_at(text, start)
    return start + found.end() if found else 0


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraph_datelines(text: str) -> list[tuple[int, re.Match]]:
    """(paragraph start, dateline) of every paragraph that opens with a wire dateline ("BUJUMBURA, Jan
    20 (Tanganyika Post) - ...", also the first paragraph after a headline)."""
    starts = (0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text)))
    return [(begin, found) for begin in starts if (found := dateline_at(text, begin)) is not None]


def after_dateline(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without a dateline at its start ("OUAGADOUGOU, Nov 24 (Agency) - "), unless the
    dateline would be all of it."""
    end = dateline_end(text[span[0]:span[1]])
    if not end or end >= span[1] - span[0]:
        return span
    return span[0] + end, span[1]
