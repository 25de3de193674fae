"""Shared fixtures: the full pipeline is loaded once per test session."""
from __future__ import annotations

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
