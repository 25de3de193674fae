"""Exports read back: event CSV (ACLED columns), claims CSV, GeoJSON and JSONL."""
from __future__ import annotations

import csv
import io
import json

import pytest

from warledger.cli import main
from warledger.export import CLAIM_COLUMNS, EVENT_COLUMNS, event_date, figure_label, write_export
from warledger.models import (
    Article, Attribution, Claimant, DateRange, Event, Extraction, Figure, Place, Span,
)
from warledger.store.base import open_store

TEXT = (
    "Ukraine's air force said on Telegram that it had shot down 45 drones, 11 of them over Kyiv. "
    "Three civilians were killed in Kharkiv, \"a deliberate strike\", the mayor said. "
    "Fighting continued along the front."
)


def at(phrase: str) -> tuple[int, int, str]:
    start = TEXT.index(phrase)
    return start, start + len(phrase), phrase


def build(article_id: str = "k1") -> Extraction:
    """An article with a located interception, a located strike and an unlocated clash."""
    sentence1 = at(TEXT.split(". ")[0] + ".")
    sentence2_start = TEXT.index("Three civilians")
    kharkiv_mayor = Attribution(content=Span(*at("Three civilians were killed in Kharkiv")),
                                source=Span(*at("the mayor")), cue=Span(*at("the mayor said")[:2], "said"),
                                claimant=Claimant("Ihor Terekhov", "official", "UA"), quote=True,
                                verification="disputed")
    return Extraction(
        id=article_id,
        article=Article(id=article_id, text=TEXT, published="2024-09-04", outlet="Kyiv Example",
                        url="https://e/k1"),
        pipeline_version="test",
        places=[
            Place(*at("Kyiv"), geonames_id=703448, name="Kyiv", lat=50.45, lon=30.52, country="UA",
                  admin1="Kyiv City", feature="populated_place", precision=1),
            Place(*at("Kharkiv"), geonames_id=706483, name="Kharkiv", lat=49.98, lon=36.25, country="UA",
                  admin1="Kharkiv Oblast", feature="populated_place", precision=1),
        ],
        attributions=[
            Attribution(content=Span(*at("it had shot down 45 drones, 11 of them over Kyiv")),
                        source=Span(*at("Ukraine's air force")), cue=Span(*at("said")),
                        claimant=Claimant("Air Force of Ukraine", "military", "UA"), channel="Telegram"),
            kharkiv_mayor,
        ],
        figures=[
            Figure(*at("45 drones"), 45, 45, 45, unit="drone", role="intercepted", attribution=0),
            Figure(*at("11 of them"), 11, 11, 11, unit="drone", role="intercepted", part_of=0, attribution=0),
            Figure(*at("Three civilians"), 3, 3, 3, unit="civilian", role="killed", attribution=1),
            Figure(*at("the front"), None, 24, None, unit=None, role="other"),
        ],
        events=[
            Event("Strategic developments", "Disrupted weapons use",
                  date=DateRange("2024-09-04", "2024-09-04"), date_precision=1, date_source="text",
                  place=0, actor1="Military Forces of Ukraine (2019-)",
                  figures=[0, 1], attributions=[0], start=sentence1[0], end=sentence1[1]),
            Event("Explosions/Remote violence", "Air/drone strike",
                  date=DateRange("2024-09-01", "2024-09-07"), date_precision=2, date_source="published",
                  place=1, actor2="Civilians (Ukraine)",
                  fatalities=3, figures=[2], attributions=[1], start=sentence2_start,
                  end=TEXT.index("Fighting") - 1),
            Event("Battles", "Armed clash", date=None, place=None, figures=[3]),
        ],
    )


@pytest.fixture
def ledger(tmp_path):
    with open_store(str(tmp_path / "ledger.db")) as store:
        store.save(build("k1"))
        store.save(build("k2"))
        yield store


def export(store, fmt: str) -> str:
    out = io.StringIO(newline="")
    write_export(store, fmt, out)
    return out.getvalue()


def test_export_csv_one_row_per_event_with_acled_columns(ledger):
    rows = list(csv.DictReader(io.StringIO(export(ledger, "csv"))))
    assert len(rows) == 6
    assert tuple(rows[0]) == EVENT_COLUMNS
    first, strike, clash = rows[:3]
    assert first["event_id"] == "k1#0" and first["article_id"] == "k1" and first["event_index"] == "0"
    assert first["event_date"] == "2024-09-04" and first["year"] == "2024" and first["time_precision"] == "1"
    assert first["event_type"] == "Strategic developments"
    assert first["sub_event_type"] == "Disrupted weapons use"
    assert (first["country"], first["iso"]) == ("Ukraine", "804")
    assert (first["admin1"], first["location"]) == ("Kyiv City", "Kyiv")
    assert (first["latitude"], first["longitude"], first["geo_precision"]) == ("50.45", "30.52", "1")
    assert first["source"] == "Kyiv Example"
    assert first["figures"] == "45 drone intercepted; 11 drone intercepted"
    assert first["claimants"] == "Air Force of Ukraine" and first["claimant_types"] == "military"
    assert first["notes"] == TEXT.split(". ")[0] + "."
    assert TEXT[int(first["start"]):int(first["end"])] == first["notes"]
    assert first["fatalities"] == "" and first["verification"] == "unstated"
    assert strike["event_date"] == "2024-09-04"  # the middle of the week it is known to
    assert (strike["date_start"], strike["date_end"]) == ("2024-09-01", "2024-09-07")
    assert strike["date_source"] == "published"
    assert strike["fatalities"] == "3" and strike["verification"] == "disputed"
    assert strike["notes"] == 'Three civilians were killed in Kharkiv, "a deliberate strike", the mayor said.'
    assert clash["location"] == "" and clash["event_date"] == "" and clash["latitude"] == ""
    assert clash["claimants"] == "Kyiv Example" and clash["claimant_types"] == "outlet"
    assert clash["figures"] == "24+ other"
    assert clash["notes"] == "Armed clash: 24+ other (according to Kyiv Example)"


