"""The record every reader yields."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from ..errors import item_error
from ..models import Article, ItemError


@dataclass
class InputItem:
    """One input: an Article, or the error that kept it from being read. `id` may be None
    when the input had none; `origin` says where it came from (`file:line`)."""

    id: str | None
    origin: str
    article: Article | None = None
    error: ItemError | None = None


@dataclass
class ReadStats:
    """What the readers passed over without an item, by kind ("WARC request": 3): an archive's
    records that are no HTML page are not articles, and not errors either."""

    skipped: Counter[str] = field(default_factory=Counter)

    def skip(self, kind: str) -> None:
        self.skipped[kind] += 1

    @property
    def total_skipped(self) -> int:
        return sum(self.skipped.values())


def decode_text(data: bytes) -> tuple[str | None, ItemError | None]:
    """UTF-8 text (BOM dropped), or E007 for binary bytes, E002 for undecodable ones."""
    if b"\x00" in data[:8192]:
        return None, item_error("E007")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return None, item_error("E002")


def check_published(value: str | None) -> ItemError | None:
    """None when `value` is absent, a YYYY-MM-DD date or an ISO datetime; E008 otherwise."""
    if value is None:
        return None
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return item_error("E008", value=value)
    return None
