"""Which ACLED sub-event type a stretch of text describes, from the trigger lexicon
(lang/en/events_triggers.json): word groups, a few groups read from the parse (who took ground,
who the victims were), and weighted rules that combine them."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ..figures.units import is_people_noun, is_person_unit
from ..models import Figure
from . import lexicon
from .actors import SPEECH_VERBS, names_armed_group, sides_in

_NON_WORD = re.compile(r"[^a-z0-9']+")
_VICTIM_ROLES = ("killed", "injured", "captured", "hospitalised", "missing")
_TARGET_ROLES = ("struck", "damaged", "destroyed")
_YEAR = re.compile(r"(1[89]|20)\d\d")
_YEAR_DEPS = ("nummod", "compound", "amod", "npadvmod", "nmod")
_NON_TRIGGER_ENTS = ("DATE", "TIME", "PERSON", "WORK_OF_ART")


@dataclass(frozen=True)
class Trigger:
    """The winning rule for a stretch of text. `sub_event_type` None: the text reports no ACLED event."""

    sub_event_type: str | None
    event_type: str | None
    weight: float
    groups: frozenset[str]
    requires: frozenset[str] = frozenset()
    vague: bool = False  # names the event only vaguely ('an attack'): it may refer to one told nearby
    joins: bool = False  # undated, it tells more of the violent event just before ('11 houses were damaged')


def normalise(text: str) -> str:
    """Lower case, words separated by single spaces, padded: ' air strike '."""
    return " " + " ".join(_NON_WORD.sub(" ", text.lower()).split()) + " "


@lru_cache(maxsize=None)
def _rewrites() -> tuple[tuple[str, str], ...]:
    return tuple((normalise(a), normalise(b)) for a, b in lexicon.triggers()["rewrites"].items())


def _rewritten(text: str) -> str:
    for phrase, replacement in _rewrites():
        text = text.replace(phrase, replacement)
    return text


@lru_cache(maxsize=None)
def _group_terms() -> dict[str, tuple[str, ...]]:
    return {name: tuple(normalise(t) for t in terms) for name, terms in lexicon.triggers()["groups"].items()}


def _has_term(text: str, group: str) -> bool:
    norm = normalise(text)
    return any(t in norm for t in _group_terms()[group])


def groups_in(span: Span) -> set[str]:
    """The trigger groups whose words occur in the span (as written or as lemmas)."""
    history = _named_by_year(span)
    words = [t for t in span if t.ent_type_ not in _NON_TRIGGER_ENTS and t.i not in history]  # 'until March 2027' is no march, Ms Lynch no lynching
    people = _people_neutralised(span)  # not read as an interception; the figure's role says killed
    surface = _rewritten(normalise(" ".join("" if t.i in people else t.text for t in words)))
    lemmas = _rewritten(normalise(" ".join("" if t.i in people else t.lemma_ for t in words)))
    return {name for name, terms in _group_terms().items() if any(t in surface or t in lemmas for t in terms)}


_NEUTRALISE = frozenset({"neutralise", "neutralize", "neutralised", "neutralized"})


def _people_neutralised(span: Span) -> set[int]:
    """'neutralised 16 terrorists', 'more than 100 terrorists were neutralised': military speech for
    killing people, not the interception of a weapon (which is neutralised as a drone or a missile is)."""
    found = set()
    for token in span:
        if token.lower_ not in _NEUTRALISE and token.lemma_.lower() not in _NEUTRALISE:
            continue
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if token.dep_ in ("acl", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
            objects.append(token.head)  # 'the neutralised terrorists'
        if any(_names_people(o) for o in objects):
            found.add(token.i)
    return found


def _names_people(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    data = lexicon.triggers()
    return (lemma in data["armed_units"] or lemma in data["civilian_units"] or is_people_noun(lemma)
            or noun.lower_ in ("people", "members", "elements") or _has_term(noun.text, "nonstate"))


def _weapons_seized(span: Span) -> bool:
    """Whether a verb of seizing, finding or destroying acts on the weapons named: its object (or its
    passive subject, or the noun after 'seizure of') is a weapon ('seized 40 rifles', 'a cache of
    grenades was found', 'the seizure of explosives'), not a building the weapons destroyed."""
    verbs = {t.strip() for t in _group_terms()["seize_verbs"]}
    for token in span:
        if token.lower_ not in verbs and token.lemma_.lower() not in verbs:
            continue
        targets = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "pobj", "conj", "appos")]
        targets += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        targets += [g for c in token.children if c.dep_ in ("ccomp", "xcomp")  # 'discovered ammunition believed to ...'
                    for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if token.dep_ in ("amod", "acl", "relcl") and token.head.i != token.i:
            targets.append(token.head)  # 'the seized weapons', 'weapons found in the house'
        for target in targets:
            if any(_has_term(f"{t.text} {t.lemma_}", "weapon_objects") for t in target.subtree):
                return True
    return False


def _named_by_year(span: Span) -> set[int]:
    """Tokens of noun phrases named by their year ('the 2017 chemical weapons attack', 'the 2015
    nuclear agreement'): a past event referred to, not one reported."""
    found: set[int] = set()
    for token in span:
        head = token.head
        if (token.ent_type_ == "DATE" and _YEAR.fullmatch(token.text) and token.dep_ in _YEAR_DEPS
                and head.pos_ == "NOUN" and head.i > token.i):
            found.update(range(head.left_edge.i, head.i + 1))
    return found


def parsed_groups(span: Span, figures: Iterable[Figure], words: set[str]) -> set[str]:
    """Groups read from the parse and the figures: who took ground, who the victims were."""
    figures = list(figures)
    groups = set()
    if any(figure.role == "captured" and is_person_unit(figure.unit) for figure in figures):
        groups.add("captured_people")
    for taker in _territory_takers(span):
        if _has_term(taker, "nonstate") or names_armed_group(taker):
            groups.add("taken_by_nonstate")
        elif _has_term(taker, "state_forces") or _names_a_state(taker):
            groups.add("taken_by_state")
    data = lexicon.triggers()
    for figure in figures:
        if figure.role in _TARGET_ROLES and figure.unit and not is_person_unit(figure.unit):
            groups.add("struck_targets")
        if figure.role not in _VICTIM_ROLES or not figure.unit:
            continue
        head = figure.unit.split()[-1]
        if head in data["armed_units"]:
            groups.add("victims_armed")
        elif head in data["civilian_units"] or is_people_noun(head):  # '12 Palestinians', '40 Christians'
            groups.add("victims_civilian")
    if "fighting" in words and ({"nonstate", "state_forces"} & words):
        groups.add("fighting_armed")
    victims = [(f.start, f.end) for f in figures if f.role in _VICTIM_ROLES]
    parties = {side.iso for side in sides_in(span) if side.iso and not side.location
               and not any(start <= side.token.idx < end for start, end in victims)}  # '42 Palestinians' were killed
    if len(parties) >= 2:
        groups.add("interstate")
    return groups


def _territory_takers(span: Span) -> list[str]:
    """The agents of the capture and regain verbs in the span ('Syrian troops' recaptured ...)."""
    single = {t.strip() for g in ("capture", "regain") for t in _group_terms()[g] if " " not in t.strip()}
    single |= {"take", "seize", "gain", "recover"}  # verbs read as taking ground only with ground as object
    regain = {t.strip() for t in _group_terms()["regain"] if " " not in t.strip()} | {"retake", "recapture", "regain", "liberate"}
    agents = []
    for token in span:
        if token.pos_ != "VERB" or (token.lemma_.lower() not in single and token.lower_ not in single):
            continue
        agent = _agent(token)
        if agent and (_takes_ground(token) or (token.lemma_.lower() in regain and _object_is_it(token))):
            agents.append(agent)
    return agents


def _object_is_it(verb: Token) -> bool:
    """'government troops recaptured it': what is regained and called 'it' is the ground lost before."""
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)


