"""ACLED-style actor names from the actor table (lang/en/acled_actors.json): which country or named
group a mention stands for, and who the sides of an event are."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from . import lexicon
from ..datelines import dateline_end


#: nouns of acts whose possessor or modifier is the one acting ("Ukraine's attack", "Russian shelling")
SPEECH_VERBS = ("say", "tell", "report", "announce", "claim", "state", "add", "confirm", "deny")
_LOCATIVE_PREPS = ("in", "inside", "near", "across", "throughout", "within", "around", "outside")
_BORDER_WORDS = ("border", "frontier", "boundary")
_ACTS = ("attack", "strike", "assault", "offensive", "incursion", "shelling", "bombardment", "raid", "invasion")


@dataclass(frozen=True)
class Side:
    """A party named in a sentence: a country (iso) or a named group (group), and how it is named."""

    iso: str | None
    group: str | None
    token: Token
    agentive: bool  # the one acting: subject, 'by' agent, or owner of forces/weapons ('Ukrainian drones')
    munitions: bool  # named as the owner of drones/missiles ('45 Ukrainian drones')
    launcher: bool = False  # the subject of launching ('Russia launched 71 drones')
    location: bool = False  # named as where things happen ('in Mali', 'the border with Niger'), not as a party
    armed_group: bool = False  # a country's people under arms outside its state ('Palestinian gunmen', 'Kurdish militants')


@lru_cache(maxsize=None)
def _names() -> dict[str, str]:
    """Lower-case demonym or alias -> ISO code."""
    names = {}
    for iso, country in lexicon.actors()["countries"].items():
        for word in country["demonyms"] + country["aliases"]:
            names[word] = iso
    return names


@lru_cache(maxsize=None)
def _role_words(role: str) -> frozenset[str]:
    return frozenset(lexicon.actors()["roles"][role])


def actor_name(iso: str | None, role: str = "military") -> str | None:
    """'Military Forces of Russia (2000-)', 'Civilians (Ukraine)' ... for a country code."""
    if iso is None:
        return None
    country = lexicon.actors()["countries"].get(iso)
    if country is None:
        return None
    template = lexicon.actors()["templates"][role]
    name = template.format(name=country["name"], short=country["short"])
    if role in ("military", "police") and country.get("years"):
        name += f" ({country['years']})"
    return name


def country_of(text: str) -> str | None:
    """The ISO code a name or demonym stands for ('Russian', 'Kyiv', 'Ukraine'), or None."""
    return _names().get(text.lower().strip())


def sides_in(span: Span) -> list[Side]:
    """Countries and named groups mentioned in the span, in text order."""
    sides, taken = _named_groups(span)
    group_starts = {i for i in taken if i - 1 not in taken}
    for token in span:
        low = token.lower_
        if token.i in taken or _qualifies_a_group(token, group_starts):
            continue
        iso = _names().get(low) if token.pos_ in ("PROPN", "ADJ", "NOUN") or token.ent_type_ else None
        if iso is None or (low in ("us", "car") and token.text not in ("US", "CAR")):
            continue
        sides.append(Side(iso, None, token, _is_agentive(token), _owns_munitions(token), _launches(token),
                          location=_is_location(token) or token.idx < dateline_end(span.doc.text),
                          armed_group=_names_armed_men(token)))
    return sorted(sides, key=lambda side: side.token.i)


def _qualifies_a_group(token: Token, group_starts: set[int]) -> bool:
    """'Sudan's paramilitary Rapid Support Forces', 'Nigeria's Boko Haram': the country of a named
    group, said just before its name, is no party of its own."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and (doc[i].tag_ == "POS" or doc[i].pos_ == "ADJ"):
        i += 1
    return i in group_starts


def _is_location(token: Token) -> bool:
    """'a Tuareg group in Mali', 'near the border with Niger', 'in the Moldovan capital': a country
    named as where things happen, not as a party to them."""
    if token.dep_ in ("amod", "compound", "poss", "nmod") and token.head.dep_ == "pobj" and not _is_agentive(token):
        token = token.head  # 'in the Moldovan capital'
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in _LOCATIVE_PREPS:
        return True
    return prep.lower_ == "with" and prep.head.lemma_.lower() in _BORDER_WORDS


def _named_groups(span: Span) -> tuple[list[Side], set[int]]:
    """Named armed groups ('Islamic State', 'al-Shabaab', 'Boko Haram'), matched on the text, the
    longest name first ('Palestinian Islamic Jihad', not also 'Islamic Jihad'); and the tokens they take."""
    sides = []
    taken: set[int] = set()
    text = span.text.lower()
    for alias, name in sorted(lexicon.actors()["groups"].items(), key=lambda item: -len(item[0])):
        for match in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
            found = span.doc.char_span(span.start_char + match.start(), span.start_char + match.end(), alignment_mode="expand")
            if found is None or any(t.i in taken for t in found):
                continue
            taken.update(t.i for t in found)
            root = found.root
            sides.append(Side(None, name, root, _is_agentive(root), _owns_munitions(root), _launches(root)))
    return sides, taken


