"""The ledger's schema as named migrations, recorded in the database and applied once each.

Every migration is a name and SQL written once for both backends: `{key}`, `{float}`, `{bool}`
and `{timestamp}` stand for the few column types the dialects spell differently (see
`sql.Dialect`). Where the dialects cannot share a statement (SQLite cannot drop a constraint, it
rebuilds the table), a migration gives a backend its own SQL in `by_dialect`. `migrate()` applies
the ones a database has not seen, each in its own transaction, and records `(name, applied_at)`
in the `migrations` table. A migration, once released, is never edited: change the schema by
appending a new one.
"""
from __future__ import annotations

from contextlib import AbstractContextManager
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Protocol


@dataclass(frozen=True)
class Migration:
    """One named schema step: `sql` holds `;`-separated statements with dialect placeholders."""

    name: str
    sql: str
    #: A backend's own SQL (by `Dialect.name`), used instead of `sql` on that backend.
    by_dialect: Mapping[str, str] = field(default_factory=dict)
    #: The step rebuilds a table other tables refer to: foreign-key enforcement is suspended
    #: while it runs (SQLite's documented way to change a table) and checked before it commits.
    rebuilds_table: bool = False

    def statements(self, types: dict[str, str], dialect: str | None = None) -> list[str]:
        """The statements for `dialect`, with its column types filled in."""
        text = self.by_dialect.get(dialect, self.sql).format(**types)
        return [part.strip() for part in text.split(";") if part.strip()]


# Children of an article share the same leading columns: the article's key, the record's index
# within its article's list (so contract indices round-trip) and the pipeline that produced it.
_CHILD = """
    article_key BIGINT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    pipeline_version TEXT,"""

LEDGER_V1 = Migration(
    "0001_ledger",
    f"""
CREATE TABLE articles (
    key {{key}},
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    superseded_by BIGINT REFERENCES articles(key),
    title TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    language TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    pipeline_version TEXT,
    stored_at {{timestamp}} NOT NULL,
    UNIQUE (id, version)
);
CREATE INDEX articles_id ON articles (id);
CREATE TABLE places ({_CHILD}
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    geonames_id BIGINT,
    name TEXT,
    lat {{float}},
    lon {{float}},
    country TEXT,
    admin1 TEXT,
    feature TEXT NOT NULL,
    precision INTEGER,
    score {{float}},
    PRIMARY KEY (article_key, idx)
);
CREATE TABLE times ({_CHILD}
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT NOT NULL,
    interval_start TEXT,
    interval_end TEXT,
    timex_type TEXT NOT NULL,
    PRIMARY KEY (article_key, idx)
);
CREATE TABLE attributions ({_CHILD}
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    content_text TEXT NOT NULL,
    source_start INTEGER,
    source_end INTEGER,
    source_text TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text TEXT,
    claimant_name TEXT,
    claimant_type TEXT,
    claimant_country TEXT,
    channel TEXT,
    quote {{bool}} NOT NULL,
    verification TEXT NOT NULL,
    PRIMARY KEY (article_key, idx)
);
CREATE TABLE figures ({_CHILD}
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    value {{float}},
    low {{float}},
    high {{float}},
    unit TEXT,
    role TEXT NOT NULL,
    part_of INTEGER,
    attribution INTEGER,
    verification TEXT NOT NULL,
    PRIMARY KEY (article_key, idx)
);
CREATE TABLE events ({_CHILD}
    event_type TEXT NOT NULL,
    sub_event_type TEXT,
    date_start TEXT,
    date_end TEXT,
    date_precision INTEGER,
    date_source TEXT,
    place INTEGER,
    actor1 TEXT,
    actor2 TEXT,
    fatalities INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    PRIMARY KEY (article_key, idx)
);
CREATE TABLE event_figures (
    article_key BIGINT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
    event_idx INTEGER NOT NULL,
    position INTEGER NOT NULL,
    figure_idx INTEGER NOT NULL,
    PRIMARY KEY (article_key, event_idx, position)
);
CREATE TABLE event_attributions (
    article_key BIGINT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
    event_idx INTEGER NOT NULL,
    position INTEGER NOT NULL,
    attribution_idx INTEGER NOT NULL,
    PRIMARY KEY (article_key, event_idx, position)
);
CREATE TABLE verifications ({_CHILD}
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL,
    scope_start INTEGER NOT NULL,
    scope_end INTEGER NOT NULL,
    PRIMARY KEY (article_key, idx)
)
""",
)

