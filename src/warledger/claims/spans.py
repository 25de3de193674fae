"""Attributions found, as character ranges, and the span helpers every cue finder uses."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

EDGE_PUNCT = set(",;:-–—()[]/") | {"."}


@dataclass
class Found:
    """One attribution as character ranges, with the tokens later stages need."""

    content: tuple[int, int]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    cue_token: Token | None = None
    source_root: Token | None = None
    quote: bool = False
    fragments: list[tuple[int, int]] = field(default_factory=list)
    kind: str = "verb"  # verb | according | headline | noun | as | evidential


def trimmed(tokens) -> tuple[int, int] | None:
    """Character range of the tokens, without leading or trailing punctuation (quotation
    marks are kept when they are balanced inside the range)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_space or tokens[0].text in EDGE_PUNCT or tokens[0].text in ("”",)):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or tokens[-1].text in EDGE_PUNCT or tokens[-1].text in ("“",)):
        if tokens[-1].text in CLOSING and _opened(tokens):
            break  # "Sen. Bernie Sanders (I-Vt.)": a closed parenthesis stays
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


CLOSING = {")": "(", "]": "["}


def _opened(tokens) -> bool:
    """True when the last token closes a bracket opened inside the tokens."""
    opening = CLOSING[tokens[-1].text]
    depth = 0
    for t in tokens[:-1]:
        depth += (t.text == opening) - (t.text == tokens[-1].text)
    return depth > 0


def overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


CLOSING_QUOTES = {"”", '"', "''", "’"}


def is_quoted_fragment(subject: Token) -> bool:
    """A subject of a cue that ends a quotation closing right before the cue ("“He opposed them.
    Every single amendment,” said Cruz"): the parser took the quotation's last, verbless sentence
    for the subject; it is part of what is said. The quotation closes after a comma (or its own
    stop) right after the subject's phrase."""
    doc = subject.doc
    nxt = subject.right_edge.i + 1
    if nxt < len(doc) and doc[nxt].text in (",", ".", "!", "?"):
        nxt += 1
    if nxt < len(doc) and nxt < subject.head.i and doc[nxt].text in CLOSING_QUOTES and doc[nxt].tag_ == "''":
        return True
    return inside_quotation_before(subject, subject.head)


def inside_quotation_before(word: Token, cue: Token) -> bool:
    """True when the word's phrase stands inside a quotation that closes before the cue (“It will
    come, sooner rather than later,” said X: the parser may hang the quotation's last words, "it",
    "will", on the cue); such words are part of what is said, not the cue's subject or auxiliary.
    A closing mark lies between the phrase and the cue, and the nearest mark before the phrase
    opens a quotation."""
    doc = word.doc
    if word.i > cue.i:
        return False
    between = doc[word.right_edge.i + 1:cue.i]
    if not any(t.tag_ == "''" and t.text in CLOSING_QUOTES for t in between):
        return False
    for t in reversed(doc[max(0, word.left_edge.i - 80):word.left_edge.i]):
        if t.tag_ == "''" and t.text in CLOSING_QUOTES:
            return False
        if t.tag_ == "``":
            return True
    return False


def has_to(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def cue_clause_end(token: Token) -> int:
    """End of the cue with its own modifiers ("said on his Telegram channel")."""
    end = token.idx + len(token.text)
    for child in token.rights:
        if child.dep_ in ("prep", "npadvmod", "advmod", "dative", "dobj", "nsubj", "agent", "prt") or (
                child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN")):  # "said, attempting to smile"
            last = child.subtree
            tokens = list(last)
            end = max(end, tokens[-1].idx + len(tokens[-1].text))
    return end


TIME_NOUNS = {"year", "month", "week", "day", "time", "night", "hour", "decade", "minute", "morning", "evening",
              "afternoon", "weekend"}


def is_time_phrase(prep: Token) -> bool:
    """"for years", "on Tuesday evening", "for the second consecutive debate": a preposition
    whose object is a stretch of time, not a content."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    obj = objects[0]
    return obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in TIME_NOUNS or (
        obj.ent_type_ == "ORDINAL" or any(c.ent_type_ == "ORDINAL" for c in obj.children))
