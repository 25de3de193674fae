"""Statements about whether claims could be checked, and the text whose claims they qualify.

"There was no independent information to verify those figures" qualifies the claims reported just
before it; "Russia claimed, without providing evidence, that ..." qualifies its own sentence;
"reportedly" qualifies its own clause. The phrases are data (lang/en/claims_verification.json).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span

from ..models import Verification
from . import lexicon
from .paragraphs import sentences as split_sentences

NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b",
                    re.IGNORECASE)
STATUS_ORDER = ("unverified", "disputed", "confirmed")


def find_verifications(doc: Doc, cues: Sequence[tuple[int, int, bool]] = (),
                       denials: Sequence[tuple[int, int]] = ()) -> list[Verification]:
    """Verification statements of the doc with their scopes.

    `cues` are the attributions found, as (cue start, cue end, source is a new claimant): a
    sentence with a new claimant starts a chain of claims, which bounds a backward scope.
    `denials` are the cues of attributions that deny something ("denied that ..."): they make
    the claims just before them disputed."""
    lex = lexicon.verification()
    sentences = split_sentences(doc)
    out: list[Verification] = []
    for k, sent in enumerate(sentences):
        taken: list[tuple[int, int]] = []
        for status, pattern in _ordered(lex.patterns):
            for match in pattern.finditer(sent.text):
                start, end = sent.start_char + match.start(), sent.start_char + match.end()
                if any(start < e and s < end for s, e in taken):
                    continue
                taken.append((start, end))
                if status == "confirmed" and lex.negators.search(sent.text[: match.start()]):
                    status_here = "unverified"  # "Neither side's claims could be verified"
                else:
                    status_here = status
                end = start + len(match.group().rstrip())
                out.append(_statement(doc, sentences, k, start, end, status_here, cues))
        for token in sent:
            if token.lower_ in lex.hedges and not any(token.idx < e and s < token.idx + 1 for s, e in taken):
                clause = list(token.head.subtree)
                out.append(Verification(token.idx, token.idx + len(token.text), token.text, "unverified",
                                        clause[0].idx, clause[-1].idx + len(clause[-1].text)))
    out.extend(_denials(doc, sentences, denials, cues))
    out.sort(key=lambda v: v.start)
    return out


def _denials(doc: Doc, sentences: list[Span], denials: Sequence[tuple[int, int]],
             cues: Sequence[tuple[int, int, bool]]) -> list[Verification]:
    out = []
    for start, _ in denials:
        k = next((i for i, s in enumerate(sentences) if s.start_char <= start < s.end_char), None)
        if k is None:
            continue
        scope = _backward_scope(doc, sentences, k, cues)
        if scope is not None:
            text = _trim_stop(sentences[k].text)
            out.append(Verification(sentences[k].start_char, sentences[k].start_char + len(text), text,
                                    "disputed", *scope))
    return out


def phrase_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of every verification phrase of the text ("could not independently
    confirm"): a cue inside one reports a check, not a claim."""
    lex = lexicon.verification()
    return [m.span() for _, pattern in lex.patterns for m in pattern.finditer(text)]


def _ordered(patterns):
    return sorted(patterns, key=lambda p: STATUS_ORDER.index(p[0]))


def _statement(doc: Doc, sentences: list[Span], k: int, start: int, end: int, status: str,
               cues: Sequence[tuple[int, int, bool]]) -> Verification:
    sent = sentences[k]
    if _points_back(sent, start, end, cues):
        if lexicon.verification().multi_claim.search(sent.text):
            scope = _paragraphs_of_claims(doc, sentences, k, cues)
        else:
            scope = _backward_scope(doc, sentences, k, cues)
        if scope is not None:
            text = _trim_stop(sent.text)
            return Verification(sent.start_char, sent.start_char + len(text), text, status, *scope)
    text = doc.text[start:end]
    return Verification(start, end, text, status, sent.start_char, sent.end_char)


