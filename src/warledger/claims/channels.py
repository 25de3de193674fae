"""How a claim was made ("said on his Telegram channel" -> Telegram), only where the text tells.

Looks at the cue's own modifiers ("at a briefing", "in a statement", "on X"), at the source
("the ministry's Telegram channel said"), and at cue verbs that name their channel ("tweeted").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import lexicon

OTHER_CLAUSES = ("advcl", "conj", "ccomp", "xcomp", "parataxis", "relcl", "cc")
AGENCY = re.compile(r"\bnews agency\b|\bwire service\b", re.IGNORECASE)


def find_channel(doc: Doc, cue_token: Token | None, content: tuple[int, int],
                 source: tuple[int, int] | None) -> str | None:
    """The channel named around the cue or in the source, or None."""
    lex = lexicon.channels()
    if cue_token is None:
        return None
    by_verb = lex.verbs.get(cue_token.lemma_.lower())
    if by_verb:
        return by_verb
    for start, end in _cue_modifiers(cue_token, content):
        channel = match_channel(doc.text[start:end])
        if channel:
            return channel
    if source is not None:
        source_text = doc.text[source[0]:source[1]]
        return match_channel(source_text) or _agency_report(source_text, cue_token)
    return None


def _agency_report(source_text: str, cue: Token) -> str | None:
    """"The state news agency Tass reported": a news agency's own report."""
    lex = lexicon.channels()
    if cue.lemma_.lower() not in ("report", "say") or not AGENCY.search(source_text):
        return None
    return lex.agency_report


def match_channel(text: str) -> str | None:
    """The channel of the longest channel phrase in `text`, or None."""
    lex = lexicon.channels()
    hits = [(m.end() - m.start(), lex.keywords[m.group().lower()]) for m in lex.pattern.finditer(text)]
    hits += [(m.end() - m.start(), lex.case_sensitive[m.group()]) for m in lex.exact_pattern.finditer(text)]
    if not hits:
        return None
    return max(hits, key=lambda h: (h[1] not in lex.generic, h[0]))[1]


def _cue_modifiers(cue: Token, content: tuple[int, int]) -> list[tuple[int, int]]:
    """Character ranges of the cue's clause outside the content: its modifiers ("at a briefing",
    "in a statement on Monday"), in runs of adjacent words."""
    other_clauses = {t.i for c in cue.children if c.dep_ in OTHER_CLAUSES for t in c.subtree}
    runs: list[list[Token]] = []
    for token in sorted(cue.subtree, key=lambda t: t.i):
        if content[0] <= token.idx < content[1] or token.i == cue.i or token.i in other_clauses:
            runs.append([])
            continue
        if not runs or (runs[-1] and runs[-1][-1].i != token.i - 1):
            runs.append([])
        runs[-1].append(token)
    return [(r[0].idx, r[-1].idx + len(r[-1].text)) for r in runs if r]
