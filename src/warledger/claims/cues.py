"""Finding reported speech in a parsed Doc: the cue, its source and its content.

Span conventions (as in PolNeAR/PARC news annotation): the cue is the reporting verb alone
("said"; a preposition that belongs to it is included: "called for", "according to"); the
source is the whole subject phrase with its appositions and relative clauses ("The capital's
mayor, Sergei Sobyanin"); the content is the complement clause with its "that", or the
quotation with its marks, without the cue, the source, and the sentence's final stop.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .paragraphs import paragraph_bounds, sentences
from .quotes import QuoteIndex

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
CLAUSE_DEPS = ("ccomp", "parataxis")
OBJECT_DEPS = ("dobj", "attr", "oprd")
RECIPIENT_LEMMAS = {"tell", "inform", "notify", "assure", "reassure", "ask", "warn", "advise", "remind", "brief"}
INHERIT_DEPS = ("xcomp", "advcl", "conj", "pcomp", "acomp")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
PRO_FORMS = {"so", "yes", "no", "otherwise", "when", "why", "how", "where", "whether"}
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
    kind: str = "verb"  # verb | according | headline | noun | as


def find_attributions(doc: Doc) -> list[Found]:
    """Every attribution of the doc, in text order."""
    quotes = QuoteIndex(doc.text)
    found: list[Found] = []
    used_cues: set[int] = set()
    for token in doc:
        item = _verb_cue(token, quotes) or _according_to(token) or _noun_cue(token)
        if item is not None:
            item = _within_paragraph(doc.text, item)
        if item is not None and token.i not in used_cues:
            used_cues.add(token.i)
            found.append(item)
    found = _without_nested_attitudes(found)
    found.extend(_headlines(doc, found))
    _extend_quotes(doc, found, quotes)
    _quoted_paragraphs(doc.text, found, quotes)
    found.sort(key=lambda f: (f.content[0], f.content[1]))
    return found


def _without_nested_attitudes(found: list[Found]) -> list[Found]:
    """Drop beliefs and stances reported inside another claim ("said she planned to ..."):
    they are part of that claim."""
    lex = lexicon.cues()
    keep = []
    for item in found:
        nested = any(o is not item and o.content[0] <= item.cue[0] and item.cue[1] <= o.content[1] for o in found)
        if nested and item.kind == "verb" and "speech" not in lex.kinds(_cue_lemma(item.cue_token, lex)):
            continue
        keep.append(item)
    return keep


def _within_paragraph(text: str, item: Found) -> Found | None:
    """Clip source and content to the cue's paragraph (a quotation introduced by a colon may
    open the next one)."""
    lo, hi = paragraph_bounds(text, item.cue[0])
    if item.content[0] >= hi and text[hi:item.content[0]].strip(" \t\n“\"'") == "" and text[:hi].rstrip().endswith(":"):
        return item
    item.content = _clip(text, item.content, lo, hi)
    if item.content is None:
        return None
    if item.source is not None:
        item.source = _clip(text, item.source, lo, hi)
    item.fragments = [f for f in (_clip(text, f, lo, hi) for f in item.fragments) if f]
    return item


def _clip(text: str, span: tuple[int, int], lo: int, hi: int) -> tuple[int, int] | None:
    start, end = max(span[0], lo), min(span[1], hi)
    if (start, end) == tuple(span):
        return span
    while start < end and text[start] in " \t,;:":
        start += 1
    while end > start and text[end - 1] in " \t,;:":
        end -= 1
    return (start, end) if end > start else None


# --- verbs -------------------------------------------------------------------------------------

def _verb_cue(token: Token, quotes: QuoteIndex) -> Found | None:
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("aux", "auxpass", "amod", "compound"):
        return None
    lex = lexicon.cues()
    lemma = _cue_lemma(token, lex)
    kinds = lex.kinds(lemma)
    prep = _prep_of_cue(token, lemma, lex)
    if not kinds and prep is None:
        return None
    if not kinds:
        kinds = {"speech"}
    cue_end = token
    content: tuple[int, int] | None = None
    if prep is not None:
        cue_end = prep
        content = _prep_content(prep)
    if content is None:
        content = _clause_content(token, lemma, kinds, lex)
    if content is None and "speech" in kinds:
        content = _adjacent_quote(token, quotes) or _misattached_that_clause(token) or _pro_form(token)
    fragments: list[tuple[int, int]] = []
    if content is None and "speech" in kinds:
        content, fragments = _parenthetical_host(token)
    if content is None and ("stance" in kinds or ("speech" in kinds and lemma not in RECIPIENT_LEMMAS
                                                  and lemma not in lex.clause_or_quote_only)):
        content = _object_content(token)
    if content is None:
        return None
    source_root = _source_root(token)
    if source_root is None and not kinds & {"speech"}:
        return None
    if _is_as_clause(token):
        host = _as_host_content(token)
        if host is None:
            return None
        content = host
    inside_quote = bool(quotes.covering(token.idx, token.idx + 1))
    if inside_quote and (not kinds & {"speech"} or (source_root is not None and source_root.lower_ in lex.first_person_sources)):
        return None  # "I think", "he wants to ...": a quoted speaker's own words, not a new claim
    source = _source_span(source_root, token) if source_root is not None else None
    pieces = fragments or [content]
    if source is not None and any(_overlaps(source, p) for p in pieces):
        source = None
    cue = (_cue_start(token, lex), _cue_end(cue_end))
    if any(_overlaps(cue, p) for p in pieces):
        return None
    return Found(content=content, source=source, cue=cue, cue_token=token, source_root=source_root,
                 fragments=fragments)


def _cue_lemma(token: Token, lex: lexicon.CueLexicon) -> str:
    """The verb's lemma, with a fallback for forms the lemmatizer misreads ("hopes" -> "hop")."""
    lemma = token.lemma_.lower()
    if lex.kinds(lemma) or lemma in lex.prep_cues:
        return lemma
    word = token.lower_
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", "e"), ("ed", "e"), ("s", ""), ("ed", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(suffix) and lex.kinds(word[: -len(suffix)] + repl):
            return word[: -len(suffix)] + repl
    return lemma


