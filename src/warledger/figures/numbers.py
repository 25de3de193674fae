"""Numbers as written ("1,286", "1 500", "2.14 lakh", "twenty-one", "a dozen") to values."""
from __future__ import annotations

import re

from . import lexicon

_NUMERAL = re.compile(r"^\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_DOTTED_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")  # "2.000" as written in much of Europe
_HUNDREDS = re.compile(r"^(\d+)s$")  # "100s of homes"
_SEPARATORS = re.compile(r"[,\s]")


def parse_numeral(text: str) -> float | None:
    """'1,286' -> 1286, '3 200' -> 3200, '2.5' -> 2.5; None if not a plain numeral."""
    text = text.strip()
    if _DOTTED_THOUSANDS.match(text):
        return float(text.replace(".", ""))
    if not _NUMERAL.match(text):
        return None
    return float(_SEPARATORS.sub("", text))


def word_value(word: str) -> float | None:
    """Value of one number word ('seven', 'forty', 'hundred'), or None."""
    data = lexicon.numbers()
    word = word.lower()
    if word in data["units"]:
        return float(data["units"][word])
    if word in data["multipliers"]:
        return float(data["multipliers"][word])
    return None


def is_multiplier(word: str) -> bool:
    return word.lower() in lexicon.numbers()["multipliers"]


def parse_number(words: list[str]) -> float | None:
    """Value of a run of number words and numerals: ['2.14', 'lakh'], ['one', 'hundred', 'and', 'twenty'],
    ['twenty', '-', 'one'], ['a', 'dozen'] ... None if the run is not a number."""
    words = [w for w in words if w not in ("-", "and", "‐", ",")]
    if not words:
        return None
    total, current, seen, last_numeral = 0.0, 0.0, False, False
    for i, word in enumerate(words):
        low = word.lower()
        numeral = parse_numeral(word)
        hundreds = _HUNDREDS.match(low)
        if numeral is not None and last_numeral:  # "3 200": digit groups written apart
            current = current * 1000 + numeral
        elif numeral is not None:
            current += numeral
        elif hundreds:
            current += float(hundreds.group(1))
        elif low in ("a", "an") and i == 0 and len(words) > 1:
            current += 1
        elif is_multiplier(low):
            mult = word_value(low) or 1.0
            current = (current or 1.0) * mult
            if mult >= 1000:
                total += current
                current = 0.0
        elif (value := word_value(low)) is not None:
            current += value
        else:
            return None
        seen = True
        last_numeral = numeral is not None
    return total + current if seen else None


def as_number(value: float | None) -> int | float | None:
    """Whole numbers as int, others as float."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
