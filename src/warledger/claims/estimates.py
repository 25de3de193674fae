"""Counts given as a party's estimate: "The ministry put the toll at 31", "the Red Cross had given a
higher toll of 26", "The border service gave its own losses as three border guards killed", "The
command raised the death toll to 12".

These verbs say nothing by themselves ("put the bags at the door", "gave a speech"); with a count noun
as their object (toll, figure, number, losses ...) and the value after "at", "of", "as" or "to" they
report a count as someone's: the subject is the source, the verb (with its auxiliaries) the cue, the
count noun through its value the content. The words are data (lang/en/estimate_cues.json).
"""
from __future__ import annotations

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
    taken = {f.cue_token.i for f in found if f.cue_token is not None}
    out = []
    for token in doc:
        preps = verbs.get(token.lemma_.lower())
        if not preps or token.pos_ not in ("VERB", "AUX") or token.i in taken:
            continue
        item = _estimate(token, preps, nouns)
        if item is not None:
            out.append(item)
    return out


def _estimate(verb: Token, preps: tuple[str, ...], nouns: frozenset[str]) -> Found | None:
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not objects or not subjects:
        return None
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
    start = verb
    for child in verb.children:  # "had given", "has since put"
        if child.dep_ in ("aux", "neg") and child.i < verb.i:
            start = min(start, child, key=lambda t: t.i)
    return Found(content=content, source=source, cue=(start.idx, verb.idx + len(verb.text)), cue_token=verb,
                 source_root=subject, kind="verb")


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
    return None


def _through_value(doc: Doc, value: Token) -> int:
    """Index of the last token of the value: its phrase, and a count joined to it ('at eight dead and
    14 wounded')."""
    end = max(t.i for t in value.subtree)
    i = end + 1
    while i < len(doc) and (doc[i].lower_ in _VALUE_WORDS or doc[i].like_num):
        i += 1
    while i - 1 > end and doc[i - 1].lower_ in ("and", ","):
        i -= 1
    return i - 1
