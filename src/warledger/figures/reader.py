"""Reading the figures of a parsed Doc into models.Figure records."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..models import Figure
from . import lexicon
from .noncounts import is_non_count
from .quantities import Quantity, find_quantities, is_number_token
from .roles import OTHER, figure_role, is_verb, set_role
from .subsets import is_increment, link_increments, link_subsets
from .units import counted_noun, is_munition_unit, is_person_unit, normalise_unit, role_noun, unit_text

#: roles that only people (or what is left of them) undergo: a figure without a noun counts persons
_PERSON_ROLES = ("killed", "injured", "hospitalised", "missing", "captured", "detained", "displaced", "evacuated")
#: roles under which 'an oil depot' is a count of one
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
_LABEL_MAX_TOKENS = 12  # a headline or a table row
_PERSON_ARTICLE_ROLES = ("killed", "injured", "captured", "detained")  # "killing a man"
_ANAPHORIC_NOUNS = ("others", "more")  # '20 others': more of the unit counted just before
_OTHERS_GAP = 200  # characters back to the figure whose unit 'others' takes
_THING_ROLES = ("damaged", "destroyed")  # roles of buildings and objects, never of people
_ARTICLE_ROLES = ("struck", "damaged", "destroyed", "captured", "intercepted", "launched")


def read_figures(doc: Doc) -> list[Figure]:
    """Every count the text reports, in text order, with unit, role and part_of."""
    quantities = find_quantities(doc)
    quantities += _article_counts(doc, quantities)
    quantities.sort(key=lambda q: q.start)
    figures: list[Figure] = []
    partitives: dict[int, str] = {}  # a part of a set named by its role ('two of the dead') -> that role
    predicates: dict[int, str] = {}  # a part whose copula names who it counts
    sentences: list[int] = []
    totals: set[int] = set()
    increments: set[int] = set()
    anchors: dict[int, int] = {}  # token of a figure's number -> the figure
    wholes: dict[int, int] = {}  # a part -> the token of its whole's number ('54 of the 71 drones')
    places: dict[int, str] = {}  # a bare count -> the place noun it is located by ('22 over the Belgorod region')
    for quantity in quantities:
        figure = _figure(doc, quantity)
        if figure is None:
            continue
        anchors[quantity.anchor] = len(figures)
        whole = numbered_whole(doc, quantity)
        if whole is not None:
            wholes[len(figures)] = whole.i
        if figure.unit is None and (place := _located_by(doc[quantity.anchor])) is not None:
            places[len(figures)] = place
        if (set_named := _read_partitive(doc, quantity, figure)) is not None:
            partitives[len(figures)] = set_named
        elif figure.unit is None and (named := _copula_person(doc[quantity.anchor])) is not None:
            predicates[len(figures)] = named
        if _is_running_total(doc, quantity):
            totals.add(len(figures))
        elif _is_increment(doc, quantity, figure):
            increments.add(len(figures))
        sentences.append(doc[quantity.anchor].sent.start)
        figures.append(figure)
    _link_numbered_wholes(figures, wholes, anchors)
    link_subsets(figures, doc.text, partitives, places)
    for index, unit in predicates.items():  # 'five of them were women', 'of the 20 killed, 12 were civilians'
        if figures[index].part_of is not None and figures[index].unit in (None, "person"):
            figures[index].unit = unit
    link_increments(figures, increments, totals, sentences, doc.text)
    _units_of_others(figures, doc)
    for figure in figures:
        if figure.unit is None and figure.role in _PERSON_ROLES:
            figure.unit = "person"
        if figure.unit == "house" and figure.role == "evacuated":
            figure.unit = "household"  # 'the evacuation of 50 homes': people are evacuated, by home
        if is_person_unit(figure.unit) and figure.role in _THING_ROLES:
            figure.role = OTHER  # people are not damaged: the role came from another noun of a list
        if figure.unit in lexicon.word_set("figures_units", "event_nouns") and figure.role != "launched":
            figure.role = OTHER  # 'repelled 41 assaults': an act is launched, not stopped, hit or destroyed as a thing is
        if is_munition_unit(figure.unit) and figure.role in lexicon.roles()["munition_intercepted_roles"]:
            figure.role = "intercepted"  # a part whose unit came from its whole
    return figures


def _released(noun: Token) -> bool:
    """The noun is the object of a verb of release ('freed 30 hostages', '20 detainees were released')."""
    if noun.dep_ not in ("dobj", "nsubjpass") or not is_verb(noun.head):
        return False
    verb = noun.head
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    words = lexicon.word_set("figures_roles", "release_verbs")
    return verb.lemma_.lower() in words or (particle is not None and f"{verb.lemma_.lower()} {particle}" in words)


def _figure(doc: Doc, quantity: Quantity) -> Figure | None:
    noun = counted_noun(doc, quantity)
    written = unit_text(noun) if noun is not None else None
    unit = normalise_unit(written)
    if is_non_count(doc, quantity, unit):
        return None
    start_token = noun if noun is not None else doc[quantity.anchor]
    if numbered_whole(doc, quantity) is not None:
        start_token = doc[quantity.anchor]  # 'shot down 54 of the 71 drones launched': what befell the 54
    named = role_noun(written)
    role = named[1] if named is not None and named[1] != OTHER else figure_role(start_token, unit)
    if named is not None and _released(start_token):
        role = OTHER  # 'freed 30 hostages': no longer held
    if named is not None:
        unit = _modifier_person(noun) or named[0]  # '120 civilian deaths' count civilians
    if _is_label_value(doc, quantity):  # a header reads left to right; its parse is unreliable
        role = _label_role(doc[quantity.anchor].sent, unit) if named is None else role
        if role == OTHER:
            role = figure_role(start_token, unit)
    end = max(quantity.end, noun.i + 1) if noun is not None and noun.i >= quantity.end else quantity.end
    first, last = doc[quantity.start], doc[end - 1]
    start_char, end_char = first.idx, last.idx + len(last.text)
    return Figure(
        start=start_char,
        end=end_char,
        text=doc.text[start_char:end_char],
        value=quantity.value,
        low=quantity.low,
        high=quantity.high,
        unit=unit,
        role=role,
    )


def _units_of_others(figures: list[Figure], doc: Doc) -> None:
    """'damaged 80 houses, destroyed 20 others', 'shot down 30 drones and 5 more': 'others' counts more
    of the thing the figure before it counts (of people, 'others' stays persons)."""
    for index in range(1, len(figures)):
        figure = figures[index]
        words = figure.text.lower().split()
        if figure.unit is not None or not words:
            continue
        elided = is_number_token(doc[_token_at(doc, figure.end - 1)])
        if words[-1] not in _ANAPHORIC_NOUNS and not elided:  # '1,200 houses damaged and 300 destroyed'
            continue
        people = figure.role in _PERSON_ROLES
        for before in reversed(figures[:index]):
            gap = doc.text[before.end : figure.start]
            if "." in gap or len(gap) > _OTHERS_GAP:
                break
            if before.unit is not None:
                if not is_person_unit(before.unit) and not people:  # 'four civilians ... 11 others' may be anyone: person
                    figure.unit = before.unit
                elif is_person_unit(before.unit) and people and elided and _coordinated(gap):
                    figure.unit = before.unit  # '17 soldiers were killed and 20 wounded': the noun left out
                break


def _located_by(anchor: Token) -> str | None:
    """'22 over the Belgorod region' -> region: the noun of a place phrase hung on a bare number."""
    for prep in anchor.children:
        if prep.dep_ == "prep" and prep.lower_ in lexicon.word_set("figures_units", "place_prepositions"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    return normalise_unit(pobj.lemma_.lower() or pobj.lower_)
    return None


def _modifier_person(noun: Token | None) -> str | None:
    """'civilian deaths', 'child casualties': the people a role noun's modifier names."""
    for child in noun.children if noun is not None else ():
        if child.dep_ in ("amod", "compound") and child.i < noun.i and is_person_unit(child.lemma_.lower()):
            return child.lemma_.lower()
    return None


