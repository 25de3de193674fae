"""The storage interface every backend implements. Callers only see this."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from ..models import Extraction


class Saved(str, Enum):
    """What `Store.save` did with one extraction. True when something was stored."""

    NEW = "new"  # an article id the ledger did not hold: its version 1
    NEW_CONTENT = "new_content"  # the id's content changed: stored as its next version
    REEXTRACTED = "reextracted"  # same content, another pipeline version, re-extraction asked: next version
    RELABELLED = "relabelled"  # the same, but every record came out the same: the current version now
    # names the new pipeline version; no copy stored
    UNCHANGED = "unchanged"  # this content from this pipeline version is current, or the content is
    # an older version's (a report seen again after its correction): nothing stored
    STALE = "stale"  # the same content is current but from another pipeline version: nothing stored

    def __bool__(self) -> bool:
        return self in (Saved.NEW, Saved.NEW_CONTENT, Saved.REEXTRACTED)


@dataclass(frozen=True)
class StoredVersion:
    """One stored version of an article: its extraction and its place among the id's versions."""

    extraction: Extraction
    version: int  # 1, 2, ... per article id, in the order stored
    current: bool  # the version the exports show; every id has exactly one
    stored_at: str  # ISO UTC time the version was stored


class Store(Protocol):
    def save(self, extraction: Extraction, *, reextract: bool = False) -> Saved:
        """Store one successful extraction atomically, as a new article or the next version of
        its id. Changes nothing (UNCHANGED) when its content is already stored by the same
        pipeline version; when the same content is current but from another pipeline version,
        stores it as the next version only with `reextract` (REEXTRACTED), else STALE."""

    def extractions(self, *, include_superseded: bool = False) -> Iterator[Extraction]:
        """Every stored extraction, in insertion order, rebuilt as typed records: the current
        version of each article id, or every version with `include_superseded`."""

    def versions(self, *, include_superseded: bool = True) -> Iterator[StoredVersion]:
        """Like `extractions`, with each one's version number, whether it is current and when it
        was stored; every version by default."""

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
