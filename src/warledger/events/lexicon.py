"""The English event lexicons (lang/en/events_*.json, acled_actors.json), loaded once."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..figures.lexicon import load


def acled() -> dict[str, Any]:
    return load("events_acled")


def triggers() -> dict[str, Any]:
    return load("events_triggers")


def actors() -> dict[str, Any]:
    return load("acled_actors")


@lru_cache(maxsize=None)
def event_type_of() -> dict[str, str]:
    """sub_event_type -> event_type, from ACLED's taxonomy."""
    return {sub: event for event, subs in acled()["taxonomy"].items() for sub in subs}
