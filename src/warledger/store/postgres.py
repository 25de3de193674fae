"""The shared ledger: PostgreSQL through psycopg 3 (`pip install warledger[postgres]`).

Same schema, migrations and storage rules as SQLite (`sql.SQLStore`); only the connection and
the dialect differ. Choose the schema with libpq's own URL options, e.g.
`postgresql://user@host/db?options=-csearch_path%3Dledger`. Migrations and the versioning of
one article id are serialised across processes with transaction-scoped advisory locks.
"""
from __future__ import annotations

from ..errors import WarledgerError
from .sql import Dialect, SQLStore, redact

#: Advisory-lock key held while migrating ("wl" in ASCII).
MIGRATION_LOCK_KEY = 0x776C

POSTGRES = Dialect(
    name="postgresql",
    param="%s",
    types={
        "key": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        "float": "DOUBLE PRECISION",
        "bool": "BOOLEAN",
        "timestamp": "TIMESTAMPTZ",
    },
    begin_write="BEGIN",
    migration_lock=f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})",
    article_lock="SELECT pg_advisory_xact_lock(hashtext(?))",
)

#: Seconds to wait for the server before giving up.
CONNECT_TIMEOUT = 10


class PostgresStore(SQLStore):
    """The ledger in a PostgreSQL database, given as a `postgresql://` URL."""

    dialect = POSTGRES

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as err:
            raise WarledgerError("C003", url=redact(url), detail="psycopg is not installed "
                                 "(pip install 'warledger[postgres]')") from err
        try:
            connection = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
        except psycopg.Error as err:
            raise WarledgerError("C003", url=redact(url), detail=" ".join(str(err).split())) from err
        super().__init__(connection, redact(url))
