"""Direct quotations and their speakers: a content widened to the quotation it touches, the
second half of a quotation split by its cue ("“...,” she said, “...”"), and quoted sentences and
paragraphs that go on in the same voice."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from . import lexicon
from .paragraphs import paragraph_bounds
from .quotes import HSPACE, QuoteIndex
from .sources import cue_subject, source_span
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
            _quoted_rest_after_cue(item, quotes, claimed)
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
        elif lead is None:
            begun = _sentence_begun_before_cue(doc, item, touched[0], claimed)
            if begun is not None and begun[1] <= start:
                fragments.insert(0, begun)
                start = begun[0]
        after = _after_cue_clause(item, quotes)
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


def _sentence_begun_before_cue(doc: Doc, item: Found, quote, claimed: set) -> tuple[int, int] | None:
    """"The streets were quiet, he added, “but the cafes stayed open.”": a quotation after its cue
    that opens in lower case goes on with a sentence begun before the cue; that sentence's first
    part, up to the comma before the speaker and the cue, is the first piece of what is said."""
    text = doc.text
    if item.cue is None or item.cue_token is None or quote.start < item.cue[1] or item.content[0] < quote.start:
        return None
    said_end = max(item.cue[1], item.source[1]) if item.source else item.cue[1]
    if text[said_end:quote.start].strip(" \t,") or item.source and item.source[0] < item.cue[0] and \
            text[item.source[1]:item.cue[0]].strip():
        return None  # only "he added," stands between the comma and the quotation
    first = quote.start + 1
    while first < quote.end and text[first] in " \t'‘":
        first += 1
    if first >= quote.end or not text[first].islower():
        return None
    begin = min(item.cue[0], item.source[0]) if item.source else item.cue[0]
    comma = begin
    while comma > 0 and text[comma - 1] in " \t" + HSPACE:
        comma -= 1
    if comma == 0 or text[comma - 1] != ",":
        return None
    sent_start = item.cue_token.sent.start_char
    piece = (sent_start, comma - 1)
    while piece[0] < piece[1] and text[piece[0]].isspace():
        piece = (piece[0] + 1, piece[1])
    if piece[1] - piece[0] < 8 or "\n" in text[piece[0]:piece[1]] or any(
            c != item.content and c[0] < piece[1] and piece[0] < c[1] for c in claimed):
        return None
    words = doc.char_span(piece[0], piece[1], alignment_mode="expand")
    if words is None or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words):
        return None  # "Asked about the delay, she said, “...”": no clause begun
    return piece


def _quoted_rest_after_cue(item: Found, quotes: QuoteIndex, claimed: set) -> None:
    """A plain content before its cue whose sentence goes on in quotation marks after the cue
    ("The roads were empty, he said, “but the shops stayed open.”"): the quotation is the rest of
    what is said; the content takes it as a second piece."""
    if item.cue is None or item.fragments or item.content[1] > item.cue[0]:
        return
    if item.source is not None and item.content[1] > item.source[0]:
        return
    after = _after_cue_clause(item, quotes)
    nxt = quotes.starting_at(after, slack=" \t,") if after is not None else None
    if nxt is None or _claimed_elsewhere(nxt, claimed, item):
        return
    item.fragments = [item.content, (nxt.start, nxt.end)]
    item.content = (item.content[0], nxt.end)


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


def _after_cue_clause(item: Found, quotes: QuoteIndex | None = None) -> int | None:
    """Where the cue's own words end: after the cue, its source and the cue's modifiers ("said
    in an interview on Sunday"), but before a quotation that opens right after the cue and its
    source (", she wrote, “given ...”": the parser may take the quoted words for a modifier)."""
    if item.cue_token is None:
        return None
    ends = [item.cue[1]]
    if item.source:
        ends.append(item.source[1])
    if quotes is not None and quotes.starting_at(max(ends), slack=" \t,") is not None:
        return max(ends)
    ends.append(cue_clause_end(item.cue_token))
    return max(ends)


def _following_quoted_sentences(text: str, end: int, quotes: QuoteIndex, claimed: set,
                                fragments: list, item: Found) -> int:
    """A quotation that goes on right after the cue's sentence, in the same paragraph, with no
    cue of its own, belongs to the same speaker."""
    while True:
        pos = end
        # a cue's modifier that ends with a quoted title closing the sentence ('said on NBC's
        # "Meet the Press." "...'): look for the next quotation after the title's closing mark
        title = next((q for q in quotes.covering(max(end - 1, 0), end + 1)
                      if end < q.end <= end + 80 and text[q.end - 2] in ".?!" and "\n" not in text[end:q.end]), None)
        if title is not None and title.start >= end - 1 or title is not None and title.end <= end + 2:
            pos = title.end
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


def introduced_quotations(doc: Doc, found: list[Found], quotes: QuoteIndex) -> list[Found]:
    """A paragraph that ends with a colon after a verb of saying or issuing ('President Smith
    released the following statement:', 'Stated Jones:') introduces the quotation that opens the
    next paragraph, and the paragraphs after it that are nothing but quotations: they are that
    speaker's words. The cue runs from the verb to the colon when only the verb's object stands
    between them ('made the following comment:')."""
    text = doc.text
    lex = lexicon.cues()
    used = {f.cue_token.i for f in found if f.cue_token is not None}
    out: list[Found] = []
    for colon in doc:
        if colon.text != ":":
            continue
        _, hi = paragraph_bounds(text, colon.idx)
        inverted = _inverted_speaker(colon, lex) or _labelled_speaker(colon)
        if text[colon.idx + 1:hi].strip():
            if inverted is None:
                continue  # the colon must end its paragraph, but for 'Said Jones: “...”'
            start = colon.idx + 1
        elif hi >= len(text):
            continue
        else:
            start = hi
        while start < len(text) and text[start] in "\n \t" + HSPACE:
            start += 1
        q = quotes.starting_at(start)
        if q is None or any(overlaps((q.start, q.end), f.content) for f in found + out):
            continue
        if inverted is not None:
            verb, source, subject = inverted
            cue_end = verb.idx + len(verb.text)
        else:
            verb = _introducing_verb(colon, lex)
            if verb is None or verb.i in used:
                continue
            subject = cue_subject(verb)
            if subject is None:
                continue
            source = source_span(subject, verb)
            between = [t for t in doc[verb.i + 1:colon.i] if not (subject.left_edge.i <= t.i <= subject.right_edge.i)]
            cue_end = colon.idx + 1 if len(between) <= 4 and all(t.head.i == verb.i or t.head.head.i == verb.i
                                                                 for t in between) else verb.idx + len(verb.text)
        pieces = [(q.start, q.end)]
        pos = _paragraph_after(text, q.end)
        while pos is not None:
            nxt = quotes.starting_at(pos)
            if nxt is None:
                break
            para_lo, para_hi = paragraph_bounds(text, pos)
            if text[nxt.end:para_hi].strip() or any(para_lo <= (f.cue or (-1, -1))[0] < para_hi for f in found):
                break
            pieces.append((nxt.start, nxt.end))
            pos = _paragraph_after(text, para_hi)
        used.add(verb.i)
        out.append(Found(content=(pieces[0][0], pieces[-1][1]), source=source, cue=(verb.idx, cue_end),
                         cue_token=verb, source_root=subject, quote=True,
                         fragments=pieces if len(pieces) > 1 else []))
    return out


def _paragraph_after(text: str, pos: int) -> int | None:
    end = text.find("\n", pos)
    if end < 0:
        return None
    while end < len(text) and text[end] in "\n \t" + HSPACE:
        end += 1
    return end if end < len(text) else None


def _introducing_verb(colon, lex):
    """The verb of the colon's sentence that introduces what follows: a verb of saying ('Stated
    Jones:', 'the reporter noted:'), or a verb of issuing whose object is a statement ('released
    the following statement:'); the nearest one before the colon."""
    sent = colon.sent
    for t in reversed(sent[:colon.i - sent.start]):
        if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux", "auxpass"):
            continue
        lemma = t.lemma_.lower()
        if "speech" in lex.kinds(lemma):
            return t
        if lemma in _issuing_verbs() and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.noun_cues | _document_nouns()
                                             for c in t.children):
            return t
    return None


DASHES = ("-", "–", "—", "--")


def _labelled_speaker(colon):
    """'... for Republicans - Jane Doe: “...”', 'From the report: “...”', 'More from Doe: “...”': a
    name set off by a dash, or the thing quoted after "from", then a colon and a quotation (lists of
    excerpts in newsletters). The colon is the cue. Returns (colon, source range, source root) or None."""
    doc = colon.doc
    i = colon.i - 1
    if i >= 0 and doc[i].text == ")":  # "Rep. Jane Doe (R-Ohio):"
        while i > 0 and doc[i].text != "(" and colon.i - i < 8:
            i -= 1
        i -= 1
    end = i
    src = next((t for t in reversed(doc[max(0, end - 6):end]) if t.lower_ == "from"), None)
    if src is not None and src.i < end and all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "PART")
                                               for t in doc[src.i + 1:end + 1]):
        marker, first = src, doc[src.i + 1]  # "From the report:", "More from Bush's Facebook post:"
    else:
        while i >= 0 and end - i < 8 and (doc[i].is_title or doc[i].lower_ in ("and", "of", "the", "&", "'s", "’s")
                                           or doc[i].text == "." or doc[i].pos_ == "PROPN"):
            i -= 1
        if i < 0 or i == end:
            return None
        marker, first = doc[i], doc[i + 1]
    words = doc[first.i:end + 1]
    if marker.text in DASHES:
        if not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in words):
            return None
    elif marker.lower_ == "from":
        before = doc[marker.i - 1] if marker.i > 0 else None
        if not (before is None or before.is_space or before.lower_.lstrip("-–—") == "more"
                or before.text in (".", ":") + DASHES):
            return None
    else:
        return None
    if not len(words):
        return None
    root = max(words, key=lambda t: t.i if t.pos_ in ("PROPN", "NOUN") else -1)
    return colon, (words[0].idx, words[-1].idx + len(words[-1].text)), root


