"""The tense of the clause an expression sits in, read from spaCy's tags and dependencies."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .context import FUTURE, PAST, PRESENT

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
#: verbs whose infinitive complement lies ahead ("plans to meet on Friday")
FUTURE_HEADS = {"plan", "expect", "schedule", "intend", "aim", "hope", "want", "seek", "prepare", "vow", "pledge", "promise", "set", "due", "likely", "going"}


def tense_of(token: Token) -> str | None:
    """PAST, PRESENT or FUTURE of the verb governing a token, or None when there is none."""
    verb = _governing_verb(token)
    if verb is None:
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX for a in aux):
        return FUTURE
    to = any(a.lower_ == "to" and a.tag_ == "TO" for a in aux)
    if to and verb.head is not verb and verb.dep_ in ("xcomp", "advcl", "acomp", "ccomp") and (verb.head.lemma_.lower() in FUTURE_HEADS):
        return FUTURE if _governing_tense(verb.head) != PAST or verb.head.lemma_.lower() in ("plan", "schedule", "set", "due") else FUTURE
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return PAST
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
        return PAST
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return PRESENT
    if verb.tag_ == "MD" or any(a.tag_ == "MD" for a in aux):
        return None
    if verb.head is not verb:
        return _governing_tense(verb.head)
    return None


def _governing_tense(token: Token) -> str | None:
    if token.tag_ == "VBD":
        return PAST
    if token.tag_ in ("VBZ", "VBP"):
        return PRESENT
    return None


def _governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") or current.tag_.startswith("VB") or current.tag_ == "MD":
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def tense_reader(doc: Doc) -> Callable[[int], str | None]:
    """A function from a character offset in the doc to the tense of its clause."""
    def at(pos: int) -> str | None:
        span = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return tense_of(span[0])

    return at