def _pro_form(token: Token) -> tuple[int, int] | None:
    """"said so", "said yes", "would not say when": a word standing for the content."""
    for child in token.rights:
        if child.lower_ in PRO_FORMS and child.dep_ in ("advmod", "intj", "dobj", "ccomp", "advcl", "npadvmod"):
            return child.idx, child.idx + len(child.text)
    return None


def _parenthetical_host(token: Token) -> tuple[tuple[int, int] | None, list]:
    """"The town, he said, was empty": the cue set off inside its content."""
    if token.dep_ not in ("parataxis", "ccomp", "advcl") or token.head.pos_ not in ("VERB", "AUX"):
        return None, []
    doc = token.doc
    clause = sorted(token.subtree, key=lambda t: t.i)
    words = [t for t in clause if not t.is_punct]
    first, last = words[0], words[-1]
    if first.i == 0 or doc[first.i - 1].text != "," or last.i + 1 >= len(doc) or doc[last.i + 1].text != ",":
        return None, []
    inside = {t.i for t in clause} | {first.i - 1, last.i + 1}
    host = [t for t in token.head.subtree if t.i not in inside]
    before = _trimmed([t for t in host if t.i < first.i])
    after = _trimmed([t for t in host if t.i > last.i])
    if before is None or after is None:
        return None, []
    return (before[0], after[1]), [before, after]


def _cue_start(token: Token, lex: lexicon.CueLexicon) -> int:
    """The cue with its auxiliaries, negation and adverbs ("has also said", "did not deny")."""
    start = token
    i = token.i - 1
    while i >= 0:
        left = token.doc[i]
        if left.head.i != token.i or not (left.dep_ in ("aux", "auxpass", "neg") or (
                left.dep_ == "advmod" and left.lower_ in lex.cue_modifiers)):
            break
        start = left
        i -= 1
    return start.idx


def _cue_end(last: Token) -> int:
    """The cue's end, with a colon that follows it directly ("said:")."""
    end = last.idx + len(last.text)
    if last.i + 1 < len(last.doc) and last.nbor(1).text == ":" and not last.whitespace_:
        return last.nbor(1).idx + 1
    return end


