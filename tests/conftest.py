"""Shared fixtures: the full pipeline is loaded once per test session; a ledger location per test
and backend (a SQLite file, or a throwaway PostgreSQL schema when the server answers)."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from warledger.extract import extract_article
from warledger.models import Article, Extraction
from warledger.nlp import build_pipeline
from warledger.settings import Options

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline(Options())


@pytest.fixture(scope="session")
def event_doc(nlp):
    """event_doc(text, published, places, times) -> Doc with hand-made places ((text, country, feature))
    and times ((text, value, start, end)), for the event coder."""
    from warledger.models import DateRange, Place, Time

    def build(text: str, published: str, places: list[tuple[str, str, str]], times: list[tuple[str, str, str, str]]):
        doc = nlp(text)
        doc._.wl_published = published
        doc._.wl_places = [Place(text.index(t), text.index(t) + len(t), t, country=country, feature=feature)
                           for t, country, feature in places]
        doc._.wl_times = [Time(text.index(t), text.index(t) + len(t), t, value, DateRange(start, end))
                          for t, value, start, end in times]
        return doc

    return build


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, published=None, outlet=None) -> Extraction, through the whole pipeline."""

    def run(text: str, published: str | None = None, outlet: str | None = None) -> Extraction:
        return extract_article(Article(id="t", text=text, published=published, outlet=outlet))

    return run


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


#: The server the PostgreSQL tests use; override with WARLEDGER_TEST_POSTGRES.
POSTGRES_URL = os.environ.get("WARLEDGER_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def postgres_url_for_schema(schema: str) -> str:
    separator = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """The URL of a PostgreSQL schema made for this test and dropped after it; skips when the
    server cannot be reached."""
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed")
    try:
        admin = psycopg.connect(POSTGRES_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as err:
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES_URL}: {' '.join(str(err).split())[:160]}")
    schema = f"wl_test_{uuid.uuid4().hex[:12]}"
    with admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            yield postgres_url_for_schema(schema)
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "ledger.db")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def ledger_url(request: pytest.FixtureRequest) -> str:
    """The URL of an empty ledger location, for each backend."""
    return request.getfixturevalue(f"{request.param}_url")
