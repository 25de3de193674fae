"""The English time words, read once from src/warledger/lang/en/time_*.{json,tsv}."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

LANG_DIR = Path(__file__).resolve().parent.parent / "lang" / "en"


@dataclass(frozen=True)
class Holiday:
    name: str
    rule: str  # MM-DD | nth:MONTH:N:WEEKDAY | easter:+DAYS


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    """time_words.json as a dict."""
    return json.loads((LANG_DIR / "time_words.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def periods() -> dict[str, Any]:
    """time_periods.json: the named periods of conflicts."""
    return json.loads((LANG_DIR / "time_periods.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def holidays() -> tuple[Holiday, ...]:
    rows = []
    for line in (LANG_DIR / "time_holidays.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, rule = line.split("\t")[:2]
            rows.append(Holiday(name.strip().lower(), rule.strip()))
    return tuple(rows)


def alternation(items: list[str] | dict[str, Any], *, stop: bool = False) -> str:
    """A regex alternation of the phrases, longest first; spaces match any run of spaces;
    with `stop`, a full stop may follow."""
    parts = sorted(set(items), key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    return f"(?:{body})" + (r"\.?" if stop else "")


def key(word: str) -> str:
    """Lexicon key of a matched word: lower case, single spaces, no trailing full stop."""
    return re.sub(r"\s+", " ", word.lower()).rstrip(".")


def unit_of(word: str) -> str:
    """The lexicon unit ('day', 'week' ...) of a matched unit word, singular or plural."""
    w = key(word)
    return words()["unit_plurals"].get(w, w)


def number_of(text: str) -> float | None:
    """The number a matched number phrase says ("twenty-four", "2 1/2", "a couple of", "1,000");
    None for a vague one ("a few", "several")."""
    t = key(text)
    if t in words()["vague_numbers"]:
        return None
    m = re.fullmatch(r"(\d[\d,]*)(?:\s+(\d)/(\d))?", t)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value += int(m.group(2)) / int(m.group(3))
        return value
    m = re.fullmatch(r"(\d+(?:\.\d+)?)", t)
    if m:
        return float(m.group(1))
    numbers = words()["numbers"]
    if t in numbers:
        return float(numbers[t])
    total, current = 0.0, 0.0
    for part in re.split(r"[\s-]+", t):
        if part in ("and",):
            continue
        if part == "hundred":
            current = max(current, 1) * 100
        elif part == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif part in numbers:
            current += numbers[part]
        else:
            return None
    return total + current
