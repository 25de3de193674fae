"""The source of a cue: its subject phrase, as PolNeAR/PARC mark it ("The capital's mayor, Sergei
Sobyanin"), inherited from the governing verb when the cue has none ("..., saying ...")."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .spans import has_to, trimmed

INHERIT_DEPS = ("xcomp", "advcl", "conj", "pcomp", "acomp")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def cue_subject(token: Token) -> Token | None:
    """The subject of the cue, inherited from the governing verb when the cue has none."""
    current = token
    for _ in range(4):
        subject = _subject_of(current)
        if subject is not None:
            return subject
        if current.dep_ in ("relcl", "acl") and has_to(current):
            return None  # "time to attack", "information to verify": no speaker
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return current.head
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            return current.head
        if current.dep_ not in INHERIT_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def _subject_of(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    for child in token.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def source_span(root: Token, cue: Token) -> tuple[int, int] | None:
    tokens = list(root.subtree)
    if root.head.i == cue.i and root.dep_ == "nsubj":  # "the news agency Tass": two subjects, one phrase
        for other in cue.children:
            if other.dep_ == "nsubj" and other.i != root.i:
                tokens += list(other.subtree)
    if root.i < cue.i:
        tokens = [t for t in tokens if t.i < cue.i]
    first = phrase_start(root)
    tokens = [t for t in tokens if t.i >= first.i]
    if root.dep_ != "nsubj" and root.i == cue.head.i:  # a relative clause's noun: drop the clause
        tokens = [t for t in tokens if not (t.i > root.i and _is_in_relcl(t, root))]
    span = trimmed(tokens)
    if span is None:
        return None
    span = _after_dateline(root.doc.text, span)
    return _with_closing_comma(root.doc, span, cue)


DATELINE = re.compile(r"^[A-Z]{2}[A-Z .,'’-]*(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^)]{1,40}\))?\s*[—–-]+\s+")


def _after_dateline(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A wire dateline ("RENO, Nev. (AP) — ") opening a paragraph is not part of its subject."""
    match = DATELINE.match(text[span[0]:span[1]])
    if match is None or match.end() >= span[1] - span[0]:
        return span
    return span[0] + match.end(), span[1]


def phrase_start(root: Token) -> Token:
    """The first word of a noun phrase, without a clause the parser hung before it ("“We held,”
    Ann Lee said" parsed with the quotation inside the subject)."""
    fronted = [c for c in root.lefts if c.dep_ in ("ccomp", "parataxis")]
    if not fronted:
        return root.left_edge
    after = max(c.right_edge.i for c in fronted) + 1
    doc = root.doc
    while after < root.i and (doc[after].is_punct or doc[after].is_space):
        after += 1
    return doc[after]


def _with_closing_comma(doc: Doc, span: tuple[int, int], cue: Token) -> tuple[int, int]:
    """A source set off by commas keeps its closing comma ("Ann Lee, a local nurse, said")."""
    text = doc.text
    if "," in text[span[0]:span[1]] and span[1] < cue.idx and text[span[1]:cue.idx].strip() == ",":
        return span[0], text.index(",", span[1]) + 1
    return span


def antecedent_span(root: Token) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun stands for ("the mayor, who said ..." -> "the mayor")."""
    if root.lower_ not in RELATIVE_PRONOUNS or root.head.dep_ not in ("relcl", "acl"):
        return None
    noun = root.head.head
    tokens = [t for t in noun.subtree if not _is_in_relcl(t, noun) and t.i <= noun.i + 8]
    tokens = [t for t in tokens if t.i < root.i]
    return trimmed(tokens)


def _is_in_relcl(token: Token, noun: Token) -> bool:
    while token.i != noun.i and token.head.i != token.i:
        if token.head.i == noun.i and token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False