def _coordinated(gap: str) -> bool:
    """'17 soldiers were killed and 20 wounded': the second count is coordinated with the first in
    one clause (no comma or other break between them), so it shares its noun."""
    return re.search(r"(?<!\w)(?:and|or)(?!\w)", gap) is not None and re.search(r"[,;:()\"\n]", gap) is None


def numbered_whole(doc: Doc, quantity: Quantity) -> Token | None:
    """'54 of the 71 drones', '20 of 25 missiles': the number of the whole a count is a part of."""
    if quantity.end >= len(doc) or doc[quantity.end].lower_ != "of":
        return None
    for pobj in (c for c in doc[quantity.end].children if c.dep_ == "pobj"):
        if pobj.pos_ == "NUM":
            return pobj
        number = next((c for c in pobj.children if c.dep_ == "nummod" and c.pos_ == "NUM"), None)
        if number is not None:
            return number
    return None


def _link_numbered_wholes(figures: list[Figure], wholes: dict[int, int], anchors: dict[int, int]) -> None:
    """A part is part of the whole counted right in it; the whole of munitions some of which were
    stopped is what was launched ('downed 20 of 25 missiles': 25 launched)."""
    for index, token in wholes.items():
        parent = anchors.get(token)
        if parent is None or parent == index:
            continue
        part, whole = figures[index], figures[parent]
        size = lambda f: f.value if f.value is not None else f.low  # noqa: E731
        if size(part) is not None and size(whole) is not None and size(part) > size(whole):
            continue
        part.part_of = parent
        if is_munition_unit(whole.unit) and whole.role == OTHER and part.role == "intercepted":
            whole.role = "launched"