def _takes_ground(verb: Token) -> bool:
    """The verb's object is ground (a town, an area, control), not people or goods."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr") or (child.dep_ == "prt"):
            for token in _what_is_taken(child):
                words = f"{token.text} {token.lemma_}"  # 'the regions' is ground as 'the region' is
                if token.ent_type_ in ("GPE", "LOC", "FAC") or _has_term(words, "territory_objects"):
                    return True
    return False


def _what_is_taken(head: Token) -> list[Token]:
    """The object phrase without where the taking happened: 'the village of Novoserhiivka', but of
    'nine more in Apure state' only 'nine more' (people captured in a place are not the place)."""
    tokens = [head]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ != "of":
            continue
        tokens.extend(_what_is_taken(child))
    return tokens


def _agent(verb: Token) -> str | None:
    """The verb's doer as named up to its head word ('ISIS forces', 'Afghan security forces' - not what
    follows, 'in a crackdown on Taliban militants'): its subject, or its 'by' agent."""
    while verb.dep_ in ("conj", "xcomp", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    for child in verb.children:
        head = None
        if child.dep_ == "nsubj":
            head = child
        elif child.dep_ == "agent":
            head = next((g for g in child.children if g.dep_ == "pobj"), None)
        if head is not None and head.tag_ == "PRP":
            return _speaker_of(verb) or head.text
        if head is not None:
            return " ".join(t.text for t in head.subtree if t.i <= head.i)
    return None


def _speaker_of(verb: Token) -> str | None:
    """'The RSF said they had taken the base': a pronoun doer of reported speech is its speaker, the
    subject of the saying verb above it."""
    current = verb
    for _ in range(4):
        if current.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or current.head.i == current.i:
            return None
        current = current.head
        if current.lemma_.lower() in SPEECH_VERBS:
            subjects = [c for c in current.children if c.dep_ == "nsubj" and c.tag_ != "PRP"]
            return " ".join(" ".join(t.text for t in s.subtree if t.i <= s.i) for s in subjects) or None
    return None


def _names_a_state(text: str) -> bool:
    """'Ukrainian forces', 'Russia': a country or its demonym, without a non-state word."""
    norm = normalise(text)
    for country in lexicon.actors()["countries"].values():
        for word in country["demonyms"] + country["aliases"]:
            if f" {word} " in norm:
                return True
    return False


def best_trigger(groups: set[str] | frozenset[str]) -> Trigger | None:
    """The highest-weight rule whose groups all occur (and none of its 'unless' groups)."""
    best = None
    for rule in lexicon.triggers()["rules"]:
        if not set(rule["all"]) <= groups or set(rule.get("unless", ())) & groups:
            continue
        if best is None or rule["weight"] > best["weight"]:
            best = rule
    if best is None:
        return None
    sub = best["sub_event_type"]
    event_type = lexicon.event_type_of().get(sub) if sub else None
    return Trigger(sub, event_type, best["weight"], frozenset(groups), frozenset(best["all"]), best.get("vague", False),
                   best.get("joins", False))


def classify(span: Span, figures: Iterable[Figure] = ()) -> Trigger | None:
    """The trigger of a sentence or paragraph, or None when it has no trigger words."""
    words = groups_in(span)
    if {"seize_verbs", "weapon_objects"} <= words and not _weapons_seized(span):
        words.discard("seize_verbs")  # 'dropped two bombs on the village, destroying a monastery'
    return best_trigger(words | parsed_groups(span, figures, words))