def _prep_of_cue(token: Token, lemma: str, lex: lexicon.CueLexicon) -> Token | None:
    allowed = lex.prep_cues.get(lemma)
    if not allowed:
        return None
    for child in token.rights:
        if child.dep_ in ("prep", "prt") and child.lower_ in allowed and child.i <= token.i + 2:
            return child
    return None


def _prep_content(prep: Token) -> tuple[int, int] | None:
    if prep.dep_ == "prep":
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if objects:
            return _trimmed(objects[0].subtree)
        return None
    # a particle: "pointed out that ..." takes the verb's clause or object
    head = prep.head
    for child in head.rights:
        if child.i > prep.i and child.dep_ in CLAUSE_DEPS + OBJECT_DEPS:
            return _trimmed(child.subtree)
    return None


def _clause_content(token: Token, lemma: str, kinds: set[str], lex: lexicon.CueLexicon) -> tuple[int, int] | None:
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    right = [c for c in clauses if c.i > token.i]
    left = [c for c in clauses if c.i < token.i and _ends_before_subject(c, token)]
    chosen = left[:1] or right[:1]
    if chosen:
        return _trimmed(chosen[0].subtree)
    if lemma in lex.takes_infinitive:
        for child in token.rights:
            if child.dep_ == "xcomp" and child.tag_ == "VB" and _has_to(child):
                return _trimmed(child.subtree)
    return None


def _ends_before_subject(clause: Token, cue: Token) -> bool:
    """A fronted content clause is set off by a comma or a closing quotation mark
    ("The line held, the army said"; "“We held,” she said")."""
    after = clause.right_edge.i + 1
    doc = cue.doc
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    return after < len(doc) and (doc[after].text in (",", "”", '"', "''", ":") or doc[after - 1].text in (",", "”", '"'))


