"""The ledger's storage rules, on every backend: round trip, idempotence, atomicity, versions."""
from __future__ import annotations

import json
import threading
from dataclasses import replace

import pytest

from warledger.errors import WarledgerError
from warledger.models import Extraction, Figure, ItemError
from warledger.store import sql
from warledger.store.base import Saved, open_store
from warledger.store.postgres import PostgresStore
from warledger.store.sqlite import SQLiteStore

EMPTY = {"articles": 0, "places": 0, "times": 0, "attributions": 0, "figures": 0, "events": 0,
         "verifications": 0}


def test_store_round_trips_every_section(store, make_extraction):
    saved = make_extraction()
    assert store.save(saved) == Saved.NEW
    [loaded] = list(store.extractions())
    assert loaded.to_dict() == saved.to_dict()
    assert json.dumps(loaded.to_dict()) == json.dumps(saved.to_dict())  # ints stay ints, 2.5 stays 2.5
    assert loaded.article.to_dict() == saved.article.to_dict()
    assert loaded.article.origin == "articles.jsonl:1"
    assert loaded.article.content_hash == saved.article.content_hash


def test_store_counts_rows_per_table(store, make_extraction):
    assert store.counts() == EMPTY
    store.save(make_extraction())
    assert store.counts() == {"articles": 1, "places": 2, "times": 2, "attributions": 2, "figures": 5,
                              "events": 3, "verifications": 1}


def test_store_save_twice_changes_nothing(store, make_extraction):
    assert store.save(make_extraction()) == Saved.NEW
    before = store.counts()
    assert store.save(make_extraction()) == Saved.UNCHANGED
    assert store.counts() == before
    assert len(list(store.extractions())) == 1


def test_store_same_content_from_another_pipeline_is_stale_without_reextract(store, make_extraction):
    store.save(make_extraction())
    assert store.save(replace(make_extraction(), pipeline_version="warledger 9.9")) == Saved.STALE
    assert next(store.extractions()).pipeline_version == "warledger 0.1.0 / test"


def test_store_keeps_insertion_order(store, make_extraction):
    ids = ["zeta", "alpha", "mid"]
    for article_id in ids:
        store.save(make_extraction(article_id))
    assert [e.id for e in store.extractions()] == ids


def test_store_reads_past_one_batch(store, make_extraction, monkeypatch):
    monkeypatch.setattr(sql, "READ_BATCH", 2)
    ids = [f"a{i}" for i in range(5)]
    for article_id in ids:
        store.save(make_extraction(article_id))
    assert [e.id for e in store.extractions()] == ids


def test_store_failed_write_leaves_nothing(store, make_extraction):
    bad = make_extraction()
    bad.figures[3] = replace(bad.figures[3], value=object())  # the driver cannot bind it, mid-article
    with pytest.raises(Exception):
        store.save(bad)
    assert store.counts() == EMPTY
    assert store.save(make_extraction()) == Saved.NEW  # the connection is usable and the article not "seen"


