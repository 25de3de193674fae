"""The filing date a wire story's dateline gives ('PORT SUDAN, November 9, 2026 (Nile Desk) - ...')."""
from __future__ import annotations

import re

from .tagger import tag_times

_HEAD = 300  # characters of the story's head a dateline can sit in
_AFTER = re.compile(r"\s*(?:\([^)\n]{1,40}\))?\s*[-\u2013\u2014]")  # '(Nile Desk) -' after the date
_PLACE = re.compile(r"(?:^|\n)[ \t]*(?-i:[A-Z][A-Z .'\u2019/-]{1,40}),[^\n]{0,40}$")  # 'PORT SUDAN, ' before it
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def dateline_day(text: str) -> str | None:
    """The full date (YYYY-MM-DD) of a dateline at the head of the text, else None: the day a story
    without a publication date speaks from."""
    head = text[:_HEAD]
    for time in tag_times(head, None):
        if _DAY.fullmatch(time.value) and _AFTER.match(head, time.end) and _PLACE.search(head[: time.start]):
            return time.value
    return None
