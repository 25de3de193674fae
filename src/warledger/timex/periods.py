"""Named periods of conflicts ("the start of the war", "the full-scale invasion"), resolved with
lang/en/time_periods.json to the start of the conflict the article is about."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from . import lexicon as lx
from .context import Context, Resolution

Match = re.Match[str]


@lru_cache(maxsize=1)
def _phrase_kinds() -> dict[str, tuple[str, ...]]:
    """phrase -> the conflict kinds it may name, or ('id:<conflict>',) for a specific phrase."""
    p = lx.periods()
    out: dict[str, tuple[str, ...]] = {}
    for kind, phrases in p["generic"].items():
        for phrase in phrases:
            out[phrase] = out.get(phrase, ()) + (kind,)
    for conflict in p["conflicts"]:
        for phrase in conflict["phrases"]:
            out[phrase] = ("id:" + conflict["id"],)
    return out


def cue_count(text: str, cues: list[str]) -> int:
    return sum(len(re.findall(rf"\b{re.escape(c)}\b", text)) for c in cues)


def conflict_for(kinds: tuple[str, ...], text: str, anchor: date | None) -> dict | None:
    """The conflict a phrase names: the one named outright, else among conflicts of its kinds
    that had begun by the anchor and whose cue words the text uses, the most cued (ties: the
    latest to begin)."""
    conflicts = lx.periods()["conflicts"]
    if kinds and kinds[0].startswith("id:"):
        return next((c for c in conflicts if c["id"] == kinds[0][3:]), None)
    candidates = []
    for c in conflicts:
        if not set(kinds) & set(c["kinds"]):
            continue
        if anchor is not None and date.fromisoformat(c["start"]) > anchor:
            continue
        hits = cue_count(text, c["cues"])
        if hits:
            candidates.append((hits, c["start"], c))
    if not candidates:
        return None
    return max(candidates, key=lambda t: (t[0], t[1]))[2]


def named_period(m: Match, ctx: Context) -> Resolution | None:
    phrase = lx.key(m.group()).replace("’", "'")
    kinds = _phrase_kinds().get(phrase)
    if kinds is None:
        return None
    conflict = conflict_for(kinds, ctx.text, ctx.anchor)
    if conflict is None:
        return None
    return Resolution(conflict["start"])