def _has_to(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _adjacent_quote(token: Token, quotes: QuoteIndex) -> tuple[int, int] | None:
    """A quotation the verb introduces ("said: “...”") or closes ("“...,” she said")."""
    sent = token.sent
    after = _next_non_space(token.doc.text, _cue_clause_end(token))
    if after is not None and token.doc.text[after] in ":,":
        q = quotes.starting_at(after + 1, slack=" \t\n")
        if q is not None:
            return (q.start, q.end)
    q = quotes.ending_at(_clause_start(token, sent))
    if q is not None and q.end <= token.idx:
        return (q.start, q.end)
    return None


def _misattached_that_clause(token: Token) -> tuple[int, int] | None:
    """"said at a briefing that talks would resume": the parser may hang the that-clause on the
    noun of the cue's modifier as a relative clause; after a speech verb it is the content."""
    for prep in token.rights:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            for clause in noun.rights:
                first = clause.left_edge
                if clause.dep_ in ("relcl", "acl") and first.lower_ == "that" and first.i == noun.right_edge.i - len(list(clause.subtree)) + 1 \
                        and any(c.dep_ == "nsubj" and c.lower_ != "that" for c in clause.children):
                    return _trimmed(clause.subtree)
    return None


def _cue_clause_end(token: Token) -> int:
    """End of the cue with its own modifiers ("said on his Telegram channel")."""
    end = token.idx + len(token.text)
    for child in token.rights:
        if child.dep_ in ("prep", "npadvmod", "advmod", "dative", "dobj", "nsubj", "agent", "prt"):
            last = child.subtree
            tokens = list(last)
            end = max(end, tokens[-1].idx + len(tokens[-1].text))
    return end


def _clause_start(token: Token, sent: Span) -> int:
    start = token.idx
    for child in token.lefts:
        if child.dep_ in SUBJECT_DEPS or child.dep_ in ("aux", "advmod", "neg"):
            start = min(start, child.left_edge.idx)
    return start


def _next_non_space(text: str, pos: int) -> int | None:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos if pos < len(text) else None


def _object_content(token: Token) -> tuple[int, int] | None:
    """The rest of the verb phrase for stance verbs ("mocked him for ..."), from the object on."""
    rights = [c for c in token.rights if c.dep_ not in ("punct", "cc", "conj")]
    objects = [c for c in rights if c.dep_ in OBJECT_DEPS + ("dative",)]
    if not objects:
        return None
    first = objects[0]
    keep = [c for c in rights if c.i >= first.i and not _comma_before(c) and c.dep_ != "advcl"]
    keep = [c for c in keep if c.dep_ not in ("npadvmod",)] or [first]
    tokens = [t for c in keep for t in c.subtree]
    return _trimmed(tokens)


def _comma_before(token: Token) -> bool:
    left = token.left_edge
    return left.i > 0 and left.nbor(-1).text in (",", ";", "—", "–")


# --- sources -----------------------------------------------------------------------------------

def _source_root(token: Token) -> Token | None:
    """The subject of the cue, inherited from the governing verb when the cue has none."""
    current = token
    for _ in range(4):
        subject = _subject_of(current)
        if subject is not None:
            return subject
        if current.dep_ in ("relcl", "acl") and _has_to(current):
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


def _source_span(root: Token, cue: Token) -> tuple[int, int] | None:
    tokens = list(root.subtree)
    if root.head.i == cue.i and root.dep_ == "nsubj":  # "the news agency Tass": two subjects, one phrase
        for other in cue.children:
            if other.dep_ == "nsubj" and other.i != root.i:
                tokens += list(other.subtree)
    if root.i < cue.i:
        tokens = [t for t in tokens if t.i < cue.i]
    if root.dep_ != "nsubj" and root.i == cue.head.i:  # a relative clause's noun: drop the clause
        tokens = [t for t in tokens if not (t.i > root.i and _is_in_relcl(t, root))]
    span = _trimmed(tokens)
    return _with_closing_comma(root.doc, span, cue) if span else None


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
    return _trimmed(tokens)


def _is_in_relcl(token: Token, noun: Token) -> bool:
    while token.i != noun.i and token.head.i != token.i:
        if token.head.i == noun.i and token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


# --- "according to", "as X said", noun cues ------------------------------------------------------

def _according_to(token: Token) -> Found | None:
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
        to = token.nbor(1)
    if to is None:
        return None
    objects = [c for c in to.children if c.dep_ == "pobj"]
    source = _trimmed(objects[0].subtree) if objects else None
    phrase_tokens = list(token.subtree) + ([t for t in to.subtree] if to.head.i != token.i else [])
    name = _apposed_name(phrase_tokens)
    if source is not None and name:
        phrase_tokens += name
        source = (source[0], name[-1].idx + len(name[-1].text))
    phrase = (min(t.idx for t in phrase_tokens), max(t.idx + len(t.text) for t in phrase_tokens))
    content, fragments = _sentence_without(token.sent, phrase)
    if content is None:
        return None
    cue = (token.idx, to.idx + len(to.text))
    return Found(content=content, source=source, cue=cue, cue_token=token,
                 source_root=objects[0] if objects else None, fragments=fragments, kind="according")


def _apposed_name(phrase: list[Token]) -> list[Token]:
    """", Vadym Filashkin," right after "according to the head of ...": the source's name."""
    if not phrase:
        return []
    doc = phrase[0].doc
    i = max(t.i for t in phrase) + 1
    if i >= len(doc) or doc[i].text != ",":
        return []
    j = i + 1
    while j < len(doc) and doc[j].ent_type_ == "PERSON":
        j += 1
    if j == i + 1 or j >= len(doc) or doc[j].text != ",":
        return []
    return list(doc[i + 1:j])


def _sentence_without(sent: Span, phrase: tuple[int, int]) -> tuple[tuple[int, int] | None, list]:
    before = _trimmed([t for t in sent if t.idx + len(t.text) <= phrase[0]])
    after = _trimmed([t for t in sent if t.idx >= phrase[1]])
    parts = [p for p in (before, after) if p is not None]
    if not parts:
        return None, []
    content = (parts[0][0], parts[-1][1])
    return content, (parts if len(parts) > 1 else [])


def _is_as_clause(token: Token) -> bool:
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)


