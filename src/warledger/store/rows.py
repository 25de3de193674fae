"""Mapping between warledger's typed records and the ledger's rows, for every backend.

Each child table is a `Table`: its columns (after the shared `article_key, idx,
pipeline_version`), how one record becomes a row and how a row becomes the record again.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..models import (
    Article, Attribution, Claimant, DateRange, Event, Extraction, Figure, Place, Span, Time, Verification,
)

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Table:
    """A child table of `articles` holding one list of an Extraction."""

    name: str  # also the Extraction attribute it stores
    columns: tuple[str, ...]
    to_row: Callable[[Any], Row]
    from_row: Callable[[Row], Any]

    @property
    def all_columns(self) -> tuple[str, ...]:
        return ("article_key", "idx", "pipeline_version", *self.columns)


ARTICLE_COLUMNS = ("id", "title", "url", "outlet", "published", "language", "origin", "text")


def article_row(article: Article) -> Row:
    return tuple(getattr(article, column) for column in ARTICLE_COLUMNS)


def article_from_row(row: Row) -> Article:
    return Article(**dict(zip(ARTICLE_COLUMNS, row)))


def number(value: float | None) -> float | int | None:
    """A stored number as the extractor gave it: whole numbers come back as int."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def _span_cells(span: Span | None) -> Row:
    return (span.start, span.end, span.text) if span else (None, None, None)


def _span(start: int | None, end: int | None, text: str | None, fragments: str | None = None) -> Span | None:
    return None if start is None else Span(start, end, text, fragments=_fragments(fragments))


def _fragments_cell(span: Span | None) -> str | None:
    """The pieces of a discontinuous span as JSON `[[start, end, text], ...]`, or None."""
    if span is None or not span.fragments:
        return None
    return json.dumps([[f.start, f.end, f.text] for f in span.fragments], ensure_ascii=False)


def _fragments(cell: str | None) -> tuple[Span, ...]:
    return tuple(Span(*piece) for piece in json.loads(cell)) if cell else ()


def _place_row(p: Place) -> Row:
    return (p.start, p.end, p.text, p.geonames_id, p.name, p.lat, p.lon, p.country, p.admin1,
            p.feature, p.precision, p.score)


def _place(r: Row) -> Place:
    return Place(*r[:5], lat=r[5], lon=r[6], country=r[7], admin1=r[8], feature=r[9],
                 precision=r[10], score=r[11])


def _time_row(t: Time) -> Row:
    interval = (t.interval.start, t.interval.end) if t.interval else (None, None)
    return (t.start, t.end, t.text, t.value, *interval, t.type, t.mod)


def _time(r: Row) -> Time:
    interval = DateRange(r[4], r[5]) if r[4] is not None else None
    return Time(r[0], r[1], r[2], r[3], interval=interval, type=r[6], mod=r[7])


def _attribution_row(a: Attribution) -> Row:
    claimant = (a.claimant.name, a.claimant.type, a.claimant.country) if a.claimant else (None, None, None)
    return (*_span_cells(a.content), *_span_cells(a.source), *_span_cells(a.cue), *claimant,
            a.channel, a.quote, a.verification,
            _fragments_cell(a.content), _fragments_cell(a.source), _fragments_cell(a.cue))


def _attribution(r: Row) -> Attribution:
    claimant = Claimant(r[9], r[10], r[11]) if r[9] is not None else None
    return Attribution(content=_span(*r[0:3], r[15]), source=_span(*r[3:6], r[16]), cue=_span(*r[6:9], r[17]),
                       claimant=claimant, channel=r[12], quote=bool(r[13]), verification=r[14])


def _figure_row(f: Figure) -> Row:
    return (f.start, f.end, f.text, f.value, f.low, f.high, f.unit, f.role, f.part_of, f.attribution,
            f.verification)


def _figure(r: Row) -> Figure:
    return Figure(r[0], r[1], r[2], number(r[3]), number(r[4]), number(r[5]), unit=r[6], role=r[7],
                  part_of=r[8], attribution=r[9], verification=r[10])


def _event_row(e: Event) -> Row:
    date = (e.date.start, e.date.end) if e.date else (None, None)
    return (e.event_type, e.sub_event_type, *date, e.date_precision, e.date_source, e.place, e.actor1,
            e.actor2, e.fatalities, e.start, e.end)


def _event(r: Row) -> Event:
    date = DateRange(r[2], r[3]) if r[2] is not None else None
    return Event(r[0], r[1], date=date, date_precision=r[4], date_source=r[5], place=r[6], actor1=r[7],
                 actor2=r[8], fatalities=r[9], start=r[10], end=r[11])