def _token_at(doc: Doc, char: int) -> int:
    """Index of the token covering character `char`."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _read_partitive(doc: Doc, quantity: Quantity, figure: Figure) -> str | None:
    """'two of the dead were children', 'three of the injured', 'five of those killed': the figure is
    a part of a set named by what happened to it; it takes that role, and the unit a copula gives it
    ('were children'), unless its own verb says what befell it ('six of the wounded were evacuated').
    The set's role when the figure is such a part, else None."""
    anchor = doc[quantity.anchor]
    of_set = next((g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
    if of_set is None or quantity.end >= len(doc) or doc[quantity.end].lower_ != "of":
        return _read_among(doc, quantity, figure)
    if quantity.vague and not any(c.dep_ in ("det", "poss") for c in of_set.children) and of_set.pos_ != "PRON":
        return None  # 'dozens of homes', 'hundreds of people': a quantity of a kind, not a part of a set told of
    role = set_role(of_set)
    if role not in _PERSON_ROLES:
        return None
    own = figure_role(anchor, figure.unit)  # 'six of the wounded were evacuated': the part's own verb
    figure.role = own if own in _PERSON_ROLES else role
    predicate = _copula_noun(anchor)
    if predicate is not None and is_person_unit(normalise_unit(unit_text(predicate))):
        figure.unit = normalise_unit(unit_text(predicate))
    return role


def _is_running_total(doc: Doc, quantity: Quantity) -> bool:
    """'the toll has risen to nine', 'bringing the death toll to 14', 'stood at 31': a running total,
    the latest count of everything reported so far."""
    noun = counted_noun(doc, quantity)
    token = noun if noun is not None and noun.i >= quantity.end else doc[quantity.anchor]
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ in ("to", "at") and is_verb(prep.head)
            and prep.head.lemma_.lower() in lexicon.word_set("figures_roles", "total_verbs"))


def _is_increment(doc: Doc, quantity: Quantity, figure: Figure) -> bool:
    """'three more bodies', 'another 34 people', 'a further two soldiers': a count added to one
    reported before ('more than 430' is a bound, not an increment)."""
    if is_increment(figure.text):
        return True
    before = doc[quantity.start - 1] if quantity.start > doc[quantity.anchor].sent.start else None
    return before is not None and before.lower_ != "more" and is_increment(before.text)


def _read_among(doc: Doc, quantity: Quantity, figure: Figure) -> str | None:
    """'Two children were among the injured', 'four soldiers were among those killed', 'registered 40
    children among the displaced': a count said to be among a set named by what happened to it is a part of that set (the figure just reported);
    it takes the set's role and keeps its own unit. The set's role when the figure is such a part."""
    noun = counted_noun(doc, quantity) or doc[quantity.anchor]
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN", "NUM"):
        noun = noun.head  # 'seven women and four children were among the dead': the conjuncts share the verb
    verb = noun.head
    if noun.dep_ in ("nsubj", "attr") and verb.lemma_ == "be":
        holders = [verb]
    elif noun.dep_ == "dobj" and is_verb(verb):
        holders = [verb, noun]  # 'registered 2,400 children among the newly displaced'
    else:
        return None
    among = next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "among"
                  for g in c.children if g.dep_ == "pobj"), None)
    role = set_role(among) if among is not None else None
    if role not in _PERSON_ROLES:
        return None
    figure.role = role
    return role


