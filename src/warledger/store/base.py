"""The storage interface every backend implements. Callers only see this."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from ..models import Extraction


class Store(Protocol):
    def save(self, extraction: Extraction) -> bool:
        """Store one successful extraction atomically. Returns False (and changes nothing)
        when the same article content (Article.content_hash) is already stored."""

    def extractions(self, *, include_superseded: bool = False) -> Iterator[Extraction]:
        """Every stored extraction, in insertion order, rebuilt as typed records: the current
        version of each article id, or every version with `include_superseded`."""

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, places, times, attributions, figures, events, verifications."""

    def migrations(self) -> list[tuple[str, str]]:
        """(name, applied_at) of the schema migrations recorded in the ledger."""

    def close(self) -> None: ...

    def __enter__(self) -> "Store": ...

    def __exit__(self, *exc: object) -> None: ...


def open_store(url: str) -> Store:
    """`postgresql://...` opens PostgreSQL; anything else is a SQLite file path (or a
    `sqlite:///path` URL)."""
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url)
    from .sqlite import SQLiteStore

    return SQLiteStore(url)
