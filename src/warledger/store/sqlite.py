"""The default ledger: one SQLite file (stdlib sqlite3, write-ahead log).

Storage rules (identity, versions, atomic writes) are those of `sql.SQLStore`. The connection
runs in autocommit mode so that the store opens its own transactions: `BEGIN IMMEDIATE` takes
the write lock before an article is looked up, so two processes never version one id at once.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import WarledgerError
from .sql import Dialect, SQLStore

SQLITE = Dialect(
    name="sqlite",
    param="?",
    types={
        "key": "INTEGER PRIMARY KEY AUTOINCREMENT", "float": "REAL", "bool": "INTEGER", "timestamp": "TEXT",
    },
    begin_write="BEGIN IMMEDIATE",
    foreign_keys_off="PRAGMA foreign_keys = OFF",
    foreign_keys_on="PRAGMA foreign_keys = ON",
    foreign_key_check="PRAGMA foreign_key_check",
)

#: Seconds a writer waits for another process's lock before failing.
BUSY_TIMEOUT = 30.0


class SQLiteStore(SQLStore):
    """The ledger in a SQLite file (`":memory:"` for a throwaway one)."""

    dialect = SQLITE

    def __init__(self, path: str | Path) -> None:
        path = sqlite_path(path)
        try:
            connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: no corruption on crash
        except sqlite3.Error as err:
            raise WarledgerError("C003", url=str(path), detail=str(err)) from err
        try:
            super().__init__(connection, str(path))
        except sqlite3.DatabaseError as err:
            raise WarledgerError("C003", url=str(path), detail=str(err)) from err


def sqlite_path(url: str | Path) -> str | Path:
    """The file of a plain path or of a URL: `sqlite:///relative.db`, `sqlite:////absolute.db`."""
    if isinstance(url, str) and url.startswith("sqlite:///"):
        return url.removeprefix("sqlite:///")
    return url