def _verification_row(v: Verification) -> Row:
    return (v.start, v.end, v.text, v.status, v.scope_start, v.scope_end)


def _verification(r: Row) -> Verification:
    return Verification(*r)


TABLES: tuple[Table, ...] = (
    Table("places", ("start_char", "end_char", "text", "geonames_id", "name", "lat", "lon", "country",
                     "admin1", "feature", "precision", "score"), _place_row, _place),
    Table("times", ("start_char", "end_char", "text", "value", "interval_start", "interval_end",
                    "timex_type", "timex_mod"), _time_row, _time),
    Table("attributions", ("content_start", "content_end", "content_text", "source_start", "source_end",
                           "source_text", "cue_start", "cue_end", "cue_text", "claimant_name",
                           "claimant_type", "claimant_country", "channel", "quote", "verification",
                           "content_fragments", "source_fragments", "cue_fragments"),
          _attribution_row, _attribution),
    Table("figures", ("start_char", "end_char", "text", "value", "low", "high", "unit", "role", "part_of",
                      "attribution", "verification"), _figure_row, _figure),
    Table("events", ("event_type", "sub_event_type", "date_start", "date_end", "date_precision",
                     "date_source", "place", "actor1", "actor2", "fatalities", "start_char", "end_char"),
          _event_row, _event),
    Table("verifications", ("start_char", "end_char", "text", "status", "scope_start", "scope_end"),
          _verification_row, _verification),
)

#: Every field of every record the ledger keeps, per model. A field added to models.py without
#: a column (a new migration) and a mapping here fails tests/store/test_rows.py.
STORED_FIELDS: dict[type, frozenset[str]] = {
    Article: frozenset(ARTICLE_COLUMNS),
    Place: frozenset({"start", "end", "text", "geonames_id", "name", "lat", "lon", "country", "admin1",
                      "feature", "precision", "score"}),
    Time: frozenset({"start", "end", "text", "value", "interval", "type", "mod"}),
    DateRange: frozenset({"start", "end"}),
    Span: frozenset({"start", "end", "text", "fragments"}),
    Claimant: frozenset({"name", "type", "country"}),
    Attribution: frozenset({"content", "source", "cue", "claimant", "channel", "quote", "verification"}),
    Figure: frozenset({"start", "end", "text", "value", "low", "high", "unit", "role", "part_of",
                       "attribution", "verification"}),
    Event: frozenset({"event_type", "sub_event_type", "date", "date_precision", "date_source", "place",
                      "actor1", "actor2", "fatalities", "figures", "attributions", "start", "end"}),
    Verification: frozenset({"start", "end", "text", "status", "scope_start", "scope_end"}),
    # `error` is not stored: only successful extractions are.
    Extraction: frozenset({"id", "article", "places", "times", "attributions", "figures", "events",
                           "verifications", "pipeline_version", "error"}),
}

#: Link tables: which figures / attributions (by index) each event rests on, in order.
#: Event attribute -> (link table, column holding the index it points to).
EVENT_LINKS: dict[str, tuple[str, str]] = {
    "figures": ("event_figures", "figure_idx"),
    "attributions": ("event_attributions", "attribution_idx"),
}


#: the parts of an extraction that are what was extracted (not which pipeline extracted it)
RESULT_PARTS = ("places", "times", "attributions", "figures", "events", "verifications")


def results_hash(extraction: Extraction) -> str:
    """A digest of every record extracted from the article, independent of the pipeline version."""
    data = extraction.to_dict()
    text = json.dumps({part: data[part] for part in RESULT_PARTS}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def child_rows(table: Table, key: int, extraction: Extraction) -> list[Row]:
    """Rows of `table` for one stored extraction whose article row has `key`."""
    records = getattr(extraction, table.name)
    version = extraction.pipeline_version
    return [(key, idx, version, *table.to_row(record)) for idx, record in enumerate(records)]


def link_rows(attribute: str, key: int, events: Sequence[Event]) -> list[Row]:
    """Rows linking each event to the figures or attributions (`attribute`) it rests on."""
    return [(key, event_idx, position, target)
            for event_idx, event in enumerate(events)
            for position, target in enumerate(getattr(event, attribute))]


def attach_links(events: list[Event], attribute: str, rows: Sequence[Row]) -> None:
    """Fill each event's `attribute` list from (event_idx, target_idx) rows ordered by position."""
    for event_idx, target in rows:
        getattr(events[event_idx], attribute).append(target)
