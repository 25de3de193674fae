"""The English data of claims: cue verbs, channels, verification phrases, the actor catalogue.

Read once from src/warledger/lang/en/ (attribution_cues.json, attribution_channels.json,
claims_verification.json, actors_catalogue.json). Users extend those files; nothing here is a rule.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).resolve().parent.parent / "lang" / "en"


def load_data(name: str) -> dict:
    """One of lang/en's JSON files, read afresh: callers keep what they build from it in a cache."""
    with open(LANG_DIR / name, encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def issuing() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs that issue a document and the nouns of documents ("issued a statement", "sent a
    correction": attribution_cues.json issuing_verbs, document_nouns)."""
    data = load_data("attribution_cues.json")
    return frozenset(data.get("issuing_verbs", [])), frozenset(data.get("document_nouns", []))


@dataclass(frozen=True)
class CueLexicon:
    speech: frozenset[str]
    cognition: frozenset[str]
    stance: frozenset[str]
    prep_cues: dict[str, tuple[str, ...]]
    phrase_cues: tuple[str, ...]
    noun_cues: frozenset[str]
    reporting_adverbs: frozenset[str]
    takes_infinitive: frozenset[str]
    first_person_sources: frozenset[str]
    clause_or_quote_only: frozenset[str]
    recipient_verbs: frozenset[str]
    pro_forms: frozenset[str]
    cue_modifiers: frozenset[str]
    object_nouns: frozenset[str] = frozenset()
    raising_verbs: frozenset[str] = frozenset()
    raising_adjective_verbs: frozenset[str] = frozenset()
    passive_cues: frozenset[str] = frozenset()
    as_complement_verbs: frozenset[str] = frozenset()
    survey_nouns: frozenset[str] = frozenset()
    object_cognition: frozenset[str] = frozenset()
    clear_adjectives: frozenset[str] = frozenset()
    stance_holders: frozenset[str] = frozenset()
    survey_preps: frozenset[str] = frozenset()
    evidential_adverbs: frozenset[str] = frozenset()
    headline_labels: frozenset[str] = frozenset()
    study_object_verbs: frozenset[str] = frozenset()
    study_nouns: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    deed_verbs: frozenset[str] = frozenset()
    depiction_verbs: frozenset[str] = frozenset()
    depiction_nouns: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    negated_object_cues: frozenset[str] = frozenset()
    cue_objects: dict[str, tuple[str, ...]] = field(default_factory=dict)
    object_prep_verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def kinds(self, lemma: str) -> set[str]:
        """Which cue kinds (speech, cognition, stance) a verb lemma belongs to."""
        return {k for k in ("speech", "cognition", "stance") if lemma in getattr(self, k)}


@dataclass(frozen=True)
class ChannelLexicon:
    keywords: dict[str, str]  # lower-case phrase -> channel
    case_sensitive: dict[str, str]
    verbs: dict[str, str]
    agency_report: str
    generic: frozenset[str]  # channels that a more specific one in the same phrase overrides
    pattern: re.Pattern = field(repr=False)
    exact_pattern: re.Pattern = field(repr=False)


@dataclass(frozen=True)
class VerificationLexicon:
    patterns: tuple[tuple[str, re.Pattern], ...]  # (status, pattern), most specific first
    hedges: frozenset[str]
    anaphors: re.Pattern
    negators: re.Pattern
    multi_claim: re.Pattern
    denial_verbs: frozenset[str]
    hedge_phrases: re.Pattern = re.compile(r"(?!)")  # "are said to have been": their own sentence only
    contradictions: re.Pattern = re.compile(r"(?!)")  # "no civilians were harmed": disputed when said by someone


@dataclass(frozen=True)
class Country:
    name: str
    iso2: str
    demonyms: tuple[str, ...]
    seats: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Actor:
    name: str
    type: str
    country: str | None
    kind: str | None = None


@dataclass(frozen=True)
class ActorCatalogue:
    countries: tuple[Country, ...]
    by_name: dict[str, Country]  # lower-case name or alias -> country
    by_demonym: dict[str, Country]
    by_seat: dict[str, Country]  # "moscow", "the kremlin", "kremlin"
    actors: dict[str, Actor]  # lower-case name or alias -> actor
    persons: dict[str, Actor]  # lower-case name or alias -> a well-known speaker
    type_nouns: dict[str, str]
    titles: frozenset[str]
    military_titles: frozenset[str]
    media_titles: frozenset[str]
    armed_group_markers: tuple[str, ...]


@lru_cache(maxsize=1)
def cues() -> CueLexicon:
    data = load_data("attribution_cues.json")
    return CueLexicon(
        speech=frozenset(data["speech"]),
        cognition=frozenset(data["cognition"]),
        stance=frozenset(data["stance"]),
        prep_cues={k: tuple(v) for k, v in data["prep_cues"].items()},
        phrase_cues=tuple(data["phrase_cues"]),
        noun_cues=frozenset(data["noun_cues"]),
        reporting_adverbs=frozenset(data["reporting_adverbs"]),
        takes_infinitive=frozenset(data.get("takes_infinitive", [])),
        first_person_sources=frozenset(data.get("first_person_sources", [])),
        clause_or_quote_only=frozenset(data.get("clause_or_quote_only", [])),
        recipient_verbs=frozenset(data.get("recipient_verbs", [])),
        pro_forms=frozenset(data.get("pro_forms", [])),
        cue_modifiers=frozenset(data.get("cue_modifiers", [])),
        object_nouns=frozenset(data.get("object_nouns", [])),
        raising_verbs=frozenset(data.get("raising_verbs", [])),
        raising_adjective_verbs=frozenset(data.get("raising_adjective_verbs", [])),
        passive_cues=frozenset(data.get("passive_cues", [])),
        as_complement_verbs=frozenset(data.get("as_complement_verbs", [])),
        survey_nouns=frozenset(data.get("survey_nouns", [])),
        object_cognition=frozenset(data.get("object_cognition", [])),
        clear_adjectives=frozenset(data.get("clear_adjectives", [])),
        stance_holders=frozenset(data.get("stance_holders", [])),
        survey_preps=frozenset(data.get("survey_preps", [])),
        evidential_adverbs=frozenset(data.get("evidential_adverbs", [])),
        headline_labels=frozenset(w.lower() for w in data.get("headline_labels", [])),
        study_object_verbs=frozenset(data.get("study_object_verbs", [])),
        study_nouns=frozenset(data.get("study_nouns", [])),
        naming_verbs=frozenset(data.get("naming_verbs", [])),
        deed_verbs=frozenset(data.get("deed_verbs", [])),
        depiction_verbs=frozenset(data.get("depiction_verbs", [])),
        depiction_nouns=frozenset(data.get("depiction_nouns", [])),
        question_verbs=frozenset(data.get("question_verbs", [])),
        negated_object_cues=frozenset(data.get("negated_object_cues", [])),
        cue_objects={k: tuple(v) for k, v in data.get("cue_objects", {}).items()},
        object_prep_verbs={k: tuple(v) for k, v in data.get("object_prep_verbs", {}).items()},
    )


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def channels() -> ChannelLexicon:
    data = load_data("attribution_channels.json")
    keywords = {k.lower(): v for k, v in data["keywords"].items()}
    exact = dict(data.get("case_sensitive", {}))
    return ChannelLexicon(
        keywords=keywords,
        case_sensitive=exact,
        verbs=dict(data.get("verbs", {})),
        agency_report=data.get("agency_report", "news agency report"),
        generic=frozenset(data.get("generic", [])),
        pattern=re.compile(r"\b(?:" + _alternation(list(keywords)) + r")\b", re.IGNORECASE),
        exact_pattern=re.compile(r"\b(?:" + _alternation(list(exact)) + r")\b"),
    )


@lru_cache(maxsize=1)
def verification() -> VerificationLexicon:
    data = load_data("claims_verification.json")
    patterns = []
    for status in ("confirmed", "disputed", "unverified"):
        for expr in data[status]:
            patterns.append((status, re.compile(r"\b(?:" + expr + r")", re.IGNORECASE)))
    return VerificationLexicon(
        patterns=tuple(patterns),
        hedges=frozenset(data["hedge"]),
        anaphors=re.compile(data["anaphors"], re.IGNORECASE),
        negators=re.compile(data.get("negators", r"(?!)"), re.IGNORECASE),
        multi_claim=re.compile(data.get("multi_claim_anaphors", r"(?!)"), re.IGNORECASE),
        denial_verbs=frozenset(data.get("denial_verbs", [])),
        hedge_phrases=re.compile(r"\b(?:" + "|".join(data.get("hedge_phrases", [])) + r")", re.IGNORECASE)
        if data.get("hedge_phrases") else re.compile(r"(?!)"),
        contradictions=re.compile(r"\b(?:" + "|".join(data.get("contradictions", [])) + r")", re.IGNORECASE)
        if data.get("contradictions") else re.compile(r"(?!)"),
    )


@lru_cache(maxsize=1)
def actors() -> ActorCatalogue:
    data = load_data("actors_catalogue.json")
    countries = tuple(
        Country(c["name"], c["iso2"], tuple(c["demonyms"]), tuple(c["seats"]), tuple(c["aliases"]))
        for c in data["countries"]
    )
    by_name: dict[str, Country] = {}
    by_demonym: dict[str, Country] = {}
    by_seat: dict[str, Country] = {}
    for c in countries:
        for n in (c.name, *c.aliases):
            by_name.setdefault(n.lower(), c)
        for d in c.demonyms:
            by_demonym.setdefault(d.lower(), c)
        for s in c.seats:
            by_seat.setdefault(s.lower(), c)
    table: dict[str, Actor] = {}
    for a in data["actors"]:
        actor = Actor(a["name"], a["type"], a.get("country"), a.get("kind"))
        for n in (a["name"], *a.get("aliases", [])):
            table.setdefault(n.lower(), actor)
    persons: dict[str, Actor] = {}
    for a in data.get("persons", []):
        person = Actor(a["name"], a["type"], a.get("country"))
        for n in (a["name"], *a.get("aliases", [])):
            persons.setdefault(n.lower(), person)
    return ActorCatalogue(
        countries=countries,
        persons=persons,
        by_name=by_name,
        by_demonym=by_demonym,
        by_seat=by_seat,
        actors=table,
        type_nouns={k.lower(): v for k, v in data["type_nouns"].items()},
        titles=frozenset(t.lower() for t in data["titles"]),
        military_titles=frozenset(t.lower() for t in data["military_titles"]),
        media_titles=frozenset(t.lower() for t in data["media_titles"]),
        armed_group_markers=tuple(m.lower() for m in data.get("armed_group_markers", [])),
    )
