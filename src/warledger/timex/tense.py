"""The tense of the clause an expression sits in, read from spaCy's tags and dependencies."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .context import ARRANGED, FUTURE, PAST, PRESENT, PROSPECTIVE
from .lexicon import words

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
#: verbs of saying whose present tense reports what was said, not what lies ahead
#: verbs whose infinitive complement lies ahead ("planned to leave on Thursday")
PLANNING = {"plan", "schedule", "expect", "intend", "aim", "hope", "want", "seek", "prepare", "vow",
            "pledge", "promise", "set", "due", "likely", "go", "agree", "decide", "threaten", "ask",
            "urge", "order", "call", "propose", "offer", "refuse", "try", "attempt", "need", "wish"}
#: verbs of arranging whose "for" phrase names the time of what was arranged ("a vote scheduled
#: for Friday", "called a strike for Thursday"), after the arranging
SCHEDULING = {"schedule", "set", "plan", "slate", "call", "arrange", "book", "reschedule", "postpone",
              "delay", "move", "fix", "announce"}
REPORTING = {"say", "tell", "report", "announce", "confirm", "claim", "deny", "add", "state", "insist", "write"}


def tense_of(token: Token) -> str | None:
    """PAST, PRESENT or FUTURE of the verb governing a token (the time it points to: a modal
    or "will" points ahead, a perfect or past form back), or None when unknown."""
    if token.dep_ == "poss" or (token.i + 1 < len(token.doc) and token.nbor().tag_ == "POS"):
        return None  # "Wednesday's ruling": the clause's tense says nothing of it
    verb = _reporting_verb_before(token) or _governing_verb(token)
    if verb is None:
        return _subject_ahead(token)
    if _arranged_for(token, verb):
        return ARRANGED
    return _verb_tense(verb)


def _subject_ahead(token: Token) -> str | None:
    """FUTURE or PROSPECTIVE when the expression belongs to the subject of a verb that looks
    ahead ("Talks on Friday will focus on prisoners", "A meeting on Friday is expected to ...");
    else None (a subject's own time may lie behind a present verb: "The attack on Friday shows")."""
    current = token
    for _ in range(4):
        if current.dep_ in ("nsubj", "nsubjpass") and current.pos_ in ("NOUN", "PROPN"):
            tense = _verb_tense(current.head)
            if tense in (FUTURE, PROSPECTIVE):
                return tense
            if current.head.lemma_.lower() in PLANNING and current.head.tag_ == "VBN":
                return PROSPECTIVE  # "is expected to", "is scheduled to"
            return None
        if current.head == current:
            return None
        current = current.head
    return None


def _verb_tense(verb: Token) -> str | None:
    """The time a verb points to: FUTURE (will, modals), PAST (past or perfect forms), PRESENT."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX for a in aux):
        return FUTURE
    if any(a.lemma_ == "have" for a in aux):
        return PAST  # has struck, had been searching, would have gone
    if any(a.tag_ == "MD" for a in aux):
        return FUTURE  # would be ready, might come, could meet
    if any(a.lower_ == "to" for a in aux):
        # an infinitive looks ahead of a verb of planning ("scheduled to close Monday"),
        # else shares its head's time ("staged celebrations to mark the entry on Friday")
        head = verb.head
        if head == verb or head.lemma_.lower() in PLANNING or _own_tense(head) != PAST:
            return PROSPECTIVE
        return PAST
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return PAST
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and not aux:
        return PAST  # "its record high set on Aug. 6"
    if verb.tag_ == "VBP" and not aux and _looks_past(verb):
        return PAST  # "Missiles hit Kyiv on Friday", "Weakness hurt the index"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux):
        if verb.lemma_.lower() in REPORTING and not aux:
            return PAST
        return PRESENT
    return None


def _reporting_verb_before(token: Token) -> Token | None:
    """The verb of saying just before an expression ("said on Tuesday it would strike"): the
    expression dates the saying, whatever the parse attaches it to."""
    i = token.i - 1
    if i >= 0 and token.doc[i].lower_ == "on":
        i -= 1
    if i < 0:
        return None
    verb = token.doc[i]
    if verb.lemma_.lower() in REPORTING and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
        return verb
    return None


def _arranged_for(token: Token, verb: Token) -> bool:
    """The time of something arranged: "for Friday" under a verb of arranging, or "on Saturday"
    under "plan" with an object ("planned a rally on Saturday")."""
    prep = token.head
    if prep.dep_ != "prep" or prep.head != verb or verb.lemma_.lower() not in SCHEDULING:
        return False
    if prep.lower_ == "for":
        return True
    return prep.lower_ == "on" and verb.lemma_.lower() == "plan" and any(c.dep_ == "dobj" for c in verb.children)


def _looks_past(verb: Token) -> bool:
    """A verb tagged present whose past form is the same word, told with a weekday or date:
    the past reading ("hit", "hurt", "cut")."""
    return verb.lower_ in words()["past_same_as_present"]


def _own_tense(verb: Token) -> str | None:
    """PAST when a verb (or its auxiliary) is in a past form."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) or any(a.lemma_ == "have" for a in aux):
        return PAST
    return None


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token, unless a noun phrase stands between them (then the
    verb's tense says little about the expression: "gave no reason for the Jan. 14 deadline")."""
    current = token
    for step in range(8):
        if current.pos_ in ("VERB", "AUX") or current.tag_.startswith("VB") or current.tag_ == "MD":
            return current
        if current.head == current:
            return None
        if step and current.pos_ in ("NOUN",) and current.dep_ not in ("npadvmod", "pobj", "tmod", "obl"):
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