def _as_host_content(token: Token) -> tuple[int, int] | None:
    clause = set(t.i for t in token.subtree)
    host = [t for t in token.head.subtree if t.i not in clause]
    return _trimmed(host)


def _noun_cue(token: Token) -> Found | None:
    """"X's statement that ...", "a claim by X that ..."."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.cues().noun_cues:
        return None
    clause = next((c for c in token.rights if c.dep_ in ("acl", "ccomp", "appos")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
    if owner is None:
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
                owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                break
    if owner is None:
        return None
    source = _trimmed([t for t in owner.subtree if t.dep_ != "case"])
    content = _trimmed(clause.subtree)
    if content is None:
        return None
    return Found(content=content, source=source, cue=(token.idx, token.idx + len(token.text)),
                 cue_token=token, source_root=owner, kind="noun")


# --- headlines: "Zelensky: We will not give up territory" ----------------------------------------

def _headlines(doc: Doc, found: list[Found]) -> list[Found]:
    out = []
    taken = [f.content for f in found]
    for sent in sentences(doc):
        colon = next((t for t in sent if t.text == ":" and t.i - sent.start <= 6), None)
        if colon is None or colon.i == sent.start or not _is_paragraph_start(doc, sent):
            continue
        head = doc[sent.start:colon.i]
        if not _looks_like_name(head):
            continue
        if colon.i + 1 < len(doc) and colon.nbor(1).like_num:
            continue
        content = _trimmed(list(doc[colon.i + 1:sent.end]))
        if content is None or any(c == content for c in taken):
            continue
        out.append(Found(content=content, source=_trimmed(list(head)), cue=(colon.idx, colon.idx + 1),
                         cue_token=colon, source_root=head.root, kind="headline"))
    return out


def _looks_like_name(head: Span) -> bool:
    """A headline's speaker: capitalised words, no verb ("Zelensky", "UN envoy Guterres")."""
    words = [t for t in head if t.is_alpha]
    if not words or any(t.pos_ in ("VERB", "AUX") and not t.is_title for t in head):
        return False
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in head) or all(
        t.is_title or t.is_upper for t in words)


def _is_paragraph_start(doc: Doc, sent: Span) -> bool:
    before = doc.text[:sent.start_char].rstrip(" \t")
    return not before or before.endswith("\n")


# --- quotations ---------------------------------------------------------------------------------

def _extend_quotes(doc: Doc, found: list[Found], quotes: QuoteIndex) -> None:
    """Widen contents to the quotations they touch; add a quotation's continuation after the cue
    ("“...,” she said, “...”") and the quoted sentences that follow in the same paragraph."""
    text = doc.text
    claimed = {f.content for f in found}
    for item in found:
        if item.kind == "headline":
            continue
        touched = quotes.covering(*item.content)
        touched = [q for q in touched if not _overlaps((q.start, q.end), item.cue or (0, 0))]
        if not touched:
            continue
        start = min(item.content[0], touched[0].start)
        end = max(item.content[1], touched[-1].end)
        fragments = [(start, end)]
        inside = all(q.start <= item.content[0] and item.content[1] <= q.end for q in touched[:1])
        item.quote = inside and touched[0].start <= item.content[0] + 1
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


def _quoted_paragraphs(text: str, found: list[Found], quotes: QuoteIndex) -> None:
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
            if q is None or not q.closed:
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
    ends.append(_cue_clause_end(item.cue_token))
    return max(ends)


def _following_quoted_sentences(text: str, end: int, quotes: QuoteIndex, claimed: set,
                                fragments: list, item: Found) -> int:
    """A quotation that goes on right after the cue's sentence, in the same paragraph, with no
    cue of its own, belongs to the same speaker."""
    while True:
        pos = end
        while pos < len(text) and text[pos] in " \t.,;":
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


# --- spans --------------------------------------------------------------------------------------

def _trimmed(tokens) -> tuple[int, int] | None:
    """Character range of the tokens, without leading or trailing punctuation (quotation
    marks are kept when they are balanced inside the range)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_space or tokens[0].text in EDGE_PUNCT or tokens[0].text in ("”",)):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or tokens[-1].text in EDGE_PUNCT or tokens[-1].text in ("“",)):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]