def test_export_csv_notes_describe_an_event_coded_from_long_text(tmp_path):
    extraction = build()
    extraction.article.text = TEXT + " Sirens sounded again." * 20
    extraction.events[1].start, extraction.events[1].end = 0, len(extraction.article.text)
    with open_store(str(tmp_path / "n.db")) as store:
        store.save(extraction)
        rows = list(csv.DictReader(io.StringIO(export(store, "csv"))))
    assert rows[1]["notes"] == ("Air/drone strike in Kharkiv between 2024-09-01 and 2024-09-07: "
                                "3 civilian killed (according to Ihor Terekhov)")
    assert rows[0]["notes"] == TEXT.split(". ")[0] + "."


def test_export_csv_quotes_commas_quotes_and_newlines(tmp_path):
    extraction = build()
    tail = 'Officials spoke of "dozens,\nmaybe more" wounded.'
    extraction.article.text = f"{TEXT} {tail}"
    start = extraction.article.text.index("dozens")
    extraction.figures.append(Figure(start, start + 19, "dozens,\nmaybe more", None, 24, None,
                                     unit="person", role="injured"))
    extraction.events[2].start, extraction.events[2].end = len(TEXT) + 1, len(extraction.article.text)
    with open_store(str(tmp_path / "q.db")) as store:
        store.save(extraction)
        events = list(csv.DictReader(io.StringIO(export(store, "csv"))))
        claims = list(csv.DictReader(io.StringIO(export(store, "claims-csv"))))
    assert events[1]["notes"] == (
        'Three civilians were killed in Kharkiv, "a deliberate strike", the mayor said.')
    assert events[2]["notes"] == 'Officials spoke of "dozens, maybe more" wounded.'
    assert len(events) == 3 and len(claims) == 5
    assert claims[4]["text"] == "dozens,\nmaybe more"


def test_export_claims_csv_one_row_per_figure(ledger):
    rows = list(csv.DictReader(io.StringIO(export(ledger, "claims-csv"))))
    assert len(rows) == 8 and tuple(rows[0]) == CLAIM_COLUMNS
    drones, part, killed, bare = rows[:4]
    assert (drones["claimant"], drones["claimant_type"], drones["claimant_country"]) == (
        "Air Force of Ukraine", "military", "UA")
    assert (drones["value"], drones["low"], drones["high"], drones["unit"], drones["role"]) == (
        "45", "45", "45", "drone", "intercepted")
    assert (drones["event_index"], drones["event_type"]) == ("0", "Strategic developments")
    assert drones["channel"] == "Telegram"
    assert TEXT[int(drones["start"]):int(drones["end"])] == drones["text"] == "45 drones"
    assert part["part_of"] == "0" and part["figure_index"] == "1"
    assert killed["verification"] == "disputed"  # the attribution's status, the figure states none
    assert killed["quote"] == "true" and killed["cue"] == "said"
    assert (bare["claimant"], bare["claimant_type"]) == ("Kyiv Example", "outlet")
    assert (bare["value"], bare["low"]) == ("", "24")
    assert bare["event_type"] == "Battles" and bare["channel"] == ""


def test_export_geojson_features_for_located_events(ledger):
    collection = json.loads(export(ledger, "geojson"))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert [f["id"] for f in features] == ["k1#0", "k1#1", "k2#0", "k2#1"]
    kyiv = features[0]
    assert kyiv["geometry"] == {"type": "Point", "coordinates": [30.52, 50.45]}
    assert kyiv["properties"]["location"] == "Kyiv" and kyiv["properties"]["event_index"] == 0
    assert kyiv["properties"]["figures"] == "45 drone intercepted; 11 drone intercepted"
    assert "latitude" not in kyiv["properties"]


def test_export_geojson_empty_ledger_is_valid(tmp_path):
    with open_store(str(tmp_path / "e.db")) as store:
        assert json.loads(export(store, "geojson")) == {"type": "FeatureCollection", "features": []}


def test_export_jsonl_is_the_contract_records(ledger):
    lines = export(ledger, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == [build("k1").to_dict(), build("k2").to_dict()]


@pytest.mark.parametrize("fmt", ["csv", "claims-csv", "jsonl", "geojson"])
def test_export_is_deterministic(ledger, fmt):
    assert export(ledger, fmt) == export(ledger, fmt)


def test_export_unknown_format_raises(ledger):
    with pytest.raises(ValueError, match="unknown export format"):
        export(ledger, "xlsx")


def test_export_event_date_is_middle_of_range():
    assert event_date(DateRange("2024-08-01", "2024-08-31")) == "2024-08-16"
    assert event_date(DateRange("2024-08-21", "2024-08-22")) == "2024-08-21"
    assert event_date(None) is None


def test_export_figure_label_shows_bounds():
    killed = Figure(0, 1, "x", None, 10, 20, unit="person", role="killed")
    launched = Figure(0, 1, "x", None, None, 5, unit="drone", role="launched")
    assert figure_label(killed) == "10-20 person killed"
    assert figure_label(launched) == "up to 5 drone launched"
    assert figure_label(Figure(0, 1, "x", 2.5, 2.5, 2.5, unit="hectare")) == "2.5 hectare other"


def test_export_cli_writes_file(tmp_path, ledger):
    out = tmp_path / "events.csv"
    assert main(["export", "--db", ledger.url, "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [r["event_id"] for r in rows] == ["k1#0", "k1#1", "k1#2", "k2#0", "k2#1", "k2#2"]
