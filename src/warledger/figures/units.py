"""What a figure counts: the counted noun of a quantity and its canonical unit."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..claims import lexicon as claims_lexicon
from . import lexicon
from .quantities import Quantity

_NOUNS = ("NOUN", "PROPN")
_NOUN_DEPS = ("nummod", "quantmod", "amod", "nmod", "compound", "det", "appos")


def counted_noun(doc: Doc, quantity: Quantity) -> Token | None:
    """The noun the quantity counts ('45 Ukrainian drones' -> drones, 'dozens of people' -> people),
    or None when the noun is left out ('79 were hospitalised')."""
    anchor = doc[quantity.anchor]
    of_noun = _of_complement(anchor)
    if of_noun is not None and (quantity.vague or _is_bare_partitive(doc, quantity)):
        return of_noun
    head = anchor.head
    if anchor.dep_ in _NOUN_DEPS and head.pos_ in _NOUNS and head.i >= quantity.end:
        if head.pos_ == "PROPN" and head.dep_ == "compound":
            return _phrase_head(head)  # 'Seventeen Nigerien soldiers': a name modifies the noun counted
        return head
    found = _next_noun(doc, quantity) or of_noun
    if found is None and anchor.dep_ == "pobj" and (estimate := estimated_count(anchor.head)) is not None:
        return estimate[1]  # 'put the number of people killed at 31': people
    return found


def estimated_count(prep: Token) -> tuple[Token, Token | None] | None:
    """'Officials put the number of people killed at 31', 'puts the number of Georgians detained this
    year at 20': the value hangs on the participle of what befell the counted; when the participle sits
    in the object of a verb of totals whose head is a placeholder ('number', 'figure'), returns the
    participle and the counted noun ('people', 'Georgians'; None when the object names none)."""
    verb = prep.head
    if prep.lower_ not in ("at", "to") or verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("acl", "advcl", "relcl"):
        return None
    totals = lexicon.roles()["total_verbs"]
    placeholders = lexicon.word_set("figures_units", "placeholders")
    for ancestor in list(verb.ancestors)[:4]:
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        if ancestor.lemma_.lower() not in totals:
            return None
        obj = next((c for c in ancestor.children if c.dep_ == "dobj" and c.lemma_.lower() in placeholders), None)
        if obj is None or not obj.i < verb.i:
            return None
        return verb, _of_complement(obj)
    return None


def _of_complement(anchor: Token) -> Token | None:
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in _NOUNS:
                    return pobj
    return None


def _is_bare_partitive(doc: Doc, quantity: Quantity) -> bool:
    """'thousands of people', 'two of the drones': the number is followed directly by 'of'."""
    return quantity.end < len(doc) and doc[quantity.end].lower_ == "of"


def _next_noun(doc: Doc, quantity: Quantity) -> Token | None:
    """The noun right after the quantity, across adjectives and compounds, when the parse left it
    unattached ('1 500 houses', '2.14 lakh people')."""
    sent_end = doc[quantity.anchor].sent.end
    for i in range(quantity.end, min(quantity.end + 4, sent_end)):
        token = doc[i]
        if token.pos_ == "ADJ" or token.dep_ == "compound" or token.text == "-":
            continue
        if token.pos_ == "NOUN":
            return _phrase_head(token)
        return None
    return None


def _phrase_head(token: Token) -> Token:
    """From a compound modifier to the noun it modifies ('oil' -> 'depot')."""
    while token.dep_ == "compound" and token.head.pos_ in _NOUNS and token.head.i > token.i:
        token = token.head
    return token


def unit_text(noun: Token) -> str:
    """The counted noun in the singular, with the noun compound right before it when it says what kind
    of thing the noun is ('oil depot'), not what it measures ('500-pound bombs'), whose or where it
    is ('army vehicles', 'border villages'), unless the lexicon lists the compound ('army base')."""
    head = _singular(noun)
    compound = next((child for child in noun.children if child.dep_ == "compound" and child.pos_ == "NOUN"
                     and not child.like_num and child.i == noun.i - 1), None)
    parts = [compound.lemma_.lower()] if compound is not None else []
    if parts and not _is_listed(f"{parts[0]} {head}") and (
        _is_measure_modifier(compound)
        or parts[0] in lexicon.word_set("figures_units", "owner_modifiers") and not is_person_unit(head)
    ):  # of people, the modifier makes a title: 'village chief', 'army officer'
        parts = []
    return " ".join(parts + [head])


def _is_measure_modifier(word: Token) -> bool:
    """'500-pound bombs', '10 ton trucks': a measure with its number before the noun ('barrel bomb' is a kind)."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return (word.lemma_.lower() in lexicon.word_set("figures_units", "measure_units") and before is not None
            and (before.text == "-" or before.like_num))


