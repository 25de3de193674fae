"""Numbers that are not counts of anything that happened: dates, years, ages, times of day, money,
percentages, measures and durations, ordinals, identifiers and model numbers."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import lexicon
from .quantities import Quantity
from .units import estimated_count, is_measure_unit

_NON_COUNT_ENTS = ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_AGE_AFTER = re.compile(r"^\s?-?\s?(years?|months?|weeks?|days?)[\s-]*old\b|^\s?-?\s?year-old", re.I)
_ATTACHED_BEFORE = re.compile(r"[A-Za-z]-?$")


def is_non_count(doc: Doc, quantity: Quantity, unit: str | None) -> bool:
    """Whether the quantity is a date, age, measure... rather than a count."""
    if quantity.article:
        return False
    first = doc[quantity.start]
    number_start = _first_number_token(doc, quantity)
    return (
        is_measure_unit(unit)
        or _next_is_measure(doc, quantity)
        or _is_date_or_year(doc, quantity, number_start, unit)
        or _is_age(doc, quantity, number_start)
        or _is_money(doc, number_start)
        or _is_identifier(doc, number_start)
        or _is_one_of(doc, quantity)
        or _is_compound_measure(doc, quantity)
        or (unit is None and _is_apposed_age(doc, quantity, number_start))
        or (first.ent_type_ in ("MONEY", "PERCENT", "ORDINAL", "TIME") and unit is None)
    )


def _is_compound_measure(doc: Doc, quantity: Quantity) -> bool:
    """'a five-storey building', 'a two-day truce', 'a three-member team', '12-hour curfew': a number
    hyphenated to a singular noun makes an adjective of size or duration, not a count."""
    hyphen = quantity.end
    if hyphen + 1 >= len(doc) or doc[hyphen].text not in ("-", "‐") or doc[hyphen - 1].whitespace_ or doc[hyphen].whitespace_:
        return False
    word = doc[hyphen + 1]
    if not word.is_alpha or word.pos_ not in ("NOUN", "PROPN") or word.tag_ in ("NNS", "NNPS"):
        return False
    modified = word.head
    return modified.i > word.i and modified.pos_ in ("NOUN", "PROPN")


def _first_number_token(doc: Doc, quantity: Quantity) -> Token:
    modifiers = lexicon.numbers()["modifiers"]
    i = quantity.start
    while i < quantity.anchor and (doc[i].lower_ in modifiers or doc[i].lower_ in ("than", "least", "to", "as", "many", "between", "of")):
        i += 1
    return doc[i]


def _next_is_measure(doc: Doc, quantity: Quantity) -> bool:
    """'70 km', '25%', '8 a.m.', '173mm'."""
    if quantity.end >= len(doc):
        return False
    nxt = doc[quantity.end]
    return is_measure_unit(nxt.lower_) or nxt.text in ("%", ":")


def _is_date_or_year(doc: Doc, quantity: Quantity, number: Token, unit: str | None) -> bool:
    months = lexicon.word_set("figures_units", "month_names")
    neighbours = [doc[j].lower_.rstrip(".") for j in (number.i - 1, quantity.end) if 0 <= j < len(doc)]
    if any(n in months for n in neighbours):
        return True
    if quantity.end - quantity.start == 1 and _YEAR.match(number.text) and (unit is None or number.ent_type_ == "DATE"):
        return True
    too_long_for_a_date = len(number.text.replace(",", "")) > 4
    return number.ent_type_ in ("DATE", "TIME") and unit is None and not too_long_for_a_date


def _is_age(doc: Doc, quantity: Quantity, number: Token) -> bool:
    """'aged 25', '25-year-old', '25 years old'."""
    if number.i > 0 and doc[number.i - 1].lower_ in lexicon.word_set("figures_units", "age_words"):
        return True
    rest = doc.text[doc[quantity.end - 1].idx + len(doc[quantity.end - 1].text) :][:16]
    return bool(_AGE_AFTER.match(rest))


def _is_apposed_age(doc: Doc, quantity: Quantity, number: Token) -> bool:
    """'Halyna Petrenko, 67, has lived here', 'her husband, then 71,', 'at 67': a bare number set off
    after a person."""
    if number.i > 0 and doc[number.i - 1].lower_ == "at" and number.head.i == number.i - 1 and not _is_toll(doc[number.i - 1]):
        return True
    before = [t for t in doc[max(0, quantity.start - 3) : quantity.start] if t.lower_ not in ("then", "now", "aged")]
    after = doc[quantity.end] if quantity.end < len(doc) else None
    set_off = bool(before) and before[-1].text == "," and (after is None or after.text in (",", ".", ")"))
    if not set_off or len(before) < 2:
        return False
    person = before[-2]
    return person.ent_type_ == "PERSON" or person.lower_ in lexicon.word_set("figures_units", "person_units") or person.lower_ in ("husband", "wife", "son", "daughter", "mother", "father", "brother", "sister")


def _is_toll(prep: Token) -> bool:
    """'stood at 12', 'rose to 31': the number is a total, not an age."""
    return prep.head.lemma_.lower() in lexicon.roles()["total_verbs"] or estimated_count(prep) is not None


def _is_money(doc: Doc, number: Token) -> bool:
    symbols = lexicon.word_set("figures_units", "currency_symbols")
    return number.i > 0 and doc[number.i - 1].text.lower() in symbols


def _is_identifier(doc: Doc, number: Token) -> bool:
    """'Highway 15', 'Su-34', 'Covid-19', 'Resolution 2231': a number naming, not counting."""
    before = doc.text[max(0, number.idx - 3) : number.idx]
    if before.endswith("-") and _ATTACHED_BEFORE.search(before):
        return True
    if number.i == 0:
        return False
    prev = doc[number.i - 1]
    heads = lexicon.word_set("figures_units", "identifier_heads")
    return prev.lower_ in heads and (prev.text[:1].isupper() or not _counts_a_noun(number))


def _counts_a_noun(number: Token) -> bool:
    return number.dep_ in ("nummod", "quantmod") and number.head.i > number.i


def _is_one_of(doc: Doc, quantity: Quantity) -> bool:
    """'one of the largest attacks': a partitive, not a count."""
    return (
        doc[quantity.anchor].lower_ == "one"
        and quantity.end < len(doc)
        and doc[quantity.end].lower_ == "of"
    )
