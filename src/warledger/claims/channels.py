"""How a claim was made ("said on his Telegram channel" -> Telegram), only where the text tells.

Looks at the cue's own modifiers ("at a briefing", "in a statement", "on X"), at the source
("the ministry's Telegram channel said"), and at cue verbs that name their channel ("tweeted").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import lexicon

AGENCY = re.compile(r"\bnews agency\b|\bwire service\b", re.IGNORECASE)
MODIFIER_DEPS = ("prep", "agent", "npadvmod", "advcl", "dative", "dobj", "advmod")


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
    """Character ranges of the cue's modifiers that lie outside the content."""
    out = []
    for child in cue.children:
        if child.dep_ not in MODIFIER_DEPS:
            continue
        tokens = list(child.subtree)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if start < content[0] < end:
            end = content[0]  # the modifier's part before the content ("at a briefing that ...")
        elif start < content[1] and content[0] < end:
            continue
        out.append((start, end))
    return out