def _is_listed(compound: str) -> bool:
    """A compound the lexicon knows as a unit of its own ('army base', 'aid worker', 'glide bomb')."""
    return (compound in lexicon.units()["aliases"]
            or any(compound in lexicon.word_set("figures_units", key)
                   for key in ("compound_units", "person_units", "munition_units")))


def _singular(noun: Token) -> str:
    """The noun as the alias table knows it ('UAVs' -> 'uavs'), else its lemma."""
    if noun.lower_ in lexicon.units()["aliases"]:
        return noun.lower_
    lemma = noun.lemma_.lower() or noun.lower_
    if noun.tag_ in ("NNPS", "NNS") and lemma == noun.lower_ and lemma.endswith("s") and lemma[:-1] in _people_nouns():
        return lemma[:-1]  # the tagger leaves proper plurals as written: 'Palestinians' -> palestinian
    return lemma


def normalise_unit(unit: str | None) -> str | None:
    """Canonical unit: people -> person, UAVs -> drone, servicemen -> soldier, families -> household.
    Compounds whose head has an alias keep their modifier ('attack drone' -> drone via alias table,
    'oil depot' stays)."""
    if not unit:
        return None
    aliases = lexicon.units()["aliases"]
    unit = unit.lower().strip()
    if not unit or unit in lexicon.word_set("figures_units", "placeholders"):
        return None
    if unit in aliases:
        return aliases[unit]
    words = unit.split()
    if len(words) > 1 and words[-1] in aliases and aliases[words[-1]] in ("person", "drone", "missile", "soldier"):
        return aliases[words[-1]]
    if words[-1] in aliases:
        return " ".join(words[:-1] + [aliases[words[-1]]])
    return unit


def role_noun(unit: str | None) -> tuple[str, str] | None:
    """(unit, role) for nouns that name what happened ('deaths' -> person, killed; 'IDPs' -> displaced)."""
    if not unit:
        return None
    nouns = lexicon.units()["role_nouns"]
    word = _last_word(unit)
    entry = nouns.get(word) or (nouns.get(word[:-1]) if word.endswith("s") else None)
    return (entry[0], entry[1]) if entry else None


def _last_word(unit: str | None) -> str:
    words = (unit or "").split()
    return words[-1] if words else ""


def is_person_unit(unit: str | None) -> bool:
    """'civilian', 'soldier', and the nouns of peoples: 'palestinian' ('42 Palestinians'), 'christian'."""
    word = _last_word(unit)
    return word in lexicon.word_set("figures_units", "person_units") or word in _people_nouns()


def is_people_noun(unit: str | None) -> bool:
    """'palestinian', 'christian': a people named by nation, faith or ethnicity."""
    return _last_word(unit) in _people_nouns()


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    # nationality nouns are the claimant catalogue's demonyms
    return lexicon.word_set("figures_units", "people_groups") | frozenset(claims_lexicon.actors().by_demonym)


def is_munition_unit(unit: str | None) -> bool:
    if not unit:
        return False
    munitions = lexicon.word_set("figures_units", "munition_units")
    return unit in munitions or _last_word(unit) in munitions


def is_measure_unit(unit: str | None) -> bool:
    if not unit:
        return False
    measures = lexicon.word_set("figures_units", "measure_units")
    return unit in measures or _last_word(unit) in measures
