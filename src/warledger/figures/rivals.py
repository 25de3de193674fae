"""Rival counts: two parties who give different numbers for the same thing dispute each other.

"The health ministry said 38 people had been killed ... The monitor said 61 people had been killed":
neither figure is a denial, but each contradicts the other, so both are `disputed`. Two figures are
rivals when they come from two different claimants (neither the outlet's own voice nor an unresolved
pronoun), count the same unit (or people and a people named by nation or faith) with the same role,
are totals (neither is part of another figure), and their ranges cannot both be true ("at least 31"
and "18"; not "at least 31" and "40"). Only
counts of people who were killed, hurt, taken, went missing or were driven from their homes are
compared ("more than 4,300 families" displaced against a state government's "1,180 displaced
families"): counts of munitions or buildings are often of different attacks told side by side. Two
sources that name the same body by its acronym ("UNHCR spokesperson Eujin Byun", "the UN refugee
agency UNHCR") are one claimant: a spokesperson speaks for the body. A figure
told after a marker of another incident ("Separately, ...", "In a separate attack", "last year")
counts something else and is never a rival (lang/en/figures_roles.json: `other_incident_markers`),
and so does a figure whose sentence names only places apart from those of the other's ("three
injured" in Shebekino, Russia, and "five hurt" in Kharkiv, Ukraine), or marks a later count ("the
toll has risen to eight", "revised": `update_markers`). A count marked as taken back ("initially put
the toll at 12", "an earlier version of this story said 12") is disputed by a different later count of
the same thing, whoever gives it; the later count stays as it is.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc

from ..claims import lexicon as claims_lexicon
from ..models import Attribution, Figure, Place
from . import lexicon
from .units import is_people_noun, is_person_unit

#: statuses a rival count overrides: a figure the text says was independently confirmed stays so
_OVERRIDDEN = ("unstated", "unverified")
_ROLES = frozenset({"killed", "injured", "hospitalised", "missing", "captured", "detained", "displaced"})
#: roles whose counts need not be of people: "1,180 displaced families", "4,000 households"
_ANY_UNIT_ROLES = frozenset({"displaced"})
#: an acronym in a source's words: "UNHCR", "OCHA", "ICRC"
_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "who"})
#: "five of them", "two of the attackers": part of a group told before, not a toll of its own
_PARTITIVE = re.compile(r"^[\w,.-]+(?:\s+[\w,.-]+)?\s+of\s+(?:them|those|these|the|its|their)\b", re.IGNORECASE)


@lru_cache(maxsize=None)
def _markers(key: str) -> re.Pattern:
    words = lexicon.roles().get(key, [])
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def _other_incident() -> re.Pattern:
    return _markers("other_incident_markers")


def dispute_rival_counts(doc: Doc, figures: Sequence[Figure], attributions: Sequence[Attribution]) -> None:
    """Mark every pair of rival counts `disputed`, and the attributions that give them (in place)."""
    candidates = []
    for index, figure in enumerate(figures):
        if figure.role not in _ROLES \
                or not (is_person_unit(figure.unit) or figure.role in _ANY_UNIT_ROLES) \
                or _PARTITIVE.match(figure.text + doc.text[figure.end:figure.end + 20]):
            continue
        claimant = _claimant(figure, attributions)
        if claimant is None or _hypothetical(doc, figure):
            continue
        candidates.append((index, figure, claimant, _acronyms(attributions[figure.attribution])))
    rivals: set[int] = set()
    for n, (i, a, claimant_a, acronyms_a) in enumerate(candidates):
        for j, b, claimant_b, acronyms_b in candidates[n + 1:]:
            if a.role != b.role or not _same_kind(a.unit, b.unit) or _other_nations(a, b):
                continue
            if not _disjoint(a, b) or _other_incident_between(doc, a, b) or _places_apart(doc, a, b):
                continue
            old = [k for k, figure in ((i, a), (j, b)) if _superseded(doc, figure)]
            if len(old) == 1:
                rivals.add(old[0])  # "initially put the toll at 12": the count taken back is contradicted
                continue
            if a.part_of is not None or b.part_of is not None:
                continue  # totals only: "seven women and four children were among the dead"
            if _same_claimant(claimant_a, claimant_b) or acronyms_a & acronyms_b or _updates(doc, a, b):
                continue
            rivals |= {i, j}
    for index in rivals:
        figure = figures[index]
        if figure.verification in _OVERRIDDEN:
            figure.verification = "disputed"
        attribution = attributions[figure.attribution]  # a rival always has one
        if attribution.verification in _OVERRIDDEN:
            attribution.verification = "disputed"  # the claim that gives a contradicted count


#: modals that make a count a possibility, not a count of what happened
_MODALS = frozenset({"could", "would", "may", "might", "will", "should", "can", "shall"})


def _hypothetical(doc: Doc, figure: Figure) -> bool:
    """"up to two million people could be displaced", "the worst case of 320,000 deaths is projected":
    a count under a modal or a projection says what may happen, and contradicts no count of what did."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(4):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in token.children):
            return True
        if token.lemma_.lower() in ("project", "forecast", "predict", "expect") and token.tag_ == "VBN":
            return True
        if token.head is token:
            break
        token = token.head
    return False