def _copula_person(anchor: Token) -> str | None:
    """'five of them were women', '12 were civilians': the people a bare count is said to be."""
    predicate = _copula_noun(anchor)
    unit = normalise_unit(unit_text(predicate)) if predicate is not None else None
    return unit if is_person_unit(unit) else None


def _copula_noun(subject: Token) -> Token | None:
    """'two of the dead were children' -> children."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)


def _is_label_value(doc: Doc, quantity: Quantity) -> bool:
    """A table row or headline ('Number of displaced: 452', '321 Houses destroyed'): no finite verb,
    or the number right after a colon."""
    sent = doc[quantity.anchor].sent
    after_colon = quantity.start > sent.start and doc[quantity.start - 1].text == ":"
    return after_colon or (len(sent) <= _LABEL_MAX_TOKENS and not any(t.tag_ in _FINITE_TAGS for t in sent))


def _label_role(sent, unit: str | None) -> str:
    """The first role word of a label ('Evacuation total people: 3,614' -> evacuated)."""
    words = lexicon.roles()["words"]
    for token in sent:
        role = words.get(token.lower_) or words.get(token.lemma_.lower())
        if role is None and (token.pos_ == "VERB" or token.tag_ == "VBN"):
            role = lexicon.roles()["verbs"].get(token.lemma_.lower())
        if role and token.lower_ != (unit or ""):
            return role
    return OTHER


def _article_counts(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """'struck three bridges, several airfields and an oil depot': a noun with 'a'/'an' counted as one
    when it is what a role verb acted on."""
    taken = {i for q in quantities for i in range(q.start, q.end)}
    articles = lexicon.numbers()["article_words"]
    event_nouns = lexicon.word_set("figures_units", "event_nouns")
    found = []
    for token in doc:
        if token.lower_ not in articles or token.dep_ != "det" or token.i in taken:
            continue
        noun = token.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() in event_nouns:
            continue
        if not _object_of_role_verb(noun):
            continue
        unit = normalise_unit(unit_text(noun))
        roles = _PERSON_ARTICLE_ROLES if is_person_unit(unit) else _ARTICLE_ROLES
        if figure_role(noun, unit) in roles:
            found.append(Quantity(token.i, token.i + 1, token.i, 1, 1, 1, article=True))
    return found


def _object_of_role_verb(noun: Token) -> bool:
    """The noun is an object (or a conjunct of one) of a verb."""
    current = noun
    for _ in range(6):
        if current.dep_ in ("conj", "appos"):
            current = current.head
            continue
        return current.dep_ in ("dobj", "nsubjpass") and is_verb(current.head)
    return False
