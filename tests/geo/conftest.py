"""The packaged gazetteer, loaded once for the geo tests."""
from __future__ import annotations

import pytest

from warledger.geo.gazetteer import Gazetteer, default_gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return default_gazetteer()