def names_armed_group(text: str) -> bool:
    """The text names one of the armed groups of the actor table ('the RSF', 'Islamic State fighters')."""
    low = text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", low) for alias in lexicon.actors()["groups"])


def _is_agentive(token: Token) -> bool:
    speaker = _speaker_acts(token)
    if speaker is not None:
        return speaker
    head = token.head
    if token.dep_ in ("nsubj", "agent") or (token.dep_ == "pobj" and head.lower_ == "by"):
        return True
    if token.dep_ in ("amod", "compound", "poss", "nmod"):
        words = {head.lemma_.lower(), head.lower_}
        return bool(words & _role_words("military")) or bool(words & set(_ACTS))
    return False


def _speaker_acts(token: Token) -> bool | None:
    """A side that speaks ('Russia's Defence Ministry said ...', 'a claim Ukraine's military denied')
    tells of acts; it is their doer only when its report makes it so ('... said its forces had
    captured the village', '... said it shot down 20 drones'). None when the side does not speak."""
    noun = token
    if token.dep_ in ("poss", "compound", "amod", "nmod"):
        noun = token.head
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    if any(c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit") for c in noun.head.children):
        return True  # 'Al Shabaab claimed responsibility': it names itself the doer
    for clause in noun.head.children:
        if clause.dep_ != "ccomp":
            continue
        for subject in clause.children:
            if subject.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if subject.tag_ == "PRP" and subject.dep_ == "nsubj":
                return True  # 'said it shot down'
            if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subject.children) and (
                    subject.lemma_.lower() in _role_words("military") or subject.lower_ in _role_words("military")):
                return True  # 'said its forces had captured'
    return False


def _names_armed_men(token: Token) -> bool:
    """'Palestinian gunmen', 'Kurdish militants', 'Malian jihadists': a demonym on men under arms who
    are no state's forces names an armed group of that country, not its military."""
    return token.dep_ in ("amod", "compound", "nmod") and (
        token.head.lower_ in _role_words("armed_men") or token.head.lemma_.lower() in _role_words("armed_men"))


def _owns_munitions(token: Token) -> bool:
    munitions = ("drone", "missile", "rocket", "uav", "shahed", "projectile", "aircraft", "jet", "warplane", "helicopter")
    return token.dep_ in ("amod", "compound", "poss", "nmod") and token.head.lemma_.lower() in munitions


def _launches(token: Token) -> bool:
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in ("launch", "fire", "send")


def state_military_acts(sentence: Span) -> bool:
    """The doer of the sentence is a country's forces named without the country ('Government troops
    took control of Kidal', 'the junta bombed ...'), not a speaker ('the army said')."""
    words = frozenset(lexicon.actors()["state_military"])
    for token in sentence:
        if token.dep_ != "nsubj" or token.head.lemma_.lower() in SPEECH_VERBS:
            continue
        phrase = " ".join(t.lower_ for t in token.subtree if t.i <= token.i)
        if token.lower_ in words or any(w in phrase for w in words if " " in w):
            return True
    return False


def security_role(sentences: list[Span]) -> str:
    """'police' for the state agents who met a crowd, unless only soldiers are named ('soldiers opened
    fire on protesters'): then 'military'."""
    words = {t.lower_ for sent in sentences for t in sent}
    text = " ".join(sent.text.lower() for sent in sentences)
    if words & _role_words("police") or any(" " in w and w in text for w in _role_words("police")):
        return "police"
    soldiers = _role_words("military") - _role_words("armed_men") - {"drones", "drone", "missiles", "missile", "members", "units"}
    return "military" if words & soldiers else "police"


def is_security_force(token: Token) -> bool:
    """The token names a country's police or soldiers ('Israeli soldiers', 'Kenyan police', 'Turkish
    armed forces')."""
    if token.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    head = {token.head.lower_, token.head.lemma_.lower()}
    soldiers = _role_words("military") - _role_words("armed_men")
    return bool(head & (soldiers | _role_words("police")))


def names_state_military(sentence: Span) -> bool:
    """The sentence names a state's forces without their country ('the army's headquarters', 'a
    military base', 'government troops')."""
    text = " " + " ".join(t.lower_ for t in sentence) + " "
    return any(f" {w} " in text for w in lexicon.actors()["state_military"])


def victim_role(words: set[str]) -> str:
    """'civilians' when the event's victims are civilians, else 'military'."""
    return "civilians" if "victims_civilian" in words and "victims_armed" not in words else "military"
