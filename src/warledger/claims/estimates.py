"""Counts given as a party's estimate: "The ministry put the toll at 31", "the Red Cross had given a
higher toll of 26", "The border service gave its own losses as three border guards killed", "The
command raised the death toll to 12".

These verbs say nothing by themselves ("put the bags at the door", "gave a speech"); with a count noun
as their object (toll, figure, number, losses ...) and the value after "at", "of", "as" or "to" they
report a count as someone's: the subject is the source, the verb (with its auxiliaries) the cue, the
count noun through its value the content. The words are data (lang/en/estimate_cues.json).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import lexicon
from .spans import Found, trimmed

#: tokens that may continue a value after its preposition's phrase: "at eight dead and 14 wounded"
_VALUE_WORDS = frozenset({"and", ",", "dead", "wounded", "injured", "killed", "missing", "hurt", "people", "others"})


def estimate_cues(doc: Doc, found: list[Found]) -> list[Found]:
    """The estimates of the doc that no other cue found."""
    data = lexicon.load_data("estimate_cues.json")
    verbs = {lemma.lower(): tuple(preps) for lemma, preps in data.get("estimate_verbs", {}).items()}
    nouns = frozenset(n.lower() for n in data.get("estimate_nouns", []))
    counting = frozenset(v.lower() for v in data.get("count_verbs", []))
    owned = frozenset(n.lower() for n in data.get("owned_count_nouns", []))
    bare_value = frozenset(v.lower() for v in data.get("bare_value_verbs", []))
    taken = {f.cue_token.i for f in found if f.cue_token is not None}
    out = []
    for token in doc:
        if token.i in taken:
            continue
        preps = verbs.get(token.lemma_.lower())
        if preps and token.pos_ in ("VERB", "AUX"):
            item = _estimate(token, preps, nouns, token.lemma_.lower() in bare_value)
        elif token.lemma_.lower() in counting and token.pos_ == "VERB" and not _reported(token, found):
            item = _own_count(token)
        elif token.lower_ == "by" and token.dep_ in ("prep", "agent"):
            item = _by_count(token, owned)
        elif token.lemma_.lower() in owned and token.pos_ == "NOUN":
            item = _possessed_count(token)
        else:
            item = None
        if item is not None:
            out.append(item)
    return out


#: the outlet's own voice ("we documented 212 deaths", "our teams", "by this newspaper's count")
_FIRST_PERSON = frozenset({"i", "we", "you", "us", "our", "my", "this"})


def _reported(verb: Token, found: list[Found]) -> bool:
    """"She said the agency's teams had registered 2,400 children": a count told inside someone's words
    is theirs; the counting verb is no cue of its own."""
    return any(f.cue_token is not None and f.cue_token in verb.ancestors
               and f.content[0] <= verb.idx < f.content[1] for f in found)


def _possessed_count(noun: Token) -> Found | None:
    """"the Polisario's toll of six", "the ministry's estimate of 2,000": a count its possessor gave."""
    values = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i
              and any(t.like_num or t.pos_ == "NUM" for t in c.subtree)]
    owner = _count_owner(noun, pronoun=False) if values else None
    if owner is None:
        return None
    source = _owner_span(owner)
    # through the number and a noun it counts: "toll of six", "estimate of 2,000 displaced people"
    number = next(t for t in values[0].subtree if t.like_num or t.pos_ == "NUM")
    end = number.head.i if number.head.i > number.i and number.head.pos_ in ("NOUN", "PROPN") else number.i
    content = trimmed(list(noun.doc[noun.i:end + 1]))
    if source is None or content is None:
        return None
    return Found(content=content, source=source, cue=(owner.left_edge.idx, noun.idx + len(noun.text)),
                 cue_token=noun, source_root=owner, kind="noun")


def _count_owner(noun: Token, pronoun: bool) -> Token | None:
    """The possessor of a count noun that is someone else's than the outlet's ("the police's count";
    with `pronoun`, "its own count" too)."""
    return next((c for c in noun.children if c.dep_ == "poss" and (pronoun or c.pos_ != "PRON")
                 and not _writer(c.subtree) and not _signs_the_story(c)), None)


def _owner_span(owner: Token) -> tuple[int, int] | None:
    """The possessor without its "'s": "the police" of "the police's"."""
    return trimmed([t for t in owner.subtree if t.dep_ != "case"])


def _signs_the_story(owner: Token) -> bool:
    """"by the Herald's count" in a story signed "By Ruth Akello, Great Lakes Herald", or whose sources
    "told the Herald": the outlet's own count."""
    if not owner.text[:1].isupper():
        return False
    name = re.escape(owner.text)
    bylines = [line for line in owner.doc.text.split("\n")[:6] if line.startswith("By ")]
    return any(re.search(rf"\b{name}\b", line) for line in bylines) or bool(
        re.search(rf"\b(?:told|telling|tells)\s+(?:the\s+)?{name}\b", owner.doc.text))


def _writer(tokens) -> bool:
    return any(t.lower_ in _FIRST_PERSON for t in tokens)