def _points_back(sent: Span, start: int, end: int, cues: Sequence[tuple[int, int, bool]]) -> bool:
    """True when the statement stands alone and refers to claims already made ("those figures")."""
    lex = lexicon.verification()
    if lex.anaphors.search(sent.text):
        return True
    before = sent.text[: start - sent.start_char]
    after = sent.text[end - sent.start_char:]
    has_claim_here = any(sent.start_char <= c[0] < sent.end_char for c in cues) or NUMBER.search(before + after)
    return not has_claim_here


def _backward_scope(doc: Doc, sentences: list[Span], k: int,
                    cues: Sequence[tuple[int, int, bool]]) -> tuple[int, int] | None:
    """The sentences before sentence k that carry the claims: back to the start of the
    paragraph (or over the whole previous paragraph when k opens one), stopping at the
    sentence that introduces the claimant."""
    candidates = _previous_sentences(doc, sentences, k)
    chosen: list[Span] = []
    for sent in reversed(candidates):
        has_cue = [c for c in cues if sent.start_char <= c[0] < sent.end_char]
        if chosen and not has_cue and not NUMBER.search(sent.text):
            break
        chosen.append(sent)
        if any(new for _, _, new in has_cue):
            break
    if not chosen:
        return None
    return chosen[-1].start_char, chosen[0].end_char


def _paragraphs_of_claims(doc: Doc, sentences: list[Span], k: int,
                          cues: Sequence[tuple[int, int, bool]], limit: int = 4) -> tuple[int, int] | None:
    """For "Neither account ..." / "Both sides' claims ...": the paragraphs of claims before
    sentence k, back to the first paragraph without a claim (at most `limit` paragraphs)."""
    here = _paragraph_of(doc, sentences[k].start_char)
    chosen: list[Span] = [s for s in sentences[:k] if _paragraph_of(doc, s.start_char) == here]
    paragraph = here - 1
    while paragraph >= 0 and here - paragraph <= limit:
        members = [s for s in sentences[:k] if _paragraph_of(doc, s.start_char) == paragraph]
        if not any(s.start_char <= c[0] < s.end_char for s in members for c in cues):
            break
        chosen = members + chosen
        paragraph -= 1
    if not chosen:
        return _backward_scope(doc, sentences, k, cues)
    return chosen[0].start_char, chosen[-1].end_char


def _previous_sentences(doc: Doc, sentences: list[Span], k: int) -> list[Span]:
    if k == 0:
        return []
    paragraph = _paragraph_of(doc, sentences[k].start_char)
    same = [s for s in sentences[:k] if _paragraph_of(doc, s.start_char) == paragraph]
    if same:
        return same
    previous = _paragraph_of(doc, sentences[k - 1].start_char)
    return [s for s in sentences[:k] if _paragraph_of(doc, s.start_char) == previous]


PARAGRAPH_BREAK = re.compile(r"\n+")


def _paragraph_of(doc: Doc, pos: int) -> int:
    """Index of the paragraph (text between line breaks) that holds `pos`."""
    return len(PARAGRAPH_BREAK.findall(doc.text, 0, pos))


def _trim_stop(text: str) -> str:
    text = text.rstrip()
    while text and text[-1] in ".!":
        text = text[:-1]
    return text


def verification_at(doc_or_list: Doc | Iterable[Verification], start: int, end: int) -> str:
    """The status of the most specific verification statement whose scope holds text[start:end]
    ("unverified", "disputed", "confirmed"), or "unstated"."""
    if isinstance(doc_or_list, Doc):
        items = doc_or_list._.wl_verifications or []
    else:
        items = list(doc_or_list)
    holding = [v for v in items if v.scope_start <= start and end <= v.scope_end]
    if not holding:
        return "unstated"
    best = min(holding, key=lambda v: (v.scope_end - v.scope_start, -v.start))
    return best.status
