"""ACLED fatalities: the most conservative reported number of people killed ('dozens' = 12)."""
from __future__ import annotations

from collections.abc import Iterable

from ..figures.numbers import parse_numeral, word_value
from ..figures.units import is_munition_unit, is_people_noun
from ..figures.subsets import is_increment
from ..models import Figure
from . import lexicon


def fatalities(figures: Iterable[Figure]) -> int | None:
    """Sum over the kinds of people killed of the lowest figure reported for each kind, or a bare total
    ('45 killed') when that is lower, plus the increments reported on top of it ('another three died');
    a vague word ('dozens' = 12) counts only when no number is told. None when the event has no
    killed figure. Parts ('including four children', 'three more bodies' of
    a toll that 'has risen to nine') are already in their whole."""
    killed = [f for f in figures if f.role == "killed" and f.part_of is None and not is_munition_unit(f.unit)]
    if any(not _is_vague(f) for f in killed):
        killed = [f for f in killed if not _is_vague(f)]  # 'Dozens killed ... at least 41 civilians': the number told
    lowest: dict[str, int] = {}
    totals: list[int] = []
    added = 0
    for figure in killed:
        number = reported_number(figure)
        if number is None:
            continue
        if is_increment(figure.text):
            added += number  # 'another three died in hospital': on top of the toll reported before
            continue
        if _is_bare(figure):
            totals.append(number)  # '45 killed': everyone, whoever they were
            continue
        kind = _kind(figure.unit)
        lowest[kind] = min(number, lowest.get(kind, number))
    reports = totals + ([sum(lowest.values())] if lowest else [])
    if not reports:
        return added or None
    return min(reports) + added


def _is_vague(figure: Figure) -> bool:
    """'dozens', 'scores of people', 'several': a count given by a vague word, not a number."""
    return figure.value is None and reported_number(figure) != figure.low


def _is_bare(figure: Figure) -> bool:
    """A number that names no noun ('JNIM claimed 45 killed'): a report of all the dead."""
    last = figure.text.split()[-1] if figure.text.split() else ""
    return parse_numeral(last) is not None or word_value(last) is not None


def _kind(unit: str | None) -> str:
    """Who the dead were, for keeping the lowest report of each: people in general ('people',
    'civilians', 'residents') are one kind; soldiers, militants, children... each their own."""
    head = (unit or "person").split()[-1]
    return "person" if head in lexicon.acled()["generic_people"] or is_people_noun(head) else head


def reported_number(figure: Figure) -> int | None:
    """The figure as ACLED codes it: the number, ACLED's number for a vague word, else its lower bound."""
    if figure.value is not None:
        return int(figure.value)
    words = lexicon.acled()["fatality_words"]
    text = figure.text.lower()
    for word in sorted(words, key=len, reverse=True):
        if text.startswith(word) or f" {word}" in f" {text}":
            return words[word]
    if figure.low is not None:
        return int(figure.low)
    return None