TIME_MOD_AND_SPAN_FRAGMENTS = Migration(
    "0002_time_mod_span_fragments",
    """
ALTER TABLE times ADD COLUMN timex_mod TEXT;
ALTER TABLE attributions ADD COLUMN content_fragments TEXT;
ALTER TABLE attributions ADD COLUMN source_fragments TEXT;
ALTER TABLE attributions ADD COLUMN cue_fragments TEXT
""",
)

# The same content may now be stored more than once: re-extracted by another pipeline version, as
# a new version of its article id. Content identity stops being a constraint (the store checks
# it under the article's write lock) and becomes an index.
_ARTICLE_COLUMNS_V1 = ("key, id, version, content_hash, superseded_by, title, url, outlet, published, "
                       "language, origin, text, pipeline_version, stored_at")

REEXTRACTION_VERSIONS = Migration(
    "0003_reextraction_versions",
    """
ALTER TABLE articles DROP CONSTRAINT articles_content_hash_key;
CREATE INDEX articles_content_hash ON articles (content_hash)
""",
    by_dialect={"sqlite": f"""
CREATE TABLE articles_0003 (
    key {{key}},
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    superseded_by BIGINT REFERENCES articles(key),
    title TEXT,
    url TEXT,
    outlet TEXT,
    published TEXT,
    language TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    pipeline_version TEXT,
    stored_at {{timestamp}} NOT NULL,
    UNIQUE (id, version)
);
INSERT INTO articles_0003 ({_ARTICLE_COLUMNS_V1}) SELECT {_ARTICLE_COLUMNS_V1} FROM articles ORDER BY key;
DROP TABLE articles;
ALTER TABLE articles_0003 RENAME TO articles;
CREATE INDEX articles_id ON articles (id);
CREATE INDEX articles_content_hash ON articles (content_hash)
"""},
    rebuilds_table=True,
)

# A digest of what was extracted (every record, not the pipeline version): a re-extraction that finds
# exactly the same records relabels the current version instead of storing a copy of it. Rows stored
# before this step have none, so their first re-extraction is stored as a new version as before.
RESULTS_HASH = Migration(
    "0004_results_hash",
    "ALTER TABLE articles ADD COLUMN results_hash TEXT",
)

#: Every migration, in the order it is applied. Append only.
MIGRATIONS: tuple[Migration, ...] = (LEDGER_V1, TIME_MOD_AND_SPAN_FRAGMENTS, REEXTRACTION_VERSIONS, RESULTS_HASH)

MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at {timestamp} NOT NULL)"
)


class Database(Protocol):
    """What migrate() needs from a backend."""

    types: dict[str, str]
    dialect_name: str

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any: ...

    def migration_lock(self, *, rebuilds_table: bool = False) -> AbstractContextManager[None]:
        """A write transaction that also keeps other processes from migrating at once; with
        `rebuilds_table`, foreign keys are checked at its end instead of enforced statement by
        statement."""


def migrate(db: Database, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[str]:
    """Apply the migrations `db` has not recorded, each in its own transaction.
    Returns the names applied now."""
    applied: list[str] = []
    for migration in migrations:
        with db.migration_lock(rebuilds_table=migration.rebuilds_table):
            db.execute(MIGRATIONS_TABLE.format(**db.types))
            if db.execute("SELECT 1 FROM migrations WHERE name = ?", (migration.name,)).fetchone():
                continue
            for statement in migration.statements(db.types, db.dialect_name):
                db.execute(statement)
            db.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (migration.name, now()))
            applied.append(migration.name)
    return applied


def applied_migrations(db: Database) -> list[tuple[str, str]]:
    """(name, applied_at) of every recorded migration, in the order applied."""
    rows = db.execute("SELECT name, applied_at FROM migrations ORDER BY applied_at, name").fetchall()
    return [(name, at if isinstance(at, str) else at.isoformat()) for name, at in rows]


def now() -> str:
    """The current UTC time as an ISO string (seconds)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
