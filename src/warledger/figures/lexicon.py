"""The English figure lexicons (src/warledger/lang/en/figures_*.json), loaded once."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The JSON data file `lang/en/<name>.json`."""
    path = resources.files("warledger") / "lang" / "en" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def numbers() -> dict[str, Any]:
    return load("figures_numbers")


def units() -> dict[str, Any]:
    return load("figures_units")


def roles() -> dict[str, Any]:
    return load("figures_roles")


@lru_cache(maxsize=None)
def word_set(name: str, key: str) -> frozenset[str]:
    """A list in a data file as a lower-case set."""
    return frozenset(w.lower() for w in load(name)[key])
