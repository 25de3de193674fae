"""`warledger export`: the current version of each article by default, every version on request."""
from __future__ import annotations

import csv
import io
import json

import pytest

from warledger.cli import main
from warledger.models import Article, DateRange, Event, Extraction, Place
from warledger.store.base import open_store

TEXT = "Shelling hit Kharkiv on Monday, officials said."


def extraction(article_id: str, pipeline: str) -> Extraction:
    """A stored-ready extraction with one located event (pipeline v2 also counts its fatalities, so a
    re-extraction by v2 finds something new and is stored as the next version)."""
    found = Extraction(
        id=article_id, pipeline_version=pipeline,
        article=Article(id=article_id, text=TEXT, published="2024-05-20", outlet="Example Wire"),
        places=[Place(13, 20, "Kharkiv", geonames_id=706483, name="Kharkiv", lat=49.98, lon=36.25,
                      country="UA", admin1="Kharkiv Oblast", feature="populated_place", precision=1)],
        events=[Event("Explosions/Remote violence", "Shelling/artillery/missile attack",
                      date=DateRange("2024-05-20", "2024-05-20"), place=0, start=0, end=len(TEXT))],
    )
    if pipeline == "v2":
        found.events[0].fatalities = 2
    return found


@pytest.fixture()
def versioned_ledger(tmp_path) -> str:
    """Two articles; the second re-extracted by a newer pipeline (two versions, one current)."""
    db = str(tmp_path / "ledger.db")
    with open_store(db) as store:
        store.save(extraction("k1", "v1"))
        store.save(extraction("k2", "v1"))
        store.save(extraction("k2", "v2"), reextract=True)
    return db


def export(db: str, fmt: str, capsys, *flags: str) -> str:
    assert main(["export", "--db", db, "--format", fmt, *flags]) == 0
    return capsys.readouterr().out


def test_cli_export_shows_only_the_current_version_by_default(versioned_ledger, capsys):
    rows = list(csv.DictReader(io.StringIO(export(versioned_ledger, "csv", capsys))))
    assert [(r["article_id"], r["pipeline_version"]) for r in rows] == [("k1", "v1"), ("k2", "v2")]
    assert "article_version" not in rows[0]


@pytest.mark.parametrize("fmt", ["csv", "claims-csv", "jsonl", "geojson"])
def test_cli_export_default_output_is_unchanged_by_versions(versioned_ledger, tmp_path, capsys, fmt):
    """Re-extraction leaves the default export exactly as a ledger holding only the current
    versions would give it."""
    fresh = str(tmp_path / "fresh.db")
    with open_store(fresh) as store:
        store.save(extraction("k1", "v1"))
        store.save(extraction("k2", "v2"))
    assert export(versioned_ledger, fmt, capsys) == export(fresh, fmt, capsys)


def test_cli_export_all_versions_adds_version_and_current(versioned_ledger, capsys):
    rows = list(csv.DictReader(io.StringIO(export(versioned_ledger, "csv", capsys, "--all-versions"))))
    assert [(r["article_id"], r["pipeline_version"], r["article_version"], r["current"]) for r in rows] == [
        ("k1", "v1", "1", "true"), ("k2", "v1", "1", "false"), ("k2", "v2", "2", "true")]
    lines = [json.loads(x) for x in export(versioned_ledger, "jsonl", capsys, "--all-versions").splitlines()]
    assert [(x["id"], x["article_version"], x["current"]) for x in lines] == [
        ("k1", 1, True), ("k2", 1, False), ("k2", 2, True)]


def test_cli_export_all_versions_geojson_ids_stay_unique(versioned_ledger, capsys):
    features = json.loads(export(versioned_ledger, "geojson", capsys, "--all-versions"))["features"]
    assert [f["id"] for f in features] == ["k1#0@v1", "k2#0@v1", "k2#0@v2"]
    assert [f["properties"]["current"] for f in features] == [True, False, True]
