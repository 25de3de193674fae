"""How a claim was made ("said on his Telegram channel" -> Telegram), only where the text tells.

Looks at the cue's own modifiers ("at a briefing", "in a statement", "on X"), at the source
("the ministry's Telegram channel said"), and at cue verbs that name their channel ("tweeted").
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from . import lexicon

OTHER_CLAUSES = ("advcl", "conj", "ccomp", "xcomp", "parataxis", "relcl", "cc")
# the cue's own modifiers ("wrote on Telegram", "said in a statement", "told reporters by phone"):
# theirs even where a quotation's outer bounds hold them ("'...,' Fedorov wrote on Telegram. '...'")
MODIFIERS = ("prep", "agent", "npadvmod", "advmod", "dative")
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
    document = next((c for c in cue_token.children if c.dep_ == "dobj" and c.i > cue_token.i
                     and c.lemma_.lower() in lexicon.issuing()[1]), None)
    if document is not None and document.i + 1 < len(doc) and doc[document.i + 1].text == ":":
        # "sent a written correction: ...", "issued a statement: ...": the document the words come in
        channel = match_channel(doc.text[document.left_edge.idx:document.idx + len(document.text)])
        if channel:
            return channel
    speaking = source is not None and _names_a_platform(doc.text[source[0]:source[1]])
    for start, end in _cue_modifiers(cue_token, content):
        text = doc.text[start:end]
        if speaking and start < source[1] and source[0] < end:
            # "Facebook now says": the company speaks; its name is no channel
            lo, hi = max(start, source[0]) - start, min(end, source[1]) - start
            text = text[:lo] + " " * (hi - lo) + text[hi:]
        channel = match_channel(text)
        if channel:
            return channel
    if _is_participle_of_a_cue(cue_token):
        # "denied the accusation on X, saying ...": the participle tells the same act
        for start, end in _cue_modifiers(cue_token.head, content):
            channel = match_channel(doc.text[start:end])
            if channel:
                return channel
    for participle in _speaking_participles(cue_token):
        channel = match_channel(doc.text[participle.left_edge.idx:participle.right_edge.idx + len(participle.right_edge.text)])
        if channel:
            return channel
    carrier = _carrying_document(cue_token)
    if carrier is not None:
        return carrier
    trailing = _after_content(cue_token, content)
    if trailing is not None:
        channel = match_channel(trailing)
        if channel:
            return channel
    if source is not None:
        source_text = doc.text[source[0]:source[1]]
        if speaking:
            return _agency_report(source_text, cue_token)
        return match_channel(source_text) or _agency_report(source_text, cue_token)
    return None


TRAILING_CHANNEL = re.compile(r"\s*(?:in|on|at|via|during|through)\s+[^,;.]{1,60}")


def _after_content(cue: Token, content: tuple[int, int]) -> str | None:
    """"put the toll at eight dead and 14 wounded in a statement read on state television": a phrase
    of place or medium right after a content that ends before its sentence does (the parser may hang it
    on the content's last word)."""
    sent = cue.sent
    if cue.idx >= content[0] or not (sent.start_char <= content[1] < sent.end_char):
        return None
    match = TRAILING_CHANNEL.match(cue.doc.text, content[1], sent.end_char)
    return match.group() if match else None


def _carrying_document(cue: Token) -> str | None:
    """"a statement signed by a faction of the MFDC rejecting any part in the attack": a participle
    cue inside the description of a document says what the document says; its channel is the
    document."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("acl", "conj"):
        return None
    for depth, head in enumerate(cue.ancestors):
        if depth >= 5 or head.pos_ == "VERB" and head.dep_ in ("ROOT", "ccomp"):
            return None
        if head.pos_ == "NOUN":
            channel = match_channel(head.text)
            if channel:
                return channel
    return None


SPEAKING = frozenset({"speak", "talk", "address", "appear", "write", "post", "comment", "brief"})


def _speaking_participles(cue: Token) -> list[Token]:
    """"Speaking to the broadcaster by telephone, the governor said", "The minister, speaking at a
    press conference in Islamabad, said": a participle of speaking set off on the cue or its
    subject tells the channel of the same act."""
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    candidates = [c for c in cue.children if c.dep_ == "advcl"]
    candidates += [c for s in subjects for c in s.children if c.dep_ in ("acl", "advcl", "relcl")]
    return [c for c in candidates if c.tag_ in ("VBG", "VBN") and c.lemma_.lower() in SPEAKING]


def _agency_report(source_text: str, cue: Token) -> str | None:
    """"The state news agency Tass reported": a news agency's own report."""
    lex = lexicon.channels()
    if cue.lemma_.lower() not in ("report", "say") or not AGENCY.search(source_text):
        return None
    return lex.agency_report


@lru_cache(maxsize=1)
def _named_outlet() -> re.Pattern:
    expr = lexicon.load_data("attribution_channels.json").get("named_outlet")
    return re.compile(expr) if expr else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _named_media() -> tuple[re.Pattern, ...]:
    """'a televised statement on Al-Masirah', 'through the Amaq news agency', 'on state broadcaster RTG'."""
    return tuple(re.compile(expr) for expr in lexicon.load_data("attribution_channels.json").get("named_media", []))


CARRIED = re.compile(r"\b(statement|communiqu[eé]|press release|message|video)\s+(?:that\s+was\s+|which\s+was\s+)?"
                     r"(?:read|broadcast|aired|carried|shown|relayed|issued|circulated|shared)\s+(?:out\s+)?"
                     r"(?:on|by|over)\b", re.IGNORECASE)


def match_channel(text: str) -> str | None:
    """The channel of the longest channel phrase in `text`, or None; a media arm named before its
    kind ("on its al-Zallaqa propaganda channel") or a medium named after a document or a broadcaster
    ("a televised statement on Al-Masirah") is the channel by its name."""
    lex = lexicon.channels()
    named = _named_outlet().search(text) or next(
        (match for match in (pattern.search(text) for pattern in _named_media()) if match), None)
    if named:
        return named.group("name")
    carried = CARRIED.search(text)
    if carried and carried.group(1).lower() in lex.keywords:
        # "a statement read on state television", "a video circulated on WhatsApp": the statement or
        # video is how the claim was made; the medium only carried it (whereas "a statement on
        # Telegram" is a Telegram post)
        return lex.keywords[carried.group(1).lower()]
    hits = [(m.end() - m.start(), lex.keywords[m.group().lower()]) for m in lex.pattern.finditer(text)
            if not _inside_a_word_or_name(text, m, lex.keywords[m.group().lower()])]
    hits += [(m.end() - m.start(), lex.case_sensitive[m.group()]) for m in lex.exact_pattern.finditer(text)]
    if not hits:
        return None
    return max(hits, key=lambda h: (h[1] not in lex.generic, h[0]))[1]


def _names_a_platform(source_text: str) -> bool:
    """A source that is only a channel's name ("Facebook", "the Twitter"): the company speaking."""
    lex = lexicon.channels()
    match = lex.pattern.fullmatch(re.sub(r"^(?:the|The)\s+", "", source_text.strip()))
    return match is not None and lex.keywords[match.group().lower()][:1].isupper()


def _inside_a_word_or_name(text: str, match: re.Match, channel: str) -> bool:
    """A channel word that begins a hyphenated word ("a post-Cabinet media conference") or ends a
    name ("The Washington Post", "the Kyiv Post": capitalised after a capitalised word) names no
    channel; a platform's own name ("Telegram", "Facebook") still does."""
    if text[match.end():match.end() + 1] == "-":
        return True
    word = match.group()
    before = text[:match.start()].rstrip().split()
    return channel[:1].islower() and word[:1].isupper() and bool(before) and before[-1][:1].isupper() \
        and before[-1][-1:].isalpha()


def _cue_modifiers(cue: Token, content: tuple[int, int]) -> list[tuple[int, int]]:
    """Character ranges of the cue's clause outside the content: its modifiers ("at a briefing",
    "in a statement on Monday"), in runs of adjacent words."""
    other_clauses = {t.i for c in cue.children if c.dep_ in OTHER_CLAUSES for t in c.subtree}
    own = _own_modifiers(cue, content)
    runs: list[list[Token]] = []
    for token in sorted(cue.subtree, key=lambda t: t.i):
        inside = content[0] <= token.idx < content[1] and token.i not in own
        if inside or token.i == cue.i or token.i in other_clauses:
            runs.append([])
            continue
        if not runs or (runs[-1] and runs[-1][-1].i != token.i - 1):
            runs.append([])
        runs[-1].append(token)
    return [(r[0].idx, r[-1].idx + len(r[-1].text)) for r in runs if r]


def _own_modifiers(cue: Token, content: tuple[int, int]) -> set[int]:
    """Tokens of the cue's modifiers that follow the cue when the cue sits inside the content's
    outer bounds (a quotation split around it: '"...," Fedorov wrote on Telegram. "..."')."""
    if not content[0] <= cue.idx < content[1]:
        return set()
    return {t.i for c in cue.children if c.dep_ in MODIFIERS and c.i > cue.i for t in c.subtree}


def _is_participle_of_a_cue(cue: Token) -> bool:
    """"..., saying ...", "..., adding ...": a present participle that hangs on a verb, whose
    channel ("denied the accusation on X", "appeared on television") is the participle's too."""
    return (cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "conj") and cue.head is not cue
            and cue.head.pos_ == "VERB")