def _own_count(verb: Token) -> Found | None:
    """"The UN refugee agency registered 1,900 people", "the ministry counted 28 on the line": a body
    that registers, records or counts a number of things gives that count (active, with a subject
    other than the writer, and an object that holds a number)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not subjects or not objects or _writer(subjects[0].subtree):
        return None
    obj = objects[0]
    if not any(t.like_num or t.pos_ == "NUM" for t in obj.subtree):
        return None
    subject = subjects[0]
    source = trimmed(list(subject.subtree))
    # the object and what the verb says of it after it: "1,900 people ... in Zanzan district in May"
    end = max([obj.right_edge.i] + [t.right_edge.i for t in verb.children if t.i > obj.i and t.dep_ in ("prep", "npadvmod")])
    content = trimmed(verb.doc[obj.left_edge.i:end + 1])
    if source is None or content is None:
        return None
    start = _verb_group_start(verb)
    return Found(content=content, source=source, cue=(start.idx, verb.idx + len(verb.text)), cue_token=verb,
                 source_root=subject, kind="verb")


def _by_count(by: Token, owned: frozenset[str]) -> Found | None:
    """"by the police's own count, more than 200 people have been killed": the clause is the count of
    the possessor of 'count' (tally, estimate, reckoning)."""
    nouns = [c for c in by.children if c.dep_ == "pobj" and c.lemma_.lower() in owned]
    if not nouns:
        return None
    head = by.head
    owner = _count_owner(nouns[0], pronoun=True) if head.pos_ in ("VERB", "AUX") else None
    if owner is None:
        return None
    source = _owner_span(owner)
    phrase = {t.i for t in by.subtree}
    content = trimmed([t for t in head.subtree if t.i not in phrase])
    if source is None or content is None:
        return None
    return Found(content=content, source=source, cue=(by.idx, nouns[0].idx + len(nouns[0].text)), cue_token=by,
                 source_root=owner, kind="according")


def _estimate(verb: Token, preps: tuple[str, ...], nouns: frozenset[str], bare: bool = False) -> Found | None:
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    if not objects:
        # "The force itself gives 11": a bare number as the object of giving is a count given
        numbers = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NUM" and bare]
        if not numbers or subjects[0].pos_ == "PRON" and subjects[0].lower_ in _FIRST_PERSON:
            return None
        obj = value = numbers[0]
    else:
        obj = objects[0]
        value = _value_phrase(verb, obj, preps)
    if value is None:
        return None
    end = _through_value(verb.doc, value)
    content = trimmed(verb.doc[obj.left_edge.i:end + 1])
    subject = subjects[0]
    source = trimmed(list(subject.subtree))
    if content is None or source is None:
        return None
    start = _verb_group_start(verb)
    return Found(content=content, source=source, cue=(start.idx, verb.idx + len(verb.text)), cue_token=verb,
                 source_root=subject, kind="verb")


def _verb_group_start(verb: Token) -> Token:
    """The first of the verb's auxiliaries and negation ("had given", "has since put", "has registered")."""
    return min([verb] + [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i], key=lambda t: t.i)


def _value_phrase(verb: Token, obj: Token, preps: tuple[str, ...]) -> Token | None:
    """The preposition (or 'as' clause) that carries the value: 'at 9,500', 'of 26', 'as three ...'."""
    for head in (obj, verb):
        for child in head.children:
            if child.i > obj.i and child.lower_ in preps and child.dep_ in ("prep", "advcl", "mark", "advmod"):
                if any(t.like_num or t.pos_ == "NUM" for t in child.subtree):
                    return child
            if child.i > obj.i and child.dep_ == "advcl" and any(
                    g.lower_ in preps for g in child.children if g.dep_ == "mark"):
                return child  # "gave its own losses as three border guards killed"
    # "puts the number of Georgians detained this year at "fewer than 20"": the parser hangs the
    # value on a participle inside the object's phrase; the first such preposition after the object
    # within the verb's clause that holds a number carries it
    clause = {t.i for t in verb.subtree}
    for word in verb.doc[obj.i + 1:max(clause) + 1]:
        if word.i in clause and word.lower_ in preps and word.dep_ == "prep" and obj.i < word.head.i < word.i \
                and word.head.i in clause and any(t.like_num or t.pos_ == "NUM" for t in word.subtree):
            return word
    return None


def _through_value(doc: Doc, value: Token) -> int:
    """Index of the last token of the value: its phrase, and a count joined to it ('at eight dead and
    14 wounded')."""
    end = max(t.i for t in value.subtree)
    if end + 1 < len(doc) and doc[end + 1].tag_ == "''" and any(t.tag_ == "``" for t in value.subtree):
        end += 1  # the closing mark of a quoted value: 'at "fewer than 20"'
    i = end + 1
    while i < len(doc) and (doc[i].lower_ in _VALUE_WORDS or doc[i].like_num):
        i += 1
    while i - 1 > end and doc[i - 1].lower_ in ("and", ","):
        i -= 1
    last = i - 1
    # "put the death toll at 12, including four children": the parts named with the value are its own
    following = doc[last + 1:last + 3]
    including = next((t for t in following if t.lower_ in ("including", "among", "among them") and t.dep_ == "prep"), None)
    if including is not None and all(t.is_punct or t.i == including.i for t in following if t.i <= including.i):
        last = max(t.i for t in including.subtree)
    return last
