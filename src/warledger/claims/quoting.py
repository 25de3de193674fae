"""Direct quotations and their speakers: a content widened to the quotation it touches, the
second half of a quotation split by its cue ("“...,” she said, “...”"), and quoted sentences and
paragraphs that go on in the same voice."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .paragraphs import paragraph_bounds
from .quotes import HSPACE, QuoteIndex
from .spans import Found, cue_clause_end, overlaps


def extend_quotes(doc: Doc, found: list[Found], quotes: QuoteIndex) -> None:
    """Widen contents to the quotations they touch; add a quotation's continuation after the cue
    ("“...,” she said, “...”") and the quoted sentences that follow in the same paragraph."""
    text = doc.text
    claimed = {f.content for f in found}
    for item in found:
        if item.kind == "headline":
            continue
        touched = quotes.covering(*item.content)
        touched = [q for q in touched if not overlaps((q.start, q.end), item.cue or (0, 0))]
        if not touched:
            continue
        start = min(item.content[0], touched[0].start)
        end = max(item.content[1], touched[-1].end)
        # a content already in pieces around its cue ("That, the commission said, “would ...”") keeps them
        fragments = list(item.fragments) if item.fragments and (start, end) == item.content else [(start, end)]
        inside = all(q.start <= item.content[0] and item.content[1] <= q.end for q in touched[:1])
        item.quote = inside and touched[0].start <= item.content[0] + 1
        lead = _leading_quote(item, quotes, claimed)
        if lead is not None and lead.end <= start:
            fragments.insert(0, (lead.start, lead.end))
            start = lead.start
        after = _after_cue_clause(item)
        nxt = quotes.starting_at(after, slack=" \t,") if after is not None else None
        if nxt is not None and nxt.start > end and not _claimed_elsewhere(nxt, claimed, item):
            fragments.append((nxt.start, nxt.end))
            end = nxt.end
        if after is not None and after > end:
            tail = _following_quoted_sentences(text, after, quotes, claimed, fragments, item)
            end = max(end, tail) if tail > after else end
        else:
            end = _following_quoted_sentences(text, end, quotes, claimed, fragments, item)
        item.content = (start, end)
        item.fragments = fragments if len(fragments) > 1 else []


def _leading_quote(item: Found, quotes: QuoteIndex, claimed: set):
    """The first half of a quotation split by its cue ("“Judge,” he said, “...”") when the
    content found is the second half."""
    if item.cue is None or item.content[0] < item.cue[1]:
        return None
    begin = min(item.cue[0], item.source[0]) if item.source else item.cue[0]
    lead = quotes.ending_at(begin)
    if lead is None or _claimed_elsewhere(lead, claimed, item):
        return None
    return lead


def quoted_paragraphs(text: str, found: list[Found], quotes: QuoteIndex) -> None:
    """A paragraph that is nothing but a quotation, with no cue of its own, goes on in the voice
    of the speaker whose attribution ends the paragraph before it."""
    by_end = sorted((f for f in found if f.kind in ("verb", "according") and f.cue), key=lambda f: f.content[1])
    for item in by_end:
        lo, hi = paragraph_bounds(text, item.cue[0])
        if max(item.content[1], item.cue[1]) < _last_sentence_start(text, lo, hi):
            continue
        end = item.content[1]
        pieces = list(item.fragments or [item.content])
        pos = hi
        while True:
            start = pos
            while start < len(text) and text[start] in "\n \t":
                start += 1
            q = quotes.starting_at(start)
            if q is None:
                break
            para_lo, para_hi = paragraph_bounds(text, start)
            if text[q.end:para_hi].strip() or any(para_lo <= (f.cue or (-1, -1))[0] < para_hi for f in found):
                break
            pieces.append((q.start, q.end))
            end = q.end
            pos = para_hi
        if end > item.content[1]:
            item.content = (item.content[0], end)
            item.fragments = pieces


def _last_sentence_start(text: str, lo: int, hi: int) -> int:
    cut = max(text.rfind(". ", lo, hi - 2), text.rfind("? ", lo, hi - 2), text.rfind("! ", lo, hi - 2))
    return cut + 2 if cut >= 0 else lo


def _after_cue_clause(item: Found) -> int | None:
    if item.cue_token is None:
        return None
    ends = [item.cue[1]]
    if item.source:
        ends.append(item.source[1])
    ends.append(cue_clause_end(item.cue_token))
    return max(ends)


def _following_quoted_sentences(text: str, end: int, quotes: QuoteIndex, claimed: set,
                                fragments: list, item: Found) -> int:
    """A quotation that goes on right after the cue's sentence, in the same paragraph, with no
    cue of its own, belongs to the same speaker."""
    while True:
        pos = end
        while pos < len(text) and text[pos] in " \t.,;" + HSPACE:
            pos += 1
        if pos >= len(text) or text[pos] == "\n":
            return end
        if not _sentence_break(text, end, pos):
            return end
        nxt = quotes.starting_at(pos)
        if nxt is None or _claimed_elsewhere(nxt, claimed, item):
            return end
        fragments.append((nxt.start, nxt.end))
        end = nxt.end


def _sentence_break(text: str, end: int, pos: int) -> bool:
    between = text[end:pos]
    return "." in between or "?" in between or "!" in between or (end > 0 and text[end - 1] in ".?!”\"'")


def _claimed_elsewhere(quote, claimed: set, item: Found) -> bool:
    return any(c != item.content and c[0] < quote.end and quote.start < c[1] for c in claimed)


# '“...” ― Sonya Herridge', '"..."\n\n- Bernie Sanders.', '"..."\n\n-President Obama, tweeting after the speech.'
DASH_CREDIT = re.compile(r"[”\"][ \t\xa0\u2009\u202f]*(?:\n[ \t]*){0,2}(―|—|–|--?)[ \t\xa0]*"
                         r"([A-Z][^\n,;:!?]{0,60}?)\.?[ \t\xa0]*(?:,[^\n]{0,120})?(?=\n|$)")
NAME = re.compile(r"(?:[A-Z][\w'’.-]*|de|da|del|la|le|van|von|bin|al|y)(?:\s+(?:[A-Z][\w'’.-]*|de|da|del|la|le|van|von|bin|al|y)){0,5}")
QUOTE_OPENERS = "“”\""


def dash_credits(doc: Doc, found: list[Found]) -> list[Found]:
    """A quotation standing alone on its line and credited after a dash to a name ('“...” ― Sonya
    Herridge', '"..."' then '- Bernie Sanders.' on the next line): the typographic attribution line
    of lists of quotations. The dash is the cue, the name (without a description after a comma) the
    source, the quotation with its marks the content. A quotation that is already someone's content
    (a byline after a reported quotation) and a dash before a phrase that is not a name ('– An
    immigrant himself –') are no such credit."""
    text = doc.text
    out: list[Found] = []
    for m in DASH_CREDIT.finditer(text):
        name = m.group(2).rstrip(" .\xa0")
        if not NAME.fullmatch(name):
            continue
        end = m.start() + 1
        line_start = text.rfind("\n", 0, m.start()) + 1
        start = line_start
        while start < end and text[start].isspace():
            start += 1
        if text[start] not in QUOTE_OPENERS or end - start < 4:
            continue
        content = (start, end)
        if any(overlaps(content, f.content) for f in found + out):
            continue
        dash = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        who = doc.char_span(m.start(2), m.start(2) + len(name), alignment_mode="expand")
        if dash is None or who is None:
            continue
        out.append(Found(content=content, source=(m.start(2), m.start(2) + len(name)), cue=(m.start(1), m.end(1)),
                         cue_token=dash[0], source_root=who.root, kind="headline"))
    return out