def _other_nations(a: Figure, b: Figure) -> bool:
    """'four Thai civilians' and 'three Cambodian civilians': people of two nations are not the same dead."""
    here, there = _nation(a), _nation(b)
    return here is not None and there is not None and here != there


def _nation(figure: Figure) -> str | None:
    demonyms = claims_lexicon.actors().by_demonym
    for word in re.findall(r"[\w'-]+", figure.text.lower()):
        if word in demonyms:
            return demonyms[word].iso2
    return None


def _same_kind(a: str | None, b: str | None) -> bool:
    """The same unit, or people and a people named by nation or faith ('18 people', '40 Christians')."""
    if a == b:
        return True
    other = b if a == "person" else a if b == "person" else None
    return other is not None and is_people_noun(other)


def _claimant(figure: Figure, attributions: Sequence[Attribution]) -> str | None:
    if figure.attribution is None or not 0 <= figure.attribution < len(attributions):
        return None
    attribution = attributions[figure.attribution]
    if attribution.claimant is not None and attribution.claimant.name:
        name = attribution.claimant.name
    elif attribution.source is not None:
        name = attribution.source.text
    else:
        return None
    name = " ".join(re.findall(r"\w+", name.lower()))
    return None if not name or name in _PRONOUNS else name


def _acronyms(attribution: Attribution) -> frozenset[str]:
    """The acronyms the source's words name ('UNHCR spokesperson Eujin Byun' -> {'UNHCR'})."""
    return frozenset(_ACRONYM.findall(attribution.source.text)) if attribution.source is not None else frozenset()


def _same_claimant(a: str, b: str) -> bool:
    """'the health ministry' and 'health ministry', 'Haddad' and 'Karim Haddad': one name holds the other."""
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _bounds(figure: Figure) -> tuple[float, float]:
    low = figure.low if figure.low is not None else figure.value
    high = figure.high if figure.high is not None else (figure.value if figure.low is None else None)
    return (float(low) if low is not None else 0.0), (float(high) if high is not None else float("inf"))


def _disjoint(a: Figure, b: Figure) -> bool:
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    return a_high < b_low or b_high < a_low


def _other_incident_between(doc: Doc, a: Figure, b: Figure) -> bool:
    """True when either figure's sentence, or the sentence that leads into the second in its paragraph
    ("In a separate attack on Tuesday, gunmen stormed a market. Police said three people were killed"),
    marks another incident. A marker in a sentence between them that leads into neither ("four women
    abducted last year") says nothing of the second count."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    first_span = doc.char_span(first.start, first.end, alignment_mode="expand")
    second_span = doc.char_span(second.start, second.end, alignment_mode="expand")
    if first_span is None or second_span is None:
        return False
    windows = [(first_span.sent.start_char, first_span.sent.end_char),
               (second_span.sent.start_char, second_span.sent.end_char)]
    lead = second_span.sent.start - 1
    if lead >= 0 and "\n" not in doc.text[doc[lead].sent.end_char - 1:second_span.sent.start_char]:
        windows.append((doc[lead].sent.start_char, doc[lead].sent.end_char))
    return any(_other_incident().search(doc.text, begin, end) for begin, end in windows)


def _superseded(doc: Doc, figure: Figure) -> bool:
    """A count its own sentence marks as taken back or replaced ("The command initially put the death
    toll at 12", "An earlier version of this story said 12 soldiers had been killed"):
    `superseded_markers`."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    return bool(_markers("superseded_markers").search(doc.text, sent.start_char, figure.start))


def _updates(doc: Doc, a: Figure, b: Figure) -> bool:
    """True when the later figure's sentence marks a later count of the same thing ("the toll has risen
    to eight", "revised the figure"): a toll that changed is no rival of the one before it."""
    second = b if a.start <= b.start else a
    span = doc.char_span(second.start, second.end, alignment_mode="expand")
    if span is None:
        return False
    return bool(_markers("update_markers").search(doc.text, span.sent.start_char, span.sent.end_char))


def _places_apart(doc: Doc, a: Figure, b: Figure) -> bool:
    """True when both figures' sentences name places and no place of one can hold or be a place of the
    other (another country, or another first-level division of the same country)."""
    here, there = _sentence_places(doc, a), _sentence_places(doc, b)
    if not here or not there:
        return False
    return not any(_compatible(p, q) for p in here for q in there)


def _sentence_places(doc: Doc, figure: Figure) -> list[Place]:
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return []
    sent = span.sent
    demonyms = claims_lexicon.actors().by_demonym
    # a nationality word ('Thai shells') names a people, not where the count was made
    return [p for p in (doc._.wl_places or []) if sent.start_char <= p.start < sent.end_char and p.country
            and p.text.lower() not in demonyms]


def _compatible(p: Place, q: Place) -> bool:
    if p.geonames_id is not None and p.geonames_id == q.geonames_id:
        return True
    if p.country != q.country:
        return False
    return not p.admin1 or not q.admin1 or p.admin1 == q.admin1
