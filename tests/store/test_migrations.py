"""Named migrations: recorded in the database, applied once each, each in a transaction."""
from __future__ import annotations

from dataclasses import replace

import pytest

from warledger.store import sql
from warledger.store.base import Saved, open_store
from warledger.store.migrations import MIGRATIONS, REEXTRACTION_VERSIONS, Migration, migrate
from warledger.store.postgres import POSTGRES
from warledger.store.sqlite import SQLITE

EXTRA = Migration("0099_notes", "CREATE TABLE notes (article_key BIGINT, note TEXT)")


def test_migrations_recorded_when_ledger_created(store):
    recorded = store.migrations()
    assert [name for name, _ in recorded] == [m.name for m in MIGRATIONS]
    assert all(applied_at[:4].isdigit() for _, applied_at in recorded)


def test_migrations_applied_once_across_reopening(ledger_url):
    with open_store(ledger_url) as first:
        recorded = first.migrations()
    with open_store(ledger_url) as again:
        assert again.migrations() == recorded
        assert again.execute("SELECT COUNT(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)


def test_migrations_new_one_applied_once(store):
    assert migrate(store, MIGRATIONS + (EXTRA,)) == ["0099_notes"]
    assert migrate(store, MIGRATIONS + (EXTRA,)) == []
    store.execute("INSERT INTO notes (article_key, note) VALUES (?, ?)", (1, "checked"))
    assert [name for name, _ in store.migrations()][-1] == "0099_notes"


def test_migrations_failing_one_leaves_no_trace(store):
    broken = Migration("0098_broken", "CREATE TABLE half_done (x TEXT); CREATE TABLE oops (")
    with pytest.raises(Exception):
        migrate(store, MIGRATIONS + (broken,))
    assert "0098_broken" not in [name for name, _ in store.migrations()]
    assert migrate(store, MIGRATIONS + (EXTRA,)) == ["0099_notes"]  # the ledger is still usable
    with pytest.raises(Exception):
        store.execute("SELECT * FROM half_done")


@pytest.mark.parametrize("dialect", [SQLITE, POSTGRES], ids=lambda d: d.name)
def test_migrations_statements_fill_dialect_types(dialect):
    statements = MIGRATIONS[0].statements(dialect.types)
    assert statements[0].startswith("CREATE TABLE articles")
    assert not any("{" in s for s in statements)
    assert dialect.types["key"] in statements[0]
    assert sum(s.startswith("CREATE TABLE") for s in statements) == 9


def test_migrations_upgrade_keeps_rows_of_an_older_ledger(ledger_url, monkeypatch):
    """A ledger made by the first migration only is upgraded on opening; its rows survive."""
    monkeypatch.setattr(sql, "migrate", lambda db: migrate(db, MIGRATIONS[:1]))
    with open_store(ledger_url) as old:
        old.execute("INSERT INTO articles (id, version, content_hash, text, stored_at) "
                    "VALUES ('old', 1, 'h', 'Kyiv, Monday.', '2024-01-01T00:00:00+00:00')")
        key = old.execute("SELECT key FROM articles").fetchone()[0]
        old.execute("INSERT INTO times (article_key, idx, start_char, end_char, text, value, timex_type) "
                    "VALUES (?, 0, 6, 12, 'Monday', '2024-01-01', 'DATE')", (key,))
        assert [name for name, _ in old.migrations()] == ["0001_ledger"]
    monkeypatch.undo()
    with open_store(ledger_url) as upgraded:
        assert [name for name, _ in upgraded.migrations()] == [m.name for m in MIGRATIONS]
        [extraction] = list(upgraded.extractions())
        assert extraction.times[0].text == "Monday" and extraction.times[0].mod is None


def test_migrations_reextraction_rebuild_keeps_keys_versions_and_records(ledger_url, make_extraction,
                                                                          monkeypatch):
    """A ledger made before 0003 (content hash unique) is upgraded on opening: its article keys,
    versions, successors and records survive, and its content can then be re-extracted."""
    monkeypatch.setattr(sql, "migrate", lambda db: migrate(db, MIGRATIONS[:2]))
    with open_store(ledger_url) as old:
        old.save(make_extraction(title="First edition"))
        old.save(make_extraction(title="Corrected"))
        old.save(make_extraction("b"))
        rows = old.execute("SELECT key, id, version, superseded_by, content_hash FROM articles "
                           "ORDER BY key").fetchall()
        counts = old.counts()
    monkeypatch.undo()
    with open_store(ledger_url) as upgraded:
        assert [name for name, _ in upgraded.migrations()] == [m.name for m in MIGRATIONS]
        assert upgraded.execute("SELECT key, id, version, superseded_by, content_hash FROM articles "
                                "ORDER BY key").fetchall() == rows
        assert upgraded.counts() == counts
        assert [e.article.title for e in upgraded.extractions()] == ["Corrected", "Drones downed"]
        assert upgraded.save(replace(make_extraction("b"), pipeline_version="warledger 9.9"),
                             reextract=True) == Saved.REEXTRACTED
        assert upgraded.execute("SELECT MAX(key) FROM articles").fetchone()[0] == rows[-1][0] + 1
        with pytest.raises(Exception):  # foreign keys are enforced again after the rebuild
            upgraded.execute("INSERT INTO times (article_key, idx, start_char, end_char, text, value, "
                             "timex_type) VALUES (999, 0, 0, 1, 'x', '2024', 'DATE')")


@pytest.mark.parametrize("dialect", [SQLITE, POSTGRES], ids=lambda d: d.name)
def test_migrations_reextraction_drops_content_uniqueness_per_dialect(dialect):
    statements = REEXTRACTION_VERSIONS.statements(dialect.types, dialect.name)
    assert not any("{" in s for s in statements)
    assert statements[-1] == "CREATE INDEX articles_content_hash ON articles (content_hash)"
    if dialect.name == "sqlite":  # SQLite cannot drop a constraint: the table is rebuilt
        assert statements[0].startswith("CREATE TABLE articles_0003") and "UNIQUE" not in statements[0].split(
            "content_hash")[1].split(",")[0]
        assert "ALTER TABLE articles_0003 RENAME TO articles" in statements
    else:
        assert statements[0] == "ALTER TABLE articles DROP CONSTRAINT articles_content_hash_key"


def test_migrations_rebuild_failure_restores_foreign_keys(sqlite_url):
    broken = Migration("0097_broken_rebuild", "CREATE TABLE t (x TEXT); CREATE TABLE oops (",
                       rebuilds_table=True)
    with open_store(sqlite_url) as store:
        with pytest.raises(Exception):
            migrate(store, MIGRATIONS + (broken,))
        assert store.execute("PRAGMA foreign_keys").fetchone()[0] == 1
