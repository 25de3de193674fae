"""Finding quantity expressions in a parsed Doc: a number or quantity word with its modifiers
("more than 430", "at least 12", "10 to 15", "dozens", "a dozen", "2.14 lakh") and its bounds."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from . import lexicon
from .numbers import as_number, parse_number, parse_numeral, word_value

_DIGIT_GROUP = re.compile(r"^\d{3}$")
_LEADING_GROUP = re.compile(r"^\d{1,3}$")
_HUNDREDS = re.compile(r"^\d+0s$")


@dataclass
class Quantity:
    """A quantity expression: tokens [start, end) including its modifier; `anchor` is the token the
    counted noun attaches to (the last number token)."""

    start: int
    end: int
    anchor: int
    value: int | float | None
    low: int | float | None
    high: int | float | None
    vague: bool = False
    article: bool = False  # "an oil depot": counted by its article


def is_number_token(token: Token) -> bool:
    """A numeral, a number word or a multiplier ('1,286', 'seven', 'million', '100s')."""
    text = token.text
    return (
        parse_numeral(text) is not None
        or word_value(text) is not None
        or bool(_HUNDREDS.match(text))
    )


def _joins_number_run(doc: Doc, i: int) -> bool:
    """Whether token i continues the number run ending at token i-1."""
    prev, tok = doc[i - 1], doc[i]
    if tok.text in ("-", "‐") and not prev.whitespace_ and i + 1 < len(doc):
        nxt = doc[i + 1]
        return not tok.whitespace_ and word_value(prev.text) is not None and word_value(nxt.text) is not None
    if tok.lower_ == "and" and prev.lower_ in ("hundred", "thousand") and i + 1 < len(doc):
        return word_value(doc[i + 1].text) is not None
    if tok.text == "," and i + 1 < len(doc) and doc[i + 1].text == "000" and _LEADING_GROUP.match(prev.text):
        return True  # "61, 000": a thousands comma followed by a stray space
    if prev.text == "," and tok.text == "000":
        return True
    if tok.text in ("-", "‐") or tok.lower_ == "and":
        return False
    if not is_number_token(tok):
        return False
    if parse_numeral(tok.text) is not None and parse_numeral(prev.text) is not None:
        # "1 500" written with a space as thousands separator
        return prev.whitespace_ == " " and bool(_LEADING_GROUP.match(prev.text)) and bool(_DIGIT_GROUP.match(tok.text))
    if prev.text in ("-", "‐"):
        return True
    if parse_numeral(prev.text) is not None and word_value(tok.text) is not None:
        return tok.lower_ in lexicon.numbers()["multipliers"]  # "2.14 lakh", "1.16 million"
    return word_value(prev.text) is not None and word_value(tok.text) is not None


def _number_run(doc: Doc, i: int) -> int:
    """End (exclusive) of the number run starting at token i."""
    j = i + 1
    while j < len(doc) and _joins_number_run(doc, j):
        j += 1
    if doc[j - 1].text in ("-", "‐"):
        j -= 1
    return j


def _vague_at(doc: Doc, i: int) -> tuple[int, dict] | None:
    """The longest vague quantity phrase starting at token i: (end, bounds)."""
    vague = lexicon.numbers()["vague"]
    for length in (4, 3, 2, 1):
        if i + length > len(doc):
            continue
        phrase = " ".join(t.lower_ for t in doc[i : i + length])
        if phrase in vague:
            return i + length, vague[phrase]
    return None


def _modifier_before(doc: Doc, start: int, sent_start: int) -> tuple[int, str | None]:
    """The modifier phrase ending right before token `start`: (its first token, its kind)."""
    modifiers = lexicon.numbers()["modifiers"]
    for length in (3, 2, 1):
        first = start - length
        if first < sent_start:
            continue
        phrase = " ".join(t.lower_ for t in doc[first:start])
        if phrase in modifiers:
            return first, modifiers[phrase]
    return start, None


def _bounds(value: float, kind: str | None) -> tuple[float | None, float | None, float | None]:
    """(value, low, high) of a stated number under a modifier. The value is the number the text
    states (ACLED's conservative reading: "more than 430" is coded 430); the bounds say what the
    modifier means: 'more than 430' is low 431, high None, as the contract fixes; 'fewer than 10'
    high 9; 'at least 12' low 12; 'up to 30' high 30."""
    if kind == "above":
        return value, value + 1 if value.is_integer() else value, None
    if kind == "at_least":
        return value, value, None
    if kind == "at_most":
        return value, None, value
    if kind == "below":
        return value, None, value - 1 if value.is_integer() else value
    return value, value, value


def _range_after(doc: Doc, end: int, sent_end: int) -> tuple[int, float] | None:
    """'10 to 15', '10-15', 'two or three': the upper number after a run ending at `end`."""
    if end + 1 >= sent_end or doc[end].lower_ not in lexicon.numbers()["range_joiners"]:
        return None
    if doc[end].lower_ == "and" and not (end >= 2 and any(t.lower_ == "between" for t in doc[max(0, end - 4) : end])):
        return None
    nxt = end + 1
    if not is_number_token(doc[nxt]) or word_value(doc[nxt].text) is not None and doc[nxt].lower_ in lexicon.numbers()["multipliers"]:
        return None
    nend = _number_run(doc, nxt)
    value = parse_number([t.text for t in doc[nxt:nend]])
    return (nend, value) if value is not None else None


def find_quantities(doc: Doc) -> list[Quantity]:
    """Every quantity expression in the Doc, left to right, non-overlapping."""
    found: list[Quantity] = []
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            quantity = _quantity_at(doc, i, sent.start, sent.end)
            if quantity is None:
                i += 1
                continue
            found.append(quantity)
            i = quantity.end
    return found


def _quantity_at(doc: Doc, i: int, sent_start: int, sent_end: int) -> Quantity | None:
    vague = _vague_at(doc, i)
    if vague is not None:
        end, bounds = vague
        first, _ = _modifier_before(doc, i, sent_start)
        low, high = bounds["low"], bounds["high"]
        value = low if low is not None and low == high else None
        return Quantity(first, end, end - 1, as_number(value), low, high, vague=value is None)
    if not is_number_token(doc[i]) or doc[i].text in ("-", "‐"):
        return None
    end = min(_number_run(doc, i), sent_end)
    value = parse_number([t.text for t in doc[i:end]])
    if value is None:
        return None
    first, kind = _modifier_before(doc, i, sent_start)
    if first == i and i > sent_start and doc[i - 1].lower_ == "between":
        first = i - 1
    upper = _range_after(doc, end, sent_end)
    if upper is not None and upper[1] > value:
        return Quantity(first, upper[0], upper[0] - 1, None, as_number(value), as_number(upper[1]))
    v, low, high = _bounds(value, kind)
    return Quantity(first, end, end - 1, as_number(v), as_number(low), as_number(high))
