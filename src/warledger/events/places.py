"""Where an event happened: the most specific place its sentences name as a location."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..claims import lexicon as claims_lexicon
from ..datelines import dateline_end
from ..models import Place
from . import lexicon

#: most specific first
_SPECIFICITY = ("site", "populated_place", "admin2", "admin1", "region", "country", "other")
_LOCATIVE_PREPS = ("in", "over", "near", "into", "at", "on", "across", "outside", "around", "inside", "of", "from", "to")


def place_in(doc: Doc, sentence: Span, places: Sequence[Place], sources: Sequence[tuple[int, int]] = ()) -> int | None:
    """Index of the most specific place named in the sentence, locative mentions ('in Kursk',
    'over the Moscow region') before others; never a demonym or a place inside who speaks
    ('Russia's Defence Ministry said'), nor a union of states named as a body ('talks on joining
    the European Union'; 'in the EU' is still a location)."""
    best = None
    for index, place in enumerate(places):
        if not (sentence.start_char <= place.start < sentence.end_char) or _is_demonym(place):
            continue
        if _is_organisation(place) and not _is_locative(doc, place):
            continue
        if any(start <= place.start < end for start, end in sources):
            continue
        key = (place.start < dateline_end(doc.text), not _is_locative(doc, place), _rank(place), place.start)
        if best is None or key < best[0]:
            best = (key, index)
    return best[1] if best else None


def _is_demonym(place: Place) -> bool:
    """'Israeli', 'Russian': a people named, not a place where something happened."""
    return place.text.lower() in _demonyms()


def _is_organisation(place: Place) -> bool:
    """'the European Union', 'NATO': a place name the actor catalogue knows as an organisation."""
    actor = claims_lexicon.actors().actors.get(place.text.lower())
    return actor is not None and actor.type == "organisation"


@lru_cache(maxsize=None)
def _demonyms() -> frozenset[str]:
    return frozenset(d for c in lexicon.actors()["countries"].values() for d in c["demonyms"])


def _rank(place: Place) -> int:
    return _SPECIFICITY.index(place.feature) if place.feature in _SPECIFICITY else len(_SPECIFICITY)


def _is_locative(doc: Doc, place: Place) -> bool:
    """The place is the object of a locative preposition, or modifies one ('Russia's western Kursk region')."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(3):
        if token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE_PREPS:
            return True
        if token.dep_ in ("compound", "poss", "amod", "nmod", "appos") and token.head.i != token.i:
            token = token.head
            continue
        return False
    return False


def nearest_place_before(doc: Doc, position: int, sents: Sequence[Span], places: Sequence[Place],
                         max_sentences: int = 3, sources: Sequence[tuple[int, int]] = ()) -> int | None:
    """A place from the few sentences before sentence number `position` (the setting carried over)."""
    for back in range(1, max_sentences + 1):
        if position - back < 0:
            break
        found = place_in(doc, sents[position - back], places, sources)
        if found is not None:
            return found
    return None


_SETTING_NAMES = 3  # distinct place names that make a country the report's setting


def setting_instead(places: Sequence[Place], index: int | None, near: int) -> int | None:
    """The place to use instead of place `index` when that one is a stray reading of the geocoder: the
    only place name of its country in a report set in another country (three or more names there),
    its country never named ('Boni' read as a German village in a report on Mali); then the report's
    setting, the place of that country nearest character offset `near` (never a demonym). None when
    the place stands."""
    if index is None or places[index].country is None:
        return None
    names: dict[str, set[str]] = {}
    named: set[str] = set()
    for place in places:
        if place.country:
            names.setdefault(place.country, set()).add(place.text.lower())
            if place.feature == "country":
                named.add(place.country)
    iso = places[index].country
    if iso in named or len(names[iso]) > 1:
        return None
    settings = [c for c, n in names.items() if c != iso and len(n) >= _SETTING_NAMES]
    if len(settings) != 1:
        return None
    best = None
    for i, place in enumerate(places):
        if place.country != settings[0] or _is_demonym(place):
            continue
        key = (abs(place.start - near), _rank(place))
        if best is None or key < best[0]:
            best = (key, i)
    return best[1] if best else None