def test_store_failure_in_last_step_leaves_nothing(store, make_extraction, monkeypatch):
    def explode(*args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(sql, "link_rows", explode)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save(make_extraction())
    assert store.counts() == EMPTY
    monkeypatch.undo()
    assert store.save(make_extraction()) == Saved.NEW
    assert list(store.extractions())[0].events[0].figures == [0, 1]


def test_store_changed_content_becomes_new_version(store, make_extraction):
    first = make_extraction()
    corrected = make_extraction(text=first.article.text + " Three more drones were downed later.")
    corrected.figures.append(Figure(len(first.article.text) + 1, len(first.article.text) + 18,
                                    "Three more drones", 3, 3, 3, unit="drone", role="intercepted"))
    assert store.save(first) == Saved.NEW
    assert store.save(corrected) == Saved.NEW_CONTENT
    [current] = list(store.extractions())
    assert current.to_dict() == corrected.to_dict()
    assert [e.to_dict() for e in store.extractions(include_superseded=True)] == [
        first.to_dict(), corrected.to_dict()]
    assert store.counts()["articles"] == 2
    assert store.save(first) == Saved.UNCHANGED  # content already in the ledger: the current version stays
    assert [len(e.figures) for e in store.extractions()] == [6]


def test_store_versions_are_numbered(store, make_extraction):
    for n in range(3):
        store.save(make_extraction(title=f"Edition {n}"))
    rows = store.execute("SELECT version, superseded_by IS NULL FROM articles ORDER BY key").fetchall()
    assert [(v, bool(current)) for v, current in rows] == [(1, False), (2, False), (3, True)]


def test_store_refuses_failed_extraction(store, make_extraction):
    failed = Extraction(id="x", error=ItemError("E001", "empty text"))
    with pytest.raises(ValueError, match="only successful"):
        store.save(failed)
    with_error = make_extraction()
    with_error.error = ItemError("E009", "extraction failed")
    with pytest.raises(ValueError):
        store.save(with_error)
    mismatched = make_extraction()
    mismatched.id = "other"
    with pytest.raises(ValueError, match="not its article's id"):
        store.save(mismatched)
    assert store.counts() == EMPTY


def test_store_data_survives_reopening(ledger_url, make_extraction):
    with open_store(ledger_url) as first:
        first.save(make_extraction())
    with open_store(ledger_url) as again:
        assert [e.to_dict() for e in again.extractions()] == [make_extraction().to_dict()]
        assert again.save(make_extraction()) == Saved.UNCHANGED


def test_store_empty_lists_round_trip(store, make_extraction):
    bare = make_extraction()
    for section in ("places", "times", "attributions", "figures", "events", "verifications"):
        setattr(bare, section, [])
    store.save(bare)
    assert next(store.extractions()).to_dict() == bare.to_dict()


def test_store_keeps_dangling_indices_as_given(store, make_extraction):
    odd = make_extraction()
    odd.figures[0] = replace(odd.figures[0], part_of=99)
    odd.events[0].figures = [4, 0, 4]
    store.save(odd)
    loaded = next(store.extractions())
    assert loaded.figures[0].part_of == 99
    assert loaded.events[0].figures == [4, 0, 4]


def test_open_store_chooses_backend(sqlite_url):
    with open_store(sqlite_url) as store:
        assert isinstance(store, SQLiteStore)
    assert open_store.__module__ == "warledger.store.base"


def test_open_store_accepts_sqlite_url(tmp_path, make_extraction):
    with open_store(f"sqlite:///{tmp_path}/ledger.db") as store:
        store.save(make_extraction())
    with open_store(str(tmp_path / "ledger.db")) as store:
        assert store.counts()["articles"] == 1


def test_open_store_sqlite_bad_path_is_c003(tmp_path):
    with pytest.raises(WarledgerError) as caught:
        open_store(str(tmp_path / "no" / "such" / "dir" / "ledger.db"))
    assert caught.value.code == "C003"


def test_open_store_sqlite_not_a_database_is_c003(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database file, just some bytes" * 100)
    with pytest.raises(WarledgerError) as caught:
        open_store(str(junk))
    assert caught.value.code == "C003"


def test_open_store_postgres_unreachable_is_c003():
    pytest.importorskip("psycopg")
    with pytest.raises(WarledgerError) as caught:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    assert caught.value.code == "C003"
    assert "secret" not in caught.value.message


def test_sql_redact_hides_password():
    assert sql.redact("postgresql://u:pw@h:5432/db") == "postgresql://u:***@h:5432/db"
    assert sql.redact("postgresql://u@h/db") == "postgresql://u@h/db"


def test_postgres_store_is_the_shared_implementation():
    assert issubclass(PostgresStore, sql.SQLStore) and issubclass(SQLiteStore, sql.SQLStore)
    assert "save" not in vars(PostgresStore) and "save" not in vars(SQLiteStore)


def test_store_figure_numbers_keep_their_kind(store, make_extraction):
    extraction = make_extraction()
    extraction.figures = [Figure(0, 6, "Russia", 3, 3, 3), Figure(0, 6, "Russia", 0.25, None, 1e6)]
    store.save(extraction)
    loaded = next(store.extractions()).figures
    assert [(type(f.value), type(f.high)) for f in loaded] == [(int, int), (float, int)]


def test_store_concurrent_writers_version_one_id_cleanly(ledger_url, make_extraction):
    """Two connections saving new versions of the same id at once: every version is stored,
    numbered 1..n without gaps, and exactly one is current."""
    open_store(ledger_url).close()  # migrate once up front

    def write(worker: int) -> None:
        with open_store(ledger_url) as store:
            for n in range(4):
                store.save(make_extraction(title=f"worker {worker} edition {n}"))

    threads = [threading.Thread(target=write, args=(w,)) for w in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with open_store(ledger_url) as store:
        rows = store.execute("SELECT version, superseded_by FROM articles ORDER BY version").fetchall()
        assert [v for v, _ in rows] == list(range(1, 9))
        assert sum(successor is None for _, successor in rows) == 1
        assert len(list(store.extractions())) == 1