IRREGULAR_PAST = {"said": "say", "wrote": "write", "told": "tell", "spoke": "speak"}


def _inverted_speaker(colon, lex):
    """'Said Jones:', 'Added the senator:': a sentence that opens with a past verb of saying, then
    its speaker, then a colon. Returns (verb, source range, source root) or None (the tagger may
    take the capitalised verb for a name, so the verb is read off its spelling)."""
    doc = colon.doc
    i = colon.i - 1
    while i > 0 and colon.i - i < 8 and not (doc[i].lower_.endswith("ed") or doc[i].lower_ in IRREGULAR_PAST):
        i -= 1
    first = doc[i]
    opens = i == 0 or doc[i - 1].is_space or doc[i - 1].text in (".", "!", "?", "”", '"') or doc[i].is_sent_start
    if not opens or not first.is_title or colon.i - first.i < 2 or colon.i - first.i > 7:
        return None
    word = first.lower_
    stems = (IRREGULAR_PAST[word],) if word in IRREGULAR_PAST else (word[:-1], word[:-2], word[:-3] + "y", word[:-3])
    if not word.endswith("ed") and word not in IRREGULAR_PAST or not any("speech" in lex.kinds(st) for st in stems):
        return None  # "stated" -> "state", "added" -> "add", "replied" -> "reply", "noted" -> "note"
    who = [t for t in first.doc[first.i + 1:colon.i]]
    if not all(t.is_title or t.is_punct or t.lower_ in ("the", "of", "and") for t in who) or \
            not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in who):
        return None
    root = max(who, key=lambda t: t.i if t.pos_ == "PROPN" else -1)
    return first, (who[0].idx, who[-1].idx + len(who[-1].text)), root


