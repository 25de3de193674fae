"""The ledger over a DB-API connection: one implementation shared by SQLite and PostgreSQL.

A backend (sqlite.py, postgres.py) only opens the connection and names its `Dialect`; the
schema (migrations.py), the row mapping (rows.py) and every query live here once.

Storage rules:
- `save()` writes one article and everything extracted from it in one transaction: either all
  of it is stored or none of it.
- Identity is `Article.content_hash` (id, text and metadata) together with the pipeline
  version. Saving content whose current version was extracted by the same pipeline version
  changes nothing (`Saved.UNCHANGED`).
- An article whose id is stored but whose content differs (a corrected or updated report) is
  stored as the next version of that id (`articles.version` 1, 2, ...); the version it replaces
  keeps all its rows and points to its successor through `superseded_by`. Nothing is deleted
  and no id is ever current twice: `extractions()` and the exports see only the current
  version of each id, `extractions(include_superseded=True)` and `versions()` see every one.
- The same content extracted by another pipeline version (the code or its data changed) is a
  re-extraction: stored as the next version the same way when `save(..., reextract=True)`,
  else left alone and reported `Saved.STALE`, so callers can say how many articles an
  upgrade would refresh. A re-extraction whose records are all the same as the current
  version's (`results_hash`) stores no copy: the current version is relabelled with the new
  pipeline version (`Saved.RELABELLED`).
- Content that is only an older, superseded version's (a report seen again after its
  correction) changes nothing: the current version stays current.
- Only successful extractions with an article are stored (`save` raises ValueError otherwise);
  failed items stay in the extract command's output.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..models import Extraction
from .base import Saved, StoredVersion
from .migrations import RESULTS_HASH, applied_migrations, migrate, now
from .rows import (
    ARTICLE_COLUMNS, EVENT_LINKS, TABLES, Row, article_from_row, article_row, attach_links, child_rows,
    link_rows, results_hash,
)

#: Tables whose row counts `counts()` reports.
COUNTED = ("articles", *(table.name for table in TABLES))

#: Articles read per query when iterating over the ledger.
READ_BATCH = 200


@dataclass(frozen=True)
class Dialect:
    """What differs between backends: parameter marks, a few column types, transaction openers."""

    name: str
    param: str  # the driver's parameter mark; queries are written with "?"
    types: dict[str, str] = field(default_factory=dict)  # fills the migrations' {key}, {float}, ...
    begin_write: str = "BEGIN"  # opens a transaction that will write
    migration_lock: str | None = None  # run after begin_write so only one process migrates
    article_lock: str | None = None  # run with the article id so one id is versioned at a time
    # A migration that rebuilds a table runs between these (before BEGIN, after COMMIT or ROLLBACK)
    # and runs `foreign_key_check` before committing: it fails when a row points nowhere.
    foreign_keys_off: str | None = None
    foreign_keys_on: str | None = None
    foreign_key_check: str | None = None


class SQLStore:
    """A ledger of extractions in a SQL database (see the module docstring for its rules)."""

    dialect: Dialect

    def __init__(self, connection: Any, url: str) -> None:
        self._conn = connection
        self.url = url
        try:
            migrate(self)
            # a ledger left at an older schema (only in tests of the migrations themselves) has no
            # results_hash column: such a ledger stores and compares none
            self._results_hashes = RESULTS_HASH.name in {name for name, _ in applied_migrations(self)}
        except BaseException:
            connection.close()
            raise

    # -- the Store interface ----------------------------------------------------------------

    def save(self, extraction: Extraction, *, reextract: bool = False) -> Saved:
        """Store one successful extraction atomically (see the module docstring for when it is
        stored and as which version); says what it did."""
        article = extraction.article
        if article is None or not extraction.ok:
            raise ValueError(
                f"only successful extractions with an article are stored (item {extraction.id!r})"
            )
        if article.id != extraction.id:
            raise ValueError(f"extraction id {extraction.id!r} is not its article's id {article.id!r}")
        with self.transaction(self.dialect.begin_write):
            if self.dialect.article_lock:
                self.execute(self.dialect.article_lock, (article.id,))
            digest = "results_hash" if self._results_hashes else "NULL"
            current = self.execute(
                f"SELECT key, version, content_hash, pipeline_version, {digest} FROM articles "
                "WHERE id = ? AND superseded_by IS NULL", (article.id,)
            ).fetchone()
            outcome = self._outcome(current, extraction, reextract=reextract)
            if outcome is Saved.REEXTRACTED and current[4] is not None and current[4] == results_hash(extraction):
                self._relabel(current[0], extraction.pipeline_version)
                return Saved.RELABELLED
            if not outcome:
                return outcome
            key = self._insert_article(extraction, version=current[1] + 1 if current else 1)
            if current:
                self.execute("UPDATE articles SET superseded_by = ? WHERE key = ?", (key, current[0]))
            self._insert_children(key, extraction)
        return outcome

    def extractions(self, *, include_superseded: bool = False) -> Iterator[Extraction]:
        """Every stored extraction in insertion order, rebuilt as typed records; by default only
        the current version of each article id."""
        return (stored.extraction for stored in self.versions(include_superseded=include_superseded))

    def versions(self, *, include_superseded: bool = True) -> Iterator[StoredVersion]:
        """Every stored version in insertion order with its number and whether it is current;
        `include_superseded=False` keeps only the current one of each id."""
        current_only = "" if include_superseded else "AND superseded_by IS NULL"
        columns = ", ".join(ARTICLE_COLUMNS)
        last = 0
        while True:
            rows = self.execute(
                f"SELECT key, version, superseded_by, stored_at, pipeline_version, {columns} FROM articles "
                f"WHERE key > ? {current_only} ORDER BY key LIMIT ?", (last, READ_BATCH),
            ).fetchall()
            if rows:
                loaded = self._load_batch([(row[0], *row[4:]) for row in rows])  # key, pipeline, article
                for key, version, successor, stored_at, *_ in rows:
                    at = stored_at if isinstance(stored_at, str) else stored_at.isoformat()
                    yield StoredVersion(loaded[key], version=version, current=successor is None, stored_at=at)
            if len(rows) < READ_BATCH:
                return
            last = rows[-1][0]

    def counts(self) -> dict[str, int]:
        """Rows per table (superseded versions included)."""
        return {name: self.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0] for name in COUNTED}

    def migrations(self) -> list[tuple[str, str]]:
        """(name, applied_at) of the schema migrations recorded in this ledger."""
        return applied_migrations(self)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what migrations.Database needs ---------------------------------------------------------

    @property
    def types(self) -> dict[str, str]:
        return self.dialect.types

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement written with "?" parameter marks; returns the cursor."""
        return self._conn.execute(self._sql(sql), tuple(params))

    @property
    def dialect_name(self) -> str:
        return self.dialect.name

    @contextmanager
    def migration_lock(self, *, rebuilds_table: bool = False) -> Iterator[None]:
        suspend = rebuilds_table and self.dialect.foreign_keys_off
        if suspend:
            self.execute(self.dialect.foreign_keys_off)
        try:
            with self.transaction(self.dialect.begin_write):
                if self.dialect.migration_lock:
                    self.execute(self.dialect.migration_lock)
                yield
                if suspend and self.dialect.foreign_key_check:
                    dangling = self.execute(self.dialect.foreign_key_check).fetchall()
                    if dangling:
                        raise RuntimeError(f"migration left rows that point nowhere: {dangling[:5]}")
        finally:
            if suspend:
                self.execute(self.dialect.foreign_keys_on)

    @contextmanager
    def transaction(self, begin: str = "BEGIN") -> Iterator[None]:
        """Everything inside is committed together, or rolled back when anything raises."""
        self.execute(begin)
        try:
            yield
        except BaseException:
            self.execute("ROLLBACK")
            raise
        self.execute("COMMIT")

    # -- helpers ------------------------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        return sql if self.dialect.param == "?" else sql.replace("?", self.dialect.param)

    def _insert_many(self, table: str, columns: Sequence[str], rows: list[Row]) -> None:
        if rows:
            marks = ", ".join("?" for _ in columns)
            sql = self._sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})")
            self._conn.cursor().executemany(sql, rows)

    def _outcome(self, current: Row | None, extraction: Extraction, *, reextract: bool) -> Saved:
        """What saving `extraction` does, given its id's current version (key, version,
        content_hash, pipeline_version) or None."""
        content_hash = extraction.article.content_hash
        if current is not None and current[2] == content_hash:
            if current[3] == extraction.pipeline_version:
                return Saved.UNCHANGED
            return Saved.REEXTRACTED if reextract else Saved.STALE
        if self.execute("SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1", (content_hash,)).fetchone():
            return Saved.UNCHANGED  # an older version's content: the current version stays
        return Saved.NEW_CONTENT if current is not None else Saved.NEW

    def _relabel(self, key: int, pipeline_version: str | None) -> None:
        """A re-extraction that found exactly the records stored: the current version and its rows
        now name the pipeline version that found them again (nothing else changes)."""
        self.execute("UPDATE articles SET pipeline_version = ? WHERE key = ?", (pipeline_version, key))
        for table in TABLES:
            self.execute(f"UPDATE {table.name} SET pipeline_version = ? WHERE article_key = ?", (pipeline_version, key))

    def _insert_article(self, extraction: Extraction, *, version: int) -> int:
        """The new article row's key."""
        article = extraction.article
        columns = (*ARTICLE_COLUMNS, "version", "content_hash", "pipeline_version", "stored_at")
        values = (*article_row(article), version, article.content_hash, extraction.pipeline_version, now())
        if self._results_hashes:
            columns, values = (*columns, "results_hash"), (*values, results_hash(extraction))
        marks = ", ".join("?" for _ in columns)
        return self.execute(
            f"INSERT INTO articles ({', '.join(columns)}) VALUES ({marks}) RETURNING key", values,
        ).fetchone()[0]

    def _insert_children(self, key: int, extraction: Extraction) -> None:
        for table in TABLES:
            self._insert_many(table.name, table.all_columns, child_rows(table, key, extraction))
        for attribute, (table, column) in EVENT_LINKS.items():
            rows = link_rows(attribute, key, extraction.events)
            self._insert_many(table, ("article_key", "event_idx", "position", column), rows)

    def _load_batch(self, rows: list[Row]) -> dict[int, Extraction]:
        """The extractions whose article rows (key, pipeline_version, *ARTICLE_COLUMNS) are `rows`,
        with one query per table for the whole batch."""
        loaded: dict[int, Extraction] = {}
        for key, pipeline_version, *article_cells in rows:
            article = article_from_row(tuple(article_cells))
            loaded[key] = Extraction(id=article.id, article=article, pipeline_version=pipeline_version)
        keys = tuple(loaded)
        in_batch = f"article_key IN ({', '.join('?' for _ in keys)})"
        for table in TABLES:
            for key, *cells in self.execute(
                f"SELECT article_key, {', '.join(table.columns)} FROM {table.name} WHERE {in_batch} "
                "ORDER BY article_key, idx", keys,
            ).fetchall():
                getattr(loaded[key], table.name).append(table.from_row(tuple(cells)))
        for attribute, (table, column) in EVENT_LINKS.items():
            links = self.execute(
                f"SELECT article_key, event_idx, {column} FROM {table} WHERE {in_batch} "
                "ORDER BY article_key, event_idx, position", keys,
            ).fetchall()
            for key, event_idx, target in links:
                attach_links(loaded[key].events, attribute, [(event_idx, target)])
        return loaded


def redact(url: str) -> str:
    """`url` without its password, for messages."""
    parts = urlsplit(url)
    if not parts.password:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))
