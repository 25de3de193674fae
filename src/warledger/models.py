"""Typed records passed between warledger's stages.

Every stage takes and returns these records; no loose dicts cross a stage boundary.
`to_dict()` gives the contract's JSON form (../shared/contract/README.md) plus our own fields.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

FEATURES = ("country", "admin1", "admin2", "populated_place", "site", "region", "other")
CLAIMANT_TYPES = (
    "state", "military", "government", "official", "media", "armed_group",
    "organisation", "person", "outlet", "unknown",
)
ROLES = (
    "launched", "intercepted", "struck", "killed", "injured", "hospitalised", "missing",
    "captured", "detained", "displaced", "evacuated", "damaged", "destroyed", "other",
)
VERIFICATIONS = ("unverified", "disputed", "confirmed", "unstated")


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: `text[start:end]`."""

    start: int
    end: int
    text: str
    fragments: tuple[Span, ...] = ()  # the pieces of a discontinuous span ("“...,” she said, “...”")

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.fragments:
            d["fragments"] = [f.to_dict() for f in self.fragments]
        return d


@dataclass(frozen=True)
class DateRange:
    """Calendar days covered, inclusive, as ISO dates."""

    start: str
    end: str

    def to_dict(self) -> dict[str, str]:
        return {"start": self.start, "end": self.end}


@dataclass
class Article:
    id: str
    text: str
    published: str | None = None  # YYYY-MM-DD or ISO datetime, as given
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    origin: str | None = None  # where it was read from (file path, line number)

    @property
    def content_hash(self) -> str:
        """Identity of the article's content: same id, text and metadata -> same hash."""
        h = hashlib.sha256()
        for part in (self.id, self.text, self.published, self.title, self.url, self.outlet, self.language):
            h.update((part or "").encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()

    @property
    def published_date(self) -> str | None:
        """The publication day, YYYY-MM-DD, or None."""
        return self.published[:10] if self.published else None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k != "origin"}


@dataclass
class Place:
    start: int
    end: int
    text: str
    geonames_id: int | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str = "other"
    precision: int | None = None  # ACLED geo_precision: 1 town, 2 near town/part of region, 3 region
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Time:
    start: int
    end: int
    text: str
    value: str
    interval: DateRange | None = None
    type: str = "DATE"  # TIMEX3 type: DATE, TIME, DURATION, SET
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, ON_OR_AFTER ("since X") ...

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["interval"] = self.interval.to_dict() if self.interval else None
        return d


@dataclass
class Claimant:
    name: str
    type: str = "unknown"
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Attribution:
    content: Span
    source: Span | None = None
    cue: Span | None = None
    claimant: Claimant | None = None
    channel: str | None = None
    quote: bool = False
    verification: str = "unstated"

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "claimant": self.claimant.to_dict() if self.claimant else None,
            "channel": self.channel,
            "quote": self.quote,
            "verification": self.verification,
        }


@dataclass
class Verification:
    """A statement about whether claims could be checked ("There was no independent information
    to verify those figures"), with the stretch of text whose claims it qualifies."""

    start: int
    end: int
    text: str
    status: str  # unverified | disputed | confirmed
    scope_start: int  # the claims it qualifies lie in text[scope_start:scope_end]
    scope_end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Figure:
    start: int
    end: int
    text: str
    value: float | int | None
    low: float | int | None
    high: float | int | None
    unit: str | None = None
    role: str = "other"
    part_of: int | None = None
    attribution: int | None = None
    verification: str = "unstated"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    event_type: str
    sub_event_type: str | None
    date: DateRange | None = None
    date_precision: int | None = None  # ACLED time_precision: 1 day, 2 week, 3 month
    date_source: str | None = None  # "text" or "published" (fallback, never silent)
    place: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    figures: list[int] = field(default_factory=list)
    attributions: list[int] = field(default_factory=list)
    start: int | None = None  # offsets of the sentence that triggers the event
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["date"] = self.date.to_dict() if self.date else None
        return d


@dataclass(frozen=True)
class ItemError:
    """A coded failure of one input item (see errors.py)."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass
class Extraction:
    """Everything extracted from one article (or the error that prevented it)."""

    id: str
    article: Article | None = None
    error: ItemError | None = None
    places: list[Place] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    verifications: list[Verification] = field(default_factory=list)
    pipeline_version: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """The contract's output line (plus warledger's own fields)."""
        return {
            "id": self.id,
            "error": self.error.to_dict() if self.error else None,
            "places": [p.to_dict() for p in self.places],
            "times": [t.to_dict() for t in self.times],
            "attributions": [a.to_dict() for a in self.attributions],
            "figures": [f.to_dict() for f in self.figures],
            "events": [e.to_dict() for e in self.events],
            "verifications": [v.to_dict() for v in self.verifications],
            "pipeline_version": self.pipeline_version,
        }