def _issuing_verbs() -> frozenset[str]:
    return lexicon.issuing()[0]


def _document_nouns() -> frozenset[str]:
    return lexicon.issuing()[1]


# '“...” [Reuters.]', '“...”  [WaPo]': an outlet credited in brackets right after a quotation
BRACKET_CREDIT = re.compile(r"[ \t\xa0]*\[([A-Z][\w .&'’-]{0,30}?)\.?\](?=[ \t\xa0]*(?:\n|$))")


def bracket_credits(doc: Doc, found: list[Found], quotes: QuoteIndex) -> list[Found]:
    """A quotation that ends its paragraph with an outlet's name in brackets ('“The deal is off,”
    officials said. [Reuters.]' in a digest of other outlets' stories: 'HEADLINE “...” [AP.]') is an
    excerpt of that outlet: the bracket is the cue, the name the source, the quotation the content.
    Only a quotation of several words that no other cue has taken."""
    text = doc.text
    out: list[Found] = []
    for q in quotes.quotes:
        if not q.closed:
            continue
        m = BRACKET_CREDIT.match(text, q.end)
        if m is None or len(text[q.start:q.end].split()) < 6:
            continue
        if any(overlaps((q.start, q.end), f.content) for f in found + out):
            continue
        name = (m.start(1), m.start(1) + len(m.group(1).rstrip(" .")))
        bracket = text.index("[", q.end)
        who = doc.char_span(name[0], name[1], alignment_mode="expand")
        cue = doc.char_span(bracket, m.end(), alignment_mode="expand")
        if who is None or cue is None:
            continue
        out.append(Found(content=(q.start, q.end), source=name, cue=(bracket, m.end()), cue_token=cue[0],
                         source_root=who.root, quote=True, kind="headline"))
    return out
