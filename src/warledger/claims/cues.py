"""Finding reported speech in a parsed Doc: the cue, its source and its content.

Span conventions (as in PolNeAR/PARC news annotation): the cue is the reporting verb alone
("said"; a preposition that belongs to it is included: "called for", "according to"); the
source is the whole subject phrase with its appositions and relative clauses ("The capital's
mayor, Sergei Sobyanin"); the content is the complement clause with its "that", or the
quotation with its marks, without the cue, the source, and the sentence's final stop.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .channels import match_channel
from .evidential import evidential_cue
from .paragraphs import paragraph_bounds
from .phrase_cues import (according_to, headlines, infinitive_noun_cue, made_clear, noun_cue, object_noun_cue,
                          stance_adjective, survey_finding, title_case_headlines)
from .quotes import QuoteIndex
from .quoting import bracket_credits, dash_credits, extend_quotes, introduced_quotations, quoted_paragraphs
from .sources import cue_subject, phrase_start, source_span, stranded_appositive
from .spans import (Found, cue_clause_end, has_to, inside_quotation_before, is_quoted_fragment, is_time_phrase, overlaps,
                    trimmed)

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
CLAUSE_DEPS = ("ccomp", "parataxis")
OBJECT_DEPS = ("dobj", "attr", "oprd")
CHANNEL_PREPS = {"in", "on", "at", "via", "through", "during"}


def find_attributions(doc: Doc) -> list[Found]:
    """Every attribution of the doc, in text order."""
    quotes = QuoteIndex(doc.text)
    found: list[Found] = []
    used_cues: set[int] = set()
    for token in doc:
        item = (_verb_cue(token, quotes) or according_to(token) or noun_cue(token) or infinitive_noun_cue(token)
                or object_noun_cue(token) or evidential_cue(token) or survey_finding(token) or made_clear(token)
                or stance_adjective(token))
        if item is not None and _inside_markup(doc.text, token.idx):
            item = None  # '<tweet author="..." tweet_id="...">': a tag's name, not a verb
        if item is not None:
            item = _within_paragraph(doc.text, item)
        if item is not None and token.i not in used_cues:
            used_cues.add(token.i)
            found.append(item)
    _participles_of_the_speaker(doc, found)
    found = _without_nested_attitudes(found)
    found = [f for f in found if not _inside_quotation(f, quotes)]
    found.extend(headlines(doc, found))
    found.extend(title_case_headlines(doc, found))
    found.extend(_documents_before_a_colon(doc, found))
    extend_quotes(doc, found, quotes)
    quoted_paragraphs(doc.text, found, quotes)
    found.extend(dash_credits(doc, found))
    found.extend(introduced_quotations(doc, found, quotes))
    found.extend(bracket_credits(doc, found, quotes))
    found.sort(key=lambda f: (f.content[0], f.content[1]))
    return found


def _inside_markup(text: str, pos: int) -> bool:
    """True inside an HTML or XML tag left in the text ('<tweet pic="" author="X">'): between a
    '<' and the next '>' with no '<' or line break between them."""
    opening = text.rfind("<", max(0, pos - 300), pos)
    if opening < 0 or ">" in text[opening:pos] or "\n" in text[opening:pos]:
        return False
    closing = text.find(">", pos, pos + 500)
    return closing >= 0 and "<" not in text[pos:closing] and "\n" not in text[pos:closing]


def _inside_quotation(item: Found, quotes: QuoteIndex) -> bool:
    """A cue inside a closed quotation is the quoted speaker's own wording ("“They told us the
    bridge was safe,” he said"): part of that quotation's claim, not a claim of its own."""
    start, end = item.cue
    return any(q.closed and q.start < start and end < q.end for q in quotes.covering(start, end))


def _participles_of_the_speaker(doc: Doc, found: list[Found]) -> None:
    """"X denied that ..., saying ...": a participle the parser hung inside the first content
    belongs to the first speaker; the first content ends before it."""
    for item in found:
        token = item.cue_token
        if item.source is not None or token is None or token.tag_ != "VBG" or token.i == 0 or doc[token.i - 1].text != ",":
            continue
        host = next((o for o in found if o is not item and o.source is not None and o.kind == "verb"
                     and o.content[0] < token.idx < o.content[1]), None)
        if host is None:
            continue
        item.source, item.source_root = host.source, host.source_root
        host.content = (host.content[0], doc[token.i - 1].idx)
        host.fragments = []


def _without_nested_attitudes(found: list[Found]) -> list[Found]:
    """Drop beliefs and stances reported inside another claim ("said she planned to ..."):
    they are part of that claim."""
    lex = lexicon.cues()
    keep = []
    for item in found:
        nested = any(o is not item and o.content[0] <= item.cue[0] and item.cue[1] <= o.content[1] for o in found)
        if nested and (item.kind in ("noun", "evidential") or (
                item.kind == "verb" and "speech" not in lex.kinds(_cue_lemma(item.cue_token, lex)))):
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


def _verb_cue(token: Token, quotes: QuoteIndex) -> Found | None:
    """An attribution whose cue is this verb, or None."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("aux", "auxpass", "amod", "compound"):
        return None
    lex = lexicon.cues()
    lemma = _cue_lemma(token, lex)
    kinds = lex.kinds(lemma)
    prep = _prep_of_cue(token, lemma, lex)
    back = _retort_particle(token, lemma) if prep is None else None
    if not kinds and prep is None and back is None:
        return None
    if token.dep_ in ("acl", "relcl") and has_to(token) and infinitive_noun_cue(token.head) is not None:
        return None  # "Turkey's refusal to acknowledge the killings": the noun is the cue, the infinitive its content
    if lemma in lex.naming_verbs and token.dep_ == "acl" and token.tag_ == "VBN" and \
            not any(c.dep_ == "agent" for c in token.children):
        return None  # "a program called Sandy Hook Promise": a name, not a claim
    if lemma in lex.naming_verbs and _names_itself(token):
        return None  # "a group that calls itself Asawitiri Media": its name, not a claim about it
    kinds = kinds or {"speech"}
    cue_last = prep or _cue_object(token, lemma, lex) or back
    spoken = _spoken_of(token, lemma, prep, quotes, lex)
    if spoken is not None:  # "said of the mayor: “...”": the topic is neither cue nor content
        content, fragments, from_object = spoken, [], False
        cue_last = None
    else:
        content, fragments, from_object = _content_of(token, lemma, kinds, prep, quotes, lex)
    if content is None and kinds & {"speech", "stance"}:
        passive = _passive_with_agent(token)
        if passive is not None:  # "The strike was confirmed by two officials": the subject is what is said
            content, cue_last = passive[0], None
    relative = _relative_with_speaker(token, kinds)
    if relative is not None:  # "the withdrawal, which they say left a vacuum"
        content, fragments, from_object = relative[0], [], False
    if content is None and not (_is_as_clause(token) and "speech" in kinds and _says_nothing_more(token, cue_last)):
        return None  # "as one diplomat put it, ...": the host clause is the content (below)
    if from_object and back is not None and not lex.kinds(lemma):
        return None  # "hit back the ball": a retort is a clause or a quotation
    if from_object and any(c.dep_ == "neg" for c in token.children) and not _pointed_omission(token, lemma):
        return None  # "did not comment on the report": no claim
    source_root = relative[1] if relative is not None else cue_subject(token)
    reporter = _first_reporter(token, lex)
    if reporter is not None:
        source_root = reporter  # "He says he respects Clinton and calls her ...": the first cue's speaker
    if _asked_participle(token, lemma, lex):
        source_root = None  # "Asked whether ..., 75 percent said yes": they were asked; the asker is not named
    issuer = _issuing_verb(token)
    if issuer is not None:  # "Black Lives Matter issued a statement saying ...": the issuer speaks
        source_root = cue_subject(issuer)
    passive_relative = _passive_relative(token, lemma, lex)
    if passive_relative:
        source_root = None  # "delegates, who are expected to ...": the noun is what is thought of, not who thinks
    if source_root is None and not passive_relative and _unsaid_infinitive(token):
        return None  # "too soon to say", "the power to confirm", "a way to counter": said by no one
    if source_root is None and "speech" not in kinds and not passive_relative:
        return None
    if source_root is not None and lemma in lex.depiction_verbs and source_root.lemma_.lower() in lex.depiction_nouns:
        return None  # "Satellite images showed scorch marks": evidence, not anyone's words
    if _is_as_clause(token) and not _has_clause_of_its_own(token):
        content = _as_host_content(token)
        if content is None:
            return None
    if quotes.covering(token.idx, token.idx + 1) and ("speech" not in kinds or (
            source_root is not None and source_root.lower_ in lex.first_person_sources)):
        return None  # "I think", "he wants to ...": a quoted speaker's own words, not a new claim
    source = source_span(source_root, token) if source_root is not None else None
    if source is not None and not fragments and content[0] < source[0] < content[1] <= source[1] + 1:
        # "... killing 13 people, the governor of North Kordofan state said": the parser hung the
        # subject on the fronted content; the content ends at the comma before it
        content = _before_comma(token.doc, content[0], source[0]) or content
    pieces = fragments or [content]
    extracted = not fragments and _opens_with_extracted_pronoun(token, content)
    if source is not None and any(overlaps(source, p) for p in pieces) and not extracted:
        source = None
    cue = (_cue_start(issuer or _governing_verb(token, source_root), lex), _cue_end(cue_last or token))
    if cue_last is None and issuer is None:
        cue = (cue[0], _statement_phrase_end(token) or cue[1])
    if any(overlaps(cue, p) for p in pieces) and not extracted:
        return None
    if not fragments:
        content = _without_trailing_asides(token.doc, content)
        content = _closed_relative(token, content)
        if not from_object:
            content = _before_coordinated_report(token, content, lex)
        content = _from_fronted_pronoun(token, content)
        content = _with_condition(token, content)
        if source is not None and not from_object:
            opening = _fronted_condition(token, source, cue, content)
            if opening is not None:  # "If the army withdraws, the governor said, the town will fall"
                content, fragments = (opening[0], content[1]), [opening, content]
    return Found(content=_after_dateline(token.doc.text, content), source=source, cue=cue, cue_token=token,
                 source_root=source_root, fragments=fragments)


REFLEXIVES = {"itself", "themselves", "himself", "herself"}


def _names_itself(token: Token) -> bool:
    """A naming verb with a reflexive object and a proper name as its complement ("calls itself
    Asawitiri Media", "a group calling itself the Free Syrian Brigade"): the name the speaker goes
    by. A description stays a claim ("calling himself the first gentleman")."""
    if not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.rights):
        return False
    name = next((c for c in token.rights if c.dep_ == "oprd"), None)
    return name is not None and name.tag_ in ("NNP", "NNPS")


FINITE = {"VBD": "past", "VBZ": "present", "VBP": "present"}


@lru_cache(maxsize=1)
def _retort_verbs() -> frozenset[str]:
    return frozenset(lexicon.load_data("attribution_cues.json").get("retort_verbs", []))


def _retort_particle(token: Token, lemma: str) -> Token | None:
    """"shot back", "fired back": "back" right after a verb of retort (data: retort_verbs) makes
    it a reply in words; the cue runs to "back" (the content must be a clause or a quotation)."""
    if lemma not in _retort_verbs() or token.i + 1 >= len(token.doc):
        return None
    back = token.nbor(1)
    return back if back.lower_ == "back" and back.head.i == token.i and back.dep_ in ("advmod", "prt") else None


@lru_cache(maxsize=1)
def _issuing_verb(token: Token) -> Token | None:
    """The verb that issued the document a participle of saying describes ("X issued a statement
    saying ...", "released a memo Tuesday, calling ..."): the document is not the speaker, the
    issuer is (data: issuing_verbs, document_nouns)."""
    if token.tag_ != "VBG":
        return None
    verbs, nouns = lexicon.issuing()
    if token.dep_ == "acl" and token.head.lemma_.lower() in nouns and token.head.dep_ == "dobj":
        verb = token.head.head
    elif token.dep_ in ("advcl", "xcomp") and token.head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in nouns and c.i < token.i for c in token.head.children):
        verb = token.head
    else:
        return None
    if verb.lemma_.lower() not in verbs or verb.i > token.i or token.i - verb.i > 12:
        return None
    return verb


def _documents_before_a_colon(doc: Doc, found: list[Found]) -> list[Found]:
    """"the gendarmerie sent a written correction: seven gendarmes, not six, have been killed", "The
    army issued a statement: 12 soldiers were killed": a document issued, then a colon, and its words
    after it; the issuer is the source, the issuing verb the cue."""
    verbs, nouns = lexicon.issuing()
    taken = {f.cue_token.i for f in found if f.cue_token is not None}
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or verb.i in taken:
            continue
        document = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
        if document is None:
            continue
        # the colon right after the document's own words ("a written correction:"), wherever the
        # parser hung what follows it
        after = next((t.i for t in doc[document.i + 1:min(len(doc), document.i + 8)]
                      if t.text == ":" or t.pos_ in ("VERB", "AUX")), None)
        if after is None or doc[after].text != ":":
            continue
        subject = cue_subject(verb)
        end = verb.sent.end if verb.sent.end > after + 1 else min(len(doc), (doc[after + 1].sent.end))
        content = trimmed(list(doc[after + 1:end]))
        source = source_span(subject, verb) if subject is not None else None
        if content is None or source is None or any(overlaps(content, f.content) for f in found):
            continue
        start = _verb_group_start_of(verb)
        out.append(Found(content=content, source=source, cue=(start.idx, verb.idx + len(verb.text)),
                         cue_token=verb, source_root=subject, kind="verb"))
    return out


def _verb_group_start_of(verb: Token) -> Token:
    """The verb with its auxiliaries before it ("had sent")."""
    return min([verb] + [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i], key=lambda t: t.i)


def _unsaid_infinitive(token: Token) -> bool:
    """An infinitive with no speaker that completes a noun or an adjective or gives a purpose ("a
    chance to say", "the right to reject", "too soon to say", "quick to point out", "to determine
    whether ..."): a possible or intended act of saying, not one reported."""
    if not has_to(token):
        return False
    head = token.head
    if token.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return True
    if token.dep_ == "xcomp" and head.pos_ in ("ADJ", "ADV"):
        return True
    return token.dep_ == "advcl" and head.pos_ in ("VERB", "AUX")


def _tense(verb: Token) -> str | None:
    """Past or present of a verb group, from the verb or its first auxiliary ("did not say": past)."""
    if verb.tag_ in FINITE:
        return FINITE[verb.tag_]
    aux = next((c for c in verb.lefts if c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE), None)
    return FINITE[aux.tag_] if aux is not None else None


def _reports_something(verb: Token) -> bool:
    """A verb with a clause, an infinitive, a predicate of its object, a gerund after "of"/"for" or a
    quotation of its own ("and said that ...", "and vowed to ...", "and calls her “...”"), not a verb
    of saying used for a deed ("arrested him and charged him")."""
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.dep_ == "pcomp" for g in c.children)
           for c in verb.rights):
        return True  # "and accused Downing Street of putting words in his mouth"
    return any(t.text in ("“", '"') for c in verb.rights if c.dep_ in ("dobj", "attr") for t in c.subtree)


def _first_reporter(token: Token, lex: lexicon.CueLexicon) -> Token | None:
    """The speaker of "He says he respects Clinton and calls her ...": a verb of saying without a
    subject, joined by "and"/"but" to the clause said by an earlier cue in its own tense (the parser
    hangs it on that clause's verb), has that cue's speaker (see _before_coordinated_report)."""
    if token.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in token.children) or not _reports_something(token):
        return None
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i < token.i for c in token.head.children):
        return None
    node = token.head
    for _ in range(3):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and node.head.i < node.i and "speech" in lex.kinds(_cue_lemma(node.head, lex)) \
                and _tense(node.head) == _tense(token) and _tense(token) is not None:
            return cue_subject(node.head)
        node = node.head
    return None


def _passive_relative(token: Token, lemma: str, lex: lexicon.CueLexicon) -> bool:
    """A relative clause with a passive cue of saying or thinking and no agent ("which is expected
    to draw a large audience", "who is seen as a moderate")."""
    return token.dep_ == "relcl" and lemma in lex.passive_cues and \
        any(c.dep_ == "nsubjpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children)


def _from_fronted_pronoun(token: Token, content: tuple[int, int]) -> tuple[int, int]:
    """"what he calls corruption", "who he dubbed “the little senator”", "which is expected to
    draw a large audience": a relative or interrogative pronoun fronted as the cue's object, or as
    the subject of a passive cue with no agent, stands for part of what is said; the content runs
    from the pronoun (speaker and cue inside it, as PolNeAR and PARC mark it)."""
    first = token.left_edge
    if first.tag_ not in ("WDT", "WP") or first.head.i != token.i or content[0] <= token.idx:
        return content  # not "when he announced the steps": a clause of time is no part of the content
    passive = first.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in token.children)
    if first.dep_ not in ("dobj", "oprd") and not passive:
        return content
    return first.idx, content[1]


def _before_coordinated_report(token: Token, content: tuple[int, int], lex: lexicon.CueLexicon) -> tuple[int, int]:
    """"said his attacks had given him momentum and said that ...", "said he would pray for the
    nominee but did not suggest ...", "..., and more than 4 in 10 said ...": a verb of saying in
    the cue's own tense, joined by "and"/"but" to the clause said, is a second report (of the same
    speaker, or of another one with a clause of its own), not part of the first content; the parser
    often hangs it on the verb of the clause said. The content ends before the conjunction."""
    tense = _tense(token)
    if tense is None:
        return content
    doc = token.doc
    for t in doc.char_span(content[0], content[1], alignment_mode="expand") or []:
        if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or "speech" not in lex.kinds(_cue_lemma(t, lex)) \
                or not _reports_something(t):
            continue
        if not content[0] <= t.head.idx < content[1] or _tense(t) != tense:
            continue
        subject = next((c for c in t.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in SPEAKER_PRONOUNS and \
                not any(c.dep_ == "ccomp" for c in t.children):
            continue
        first = subject.left_edge if subject is not None else t.left_edge
        cc = next((c for c in t.head.children if c.dep_ == "cc" and c.i < first.i), None)
        if cc is None or cc.lower_ not in ("and", "but") or any(not x.is_punct for x in doc[cc.i + 1:first.i]):
            continue
        before = trimmed([x for x in doc[:cc.i] if x.idx >= content[0]])
        if before is not None:
            return before
    return content


CONDITION_MARKS = {"if", "unless", "whether", "while", "whereas", "although", "though", "because"}


def _fronted_condition(token: Token, source: tuple[int, int], cue: tuple[int, int],
                       content: tuple[int, int]) -> tuple[int, int] | None:
    """The opening of "If the army withdraws, the governor said, the town will fall": a clause of
    condition, contrast or cause that opens the sentence, set off before a speaker and cue that are
    themselves set off before the content, belongs to what is said (a fragment before the speaker),
    not to the saying. Not a clause of time ("When the army withdrew, he said, ..."): it may date
    the words."""
    doc = token.doc
    text = doc.text
    if content[0] <= cue[1] or text[cue[1]:content[0]].strip(" \t\n“\"'‘") != ",":
        return None
    if text[:source[0]].rstrip()[-1:] != ",":
        return None
    sent = token.sent
    first = sent[0]
    while first.i < token.i and (first.is_punct or first.is_space):
        first = doc[first.i + 1]
    words = [t for t in doc[first.i:token.i] if t.idx < source[0]]
    if len(words) < 3:
        return None
    comma = words[-1]
    while comma.i > first.i and comma.text != ",":
        comma = doc[comma.i - 1]
    opening = [t for t in words if t.i < comma.i]
    if not opening:
        return None
    if first.lower_ not in CONDITION_MARKS or first.dep_ != "mark":
        return None
    clause = first.head
    if clause.dep_ != "advcl" or clause.left_edge.i != first.i or clause.right_edge.i != comma.i - 1:
        return None
    return trimmed(opening)


def _passive_with_agent(token: Token) -> tuple[tuple[int, int], Token] | None:
    """"The strike was confirmed by two local officials", "The meeting was first reported by
    Politico": a passive cue of saying or stance with an agent and no clause of its own; the agent
    is the source, the passive subject what is said (or stood for); the cue is the verb with its
    auxiliaries, without "by" (as PolNeAR marks it most often)."""
    if token.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    agent = next((c for c in token.rights if c.dep_ == "agent" and c.lower_ == "by"), None)
    subject = next((c for c in token.lefts if c.dep_ == "nsubjpass"), None)
    if agent is None or subject is None or not any(c.dep_ == "pobj" for c in agent.children):
        return None
    if any(not (t.dep_ in ("advmod", "neg") or t.is_space) for t in token.doc[token.i + 1:agent.i]):
        return None
    content = trimmed(list(subject.subtree))
    return (content, agent) if content is not None else None


def _pointed_omission(token: Token, lemma: str) -> bool:
    """"did not mention his rivals by name", "never mentioned Sanders": leaving a person or a body
    unnamed is a stance towards them, an attribution; "did not mention a fourth death" only says
    nothing (no claim)."""
    if lemma not in lexicon.cues().negated_object_cues:
        return False
    obj = next((c for c in token.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    by_name = any(p.lower_ == "by" and any(o.lower_ in ("name", "names") for o in p.children)
                  for p in list(token.rights) + list(obj.rights) if p.dep_ == "prep")
    return by_name or obj.ent_type_ in ("PERSON", "ORG", "NORP")


def _before_comma(doc: Doc, start: int, source_start: int) -> tuple[int, int] | None:
    before = doc.text[start:source_start].rstrip()
    if not before.endswith(","):
        return None
    return start, start + len(before[:-1].rstrip())


def _closed_relative(token: Token, content: tuple[int, int]) -> tuple[int, int]:
    """"accused M23, which UN experts say is backed by Rwanda, of shelling camps": a relative
    clause set off by a comma after the object of a verb that takes a preposition of its own
    (data: object_prep_verbs) closes at the comma before that preposition; the parser may hang
    the preposition on the clause said. After a subject it closes before the host's verb
    ("The plan, which critics say will cost billions, was approved")."""
    if token.dep_ != "relcl":
        return content
    doc = token.doc
    opener = token.left_edge
    if opener.i == 0 or doc[opener.i - 1].text != "," or opener.tag_ not in ("WDT", "WP"):
        return content
    noun = token.head
    host = noun.head
    preps = lexicon.cues().object_prep_verbs.get(host.lemma_.lower(), ()) if noun.dep_ == "dobj" else ()
    for t in doc[token.i + 1:]:
        if t.idx >= content[1]:
            break
        if t.text == "," and t.i + 1 < len(doc):
            nxt = doc[t.i + 1]
            if nxt.lower_ in preps or (noun.dep_ in ("nsubj", "nsubjpass") and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")):
                end = doc[t.i - 1]
                return (content[0], end.idx + len(end.text)) if end.idx >= content[0] else content
            break
    return content


def _says_nothing_more(token: Token, cue_last: Token | None) -> bool:
    """"as one diplomat put it,", "as he noted on Monday,", "as reported by Reuters,", "as Clinton told
    the Daily News,": the verb takes no complement of its own but its agent or its hearer ("as forces
    continue to advance" is a clause of time, not a cue)."""
    lex = lexicon.cues()
    hearer = _cue_lemma(token, lex) in lex.recipient_verbs and sum(c.dep_ in ("dobj", "dative") for c in token.rights) == 1
    return all(c.dep_ in ("punct", "advmod", "npadvmod", "prep", "agent") or (cue_last is not None and c.i == cue_last.i)
               or (hearer and c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "PRON", "NOUN"))
               for c in token.rights)


def _relative_with_speaker(token: Token, kinds: set[str]) -> tuple[tuple[int, int], Token] | None:
    """"the withdrawal, which they say left a vacuum": the parser may give the cue two subjects,
    the relative pronoun of the clause said and the speaker; the content runs from the pronoun
    to the end of the clause said, and the speaker is the other subject."""
    if token.dep_ != "relcl" or not kinds & {"speech", "cognition"}:
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]
    if len(subjects) != 2 or subjects[0].tag_ not in ("WDT", "WP"):
        return None
    said = next((c for c in token.rights if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
    if said is None:
        return None
    last = said.right_edge
    return (subjects[0].idx, last.idx + len(last.text)), subjects[1]


def _cue_object(token: Token, lemma: str, lex: lexicon.CueLexicon) -> Token | None:
    """"as one diplomat put it": an object pronoun that belongs to the cue."""
    allowed = lex.cue_objects.get(lemma, ())
    return next((c for c in token.rights if c.dep_ == "dobj" and c.lower_ in allowed and c.i == token.i + 1), None)


def _opens_with_extracted_pronoun(token: Token, content: tuple[int, int]) -> bool:
    """"a budget, which he said would be its lowest": the relative or interrogative pronoun of
    the clause stands before the speaker; the content runs from the pronoun, speaker and cue
    included (as PolNeAR and PARC mark it)."""
    first = token.doc.char_span(content[0], content[1], alignment_mode="expand")
    if first is None or len(first) == 0:
        return False
    word = first[0]
    return word.tag_ in ("WDT", "WP") and word.i < token.i and token.dep_ in ("relcl", "ccomp", "acl") and \
        token.i < first[-1].i


def _content_of(token: Token, lemma: str, kinds: set[str], prep: Token | None, quotes: QuoteIndex,
                lex: lexicon.CueLexicon) -> tuple[tuple[int, int] | None, list[tuple[int, int]], bool]:
    """The content of a verb cue, its fragments, and whether it is a plain object: tried from
    the clearest structure (a complement clause) to the weakest (an object)."""
    if prep is not None:
        content = _prep_content(prep)
        if content is not None:
            return content, [], True
    if "speech" in kinds and _inside_its_clause(token):
        content, fragments = _parenthetical_host(token)
        if content is not None:
            return content, fragments, False
    content = _clause_content(token, lemma, kinds, lex)
    if content is None and "speech" in kinds:
        content = _adjacent_quote(token, quotes) or _misattached_that_clause(token) or _pro_form(token, lex)
    if content is not None:
        return content, [], False
    if "speech" in kinds:
        content, fragments = _parenthetical_host(token)
        if content is not None:
            return content, fragments, False
        content = _fronted_content(token)
        if content is not None:
            return content, [], False
        content, fragments = _set_off_speaker(token)
        if content is not None:
            return content, fragments, False
    takes_object = "stance" in kinds or lemma in lex.object_cognition or (
        "speech" in kinds and lemma not in lex.recipient_verbs and lemma not in lex.clause_or_quote_only)
    if lemma in lex.study_object_verbs and not _study_subject(token, lex):
        takes_object = False  # "they find better jobs": no finding; "the survey found a drop": one
    content = _object_content(token) if takes_object else None
    if content is None and takes_object:
        content = _relative_object(token)
    return content, [], content is not None


def _relative_object(token: Token) -> tuple[int, int] | None:
    """"the tax, which Clinton also supports", "a nominee that donors couldn't support", "the
    charge, which he has denied": the relative pronoun that opens the cue's clause is its object
    and stands for what the speaker holds or says (the content, as PolNeAR and PARC mark it)."""
    if token.dep_ != "relcl":
        return None
    pronoun = next((c for c in token.lefts if c.dep_ == "dobj" and c.tag_ in ("WDT", "WP")), None)
    if pronoun is None or not any(c.dep_ == "nsubj" and pronoun.i < c.i for c in token.lefts):
        return None
    if any(c.dep_ in ("prep", "xcomp", "ccomp", "oprd", "acomp", "advcl", "dative") for c in token.rights):
        return None  # "a faction whom it accuses of working with the army": the pronoun is only part of it
    return pronoun.idx, pronoun.idx + len(pronoun.text)


def _inside_its_clause(token: Token) -> bool:
    """"That, the commission said, “would be helpful ...”": a set-off cue between the subject of
    the clause said and the rest of it (a quotation, often) reports the whole clause, not only the
    part after it."""
    head = token.head
    if token.dep_ != "parataxis" or head.pos_ not in ("VERB", "AUX") or head.i < token.i:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < token.left_edge.i for c in head.children)


def _study_subject(token: Token, lex: lexicon.CueLexicon) -> bool:
    subject = cue_subject(token)
    return subject is not None and subject.lemma_.lower() in lex.study_nouns


def _spoken_of(token: Token, lemma: str, prep: Token | None, quotes: QuoteIndex,
               lex: lexicon.CueLexicon) -> tuple[int, int] | None:
    """"said of the mayor: “...”", "said about Cruz that ...": a speech verb with a topic
    phrase and a quotation or clause as well; the quotation or clause is the content."""
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in ("of", "about") or "speech" not in lex.kinds(lemma):
        return None
    content = _clause_content(token, lemma, {"speech"}, lex) or _adjacent_quote(token, quotes)
    if content is None or overlaps(content, (prep.idx, prep.right_edge.idx + len(prep.right_edge.text))):
        return None
    return content


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


def _pro_form(token: Token, lex: lexicon.CueLexicon) -> tuple[int, int] | None:
    """"said so", "said yes", "would not say when": a word standing for the content."""
    for child in token.rights:
        if child.lower_ in lex.pro_forms and child.dep_ in ("advmod", "intj", "dobj", "ccomp", "advcl", "npadvmod"):
            return child.idx, child.idx + len(child.text)
    return None


def _parenthetical_host(token: Token) -> tuple[tuple[int, int] | None, list]:
    """"The town, he said, was empty": the cue set off inside its content."""
    if token.dep_ not in ("parataxis", "ccomp", "advcl") and not _comma_conjunct(token) or \
            token.head.pos_ not in ("VERB", "AUX") or token.tag_ not in ("VBD", "VBZ", "VBP"):
        return None, []  # only a finite "he said" is set off inside its content, not "citing X"
    doc = token.doc
    clause = sorted(token.subtree, key=lambda t: t.i)
    tail = _trailing_participle(token) or _trailing_contrast(token)
    if tail is not None:  # "She had struggled, Cruz explained, recalling ...": the speaker's own words
        clause = [t for t in clause if not tail.left_edge.i <= t.i <= tail.right_edge.i]
    words = [t for t in clause if not t.is_punct]
    first, last = words[0], words[-1]
    if first.i == 0 or doc[first.i - 1].text != "," or last.i + 1 >= len(doc) or doc[last.i + 1].text != ",":
        return None, []
    inside = {t.i for t in clause} | {first.i - 1, last.i + 1}
    if tail is not None:
        inside |= {t.i for t in tail.subtree}
    head = token.head
    if head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
        head = head.head  # "The plan, they say, is doomed": hung on the auxiliary of the clause said
    host = [t for t in head.subtree if t.i not in inside]
    if not any(t.i < first.i for t in host):
        host = _sentence_host(token, first, inside)
    before = trimmed([t for t in host if t.i < first.i])
    after = trimmed([t for t in host if t.i > last.i])
    if before is not None and after is None and tail is not None:
        return before, []
    if before is None or after is None:
        return None, []
    return (before[0], after[1]), [before, after]


def _comma_conjunct(token: Token) -> bool:
    """"... killed two people and injured nine, the governor said on Tuesday": the parser may join
    the set-off "X said" to the clause before it as a conjunct; with a comma and no "and" before
    its subject it is set off, not joined."""
    if token.dep_ != "conj" or any(c.dep_ == "cc" for c in token.children):
        return False
    subject = next((c for c in token.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    before = subject.left_edge.i - 1
    return before > 0 and token.doc[before].text == "," and token.doc[before - 1].dep_ != "cc"


CONTRAST_MARKS = ("while", "as", "whereas", "but")


def _trailing_contrast(token: Token) -> Token | None:
    """"..., the health ministry said, while the army said ...": another account set off after the
    cue, which is neither this cue's content nor part of it."""
    doc = token.doc
    for c in token.rights:
        if c.dep_ in ("advcl", "conj") and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," \
                and c.left_edge.lower_ in CONTRAST_MARKS:
            return c
    return None


def _trailing_participle(token: Token) -> Token | None:
    """A participle set off after the cue ("..., Cruz explained, recalling the time ...")."""
    doc = token.doc
    return next((c for c in token.rights if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                 and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","), None)


def _sentence_host(token: Token, first: Token, inside: set[int]) -> list:
    """"Hezbollah fired 30 rockets, the military said, most of which were intercepted": the
    parser may hang the set-off "X said" on the clause after it; the content is then the
    sentence around it, when the part before is a clause of its own (it has a finite verb)."""
    sent = token.sent
    if sent.root.i >= first.i or sent.root.pos_ not in ("VERB", "AUX") or \
            not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent if t.i < first.i):
        return []
    return [t for t in sent if t.i not in inside]


def _fronted_content(token: Token) -> tuple[int, int] | None:
    """"..., two security sources said.": when the parse gives the cue no complement, the
    sentence before ", SOURCE said" at the sentence's end is the content (after any dateline)."""
    sent = token.sent
    subject = next((c for c in token.lefts if c.dep_ in ("nsubj", "nsubjpass")), None) or stranded_appositive(token)
    if subject is None:
        return None
    comma = subject.left_edge.i - 1
    rest = [t for t in sent if t.i > token.i and not t.is_punct and not t.is_space]
    if comma <= sent.start or token.doc[comma].text != "," or any(t.head.i != token.i and t.head.head.i != token.i for t in rest):
        return None
    span = trimmed([t for t in sent if t.i < comma])
    if span is None:
        return None
    return span


CONDITION = re.compile(r"[ \t]+(if|unless|because)\b")


def _with_condition(token: Token, content: tuple[int, int]) -> tuple[int, int]:
    """"promised to name him treasurer if he wins", "backed the plan because it cuts taxes": a
    clause of condition or cause right after the content, hung on the cue or on a word of the
    content, is part of what is said (the parser often hangs it on the cue)."""
    doc = token.doc
    match = CONDITION.match(doc.text, content[1])
    if match is None or content[1] <= token.idx:
        return content
    words = doc.char_span(match.start(1), match.end(1))
    if words is None:
        return content
    mark = words[0]
    clause = mark.head
    if mark.dep_ != "mark" or clause.dep_ != "advcl" or clause.i < mark.i:
        return content
    if clause.head.i != token.i and not content[0] <= clause.head.idx < content[1]:
        return content
    lex = lexicon.cues()
    if clause.lemma_.lower() in ("authorize", "permit", "allow") or any(
            t.dep_ == "xcomp" and lex.kinds(t.lemma_.lower()) for t in clause.subtree):
        return content  # "... because they were not authorized to discuss it": why the speaker is not named
    end = trimmed([t for t in clause.subtree if t.i >= mark.i])
    return (content[0], max(content[1], end[1])) if end is not None else content


def _set_off_speaker(token: Token) -> tuple[tuple[int, int] | None, list]:
    """"The hashtag, Mr. Abboud said, accompanied ...", "..., said the company's chief, John Doe.":
    a finite verb of saying and its subject set off by commas inside or at the end of a sentence
    reports the sentence around them, whatever the parser hung them on. The content is the
    sentence without the set-off words: the part before them, and the part after them when the
    sentence goes on. Used only when the parse gave the cue no complement."""
    if token.tag_ not in ("VBD", "VBZ", "VBP"):
        return None, []
    doc = token.doc
    sent = token.sent
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None, []
    start = _cue_start(token, lexicon.cues())
    first = doc.char_span(start, token.idx + 1, alignment_mode="expand")[0]
    if subject.i < token.i:
        first = subject.left_edge
        if any(t.i != subject.i and t.head.i not in (token.i, subject.i) and t.head.head.i != subject.i
               for t in doc[subject.left_edge.i:subject.i]):
            return None, []
        last_i = token.i
    else:
        if doc[first.i + 1:subject.left_edge.i]:
            return None, []  # "said in a statement the chief": only the subject may follow the verb
        last_i = subject.right_edge.i
    comma = first.i - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None, []
    before = trimmed([t for t in sent if t.i < comma])
    if before is None or sum(1 for t in sent if t.i < comma and not t.is_punct) < 3:
        return None, []
    after_i = last_i + 1
    rest = [t for t in sent if t.i > last_i and not t.is_punct and not t.is_space]
    if not rest:
        return before, []
    if after_i >= sent.end or doc[after_i].text != "," or len(rest) < 3:
        return None, []
    after = trimmed([t for t in sent if t.i > after_i])
    if after is None:
        return None, []
    return (before[0], after[1]), [before, after]


ASIDE_DEPS = ("relcl", "appos", "advcl", "acl")


def _without_trailing_asides(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A content without a non-restrictive relative clause set off at its end
    ("..., who was then his aide"). Quotations stay whole."""
    if doc.text[span[0]] in "“\"'‘":
        return span
    piece = doc.char_span(span[0], span[1], alignment_mode="expand")
    if piece is None or len(piece) < 3:
        return span
    tokens = [t for t in piece if not t.is_space]
    while len(tokens) > 2:
        last = tokens[-1] if not tokens[-1].is_punct else tokens[-2]
        aside = _aside_ending_at(last, tokens[0].i)
        if aside is None:
            break
        tokens = [t for t in tokens if t.i < aside]
    result = trimmed(tokens)
    return result if result is not None else span


def _aside_ending_at(last: Token, first: int) -> int | None:
    """The index where a set-off aside ending at `last` begins (its comma), or None."""
    node = last
    while node.head.i != node.i and node.head.i >= first:
        if node.right_edge.i < last.i:
            return None
        start = node.left_edge.i
        if start - 1 > first + 1 and node.right_edge.i >= last.i:
            comma = node.doc[start - 1].text in (",", "—", "–")
            if comma and node.dep_ == "relcl" and node.left_edge.lower_ in ("who", "which"):
                return start - 1
            if comma and node.dep_ in ("advcl", "conj") and node.left_edge.lower_ in ("while", "whereas") \
                    and "speech" in lexicon.cues().kinds(node.lemma_.lower()) \
                    and any(c.dep_ == "nsubj" for c in node.children):
                return start - 1  # "..., while Moscow said it had intercepted 15 drones": another's account
        node = node.head
    return None


DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,[^\n]{0,60}?)?\s[-—–]+\s")


def _after_dateline(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Skip a wire dateline ("OUAGADOUGOU, Nov 24 (Agency) - ") at the start of a content."""
    match = DATELINE.match(text[span[0]:span[1]])
    return (span[0] + match.end(), span[1]) if match else span


def _cue_start(token: Token, lex: lexicon.CueLexicon) -> int:
    """The cue with its auxiliaries, negation and adverbs ("has also said", "did not deny")."""
    start = token
    i = token.i - 1
    while i >= 0:
        left = token.doc[i]
        if left.head.i != token.i or not (left.dep_ in ("aux", "auxpass", "neg") or (
                left.dep_ == "advmod" and _is_cue_adverb(left, lex))):
            break
        start = left
        i -= 1
    return start.idx


def _governing_verb(token: Token, subject: Token | None) -> Token:
    """The verb that carries the speaker when the cue is its infinitive or gerund ("took to
    Twitter to say", "tended to support", "began by saying"), or the copula of an adjective whose
    infinitive it is ("voters are more likely to say", "was quick to embrace"): the cue starts there."""
    current = token
    for _ in range(3):
        head = current.head
        if subject is None or head.i == current.i or head.i > current.i or current.i - head.i > 8:
            break
        if current.dep_ in ("xcomp", "advcl") and head.pos_ in ("VERB", "AUX") and has_to(current):
            current = head
        elif current.dep_ == "xcomp" and has_to(current) and head.pos_ == "ADJ" and head.dep_ == "acomp" \
                and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i:
            current = head.head  # "are more likely to say", "was quick to embrace": from the copula
        elif current.dep_ == "pcomp" and head.lower_ == "by" and head.head.pos_ == "VERB" and head.head.i < head.i:
            current = head.head
        else:
            break
        if subject.head.i == current.i:
            return current
    return token


def _is_cue_adverb(word: Token, lex: lexicon.CueLexicon) -> bool:
    """An adverb of the cue: a listed one, or any manner adverb in -ly ("openly admitted")."""
    return word.lower_ in lex.cue_modifiers or (word.tag_ == "RB" and word.lower_.endswith("ly") and len(word) > 4)


STATEMENT_WORDS = {"statement", "release"}


def _statement_phrase_end(token: Token) -> int | None:
    """"said in a statement", "announced in a written statement", "said in a press release": the
    written statement through which a verb of saying speaks makes one reporting phrase with it, right
    after the verb (PolNeAR marks it as part of the cue more often than not)."""
    doc = token.doc
    if token.i + 3 >= len(doc):
        return None
    prep = doc[token.i + 1]
    if prep.lower_ != "in" or prep.head.i != token.i or prep.dep_ != "prep":
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lower_ not in STATEMENT_WORDS or noun.i - prep.i > 4:
        return None
    if not all(t.dep_ in ("det", "amod", "compound", "poss") for t in doc[prep.i + 1:noun.i]):
        return None
    if any(c.dep_ == "relcl" for c in noun.rights) and any(c.dep_ == "ccomp" and c.i > noun.i for c in token.children):
        return None  # "in the statement it issued on Monday that ...": a statement described, not the set phrase
    return noun.idx + len(noun.text)


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
        if child.dep_ not in ("prep", "prt") or child.i > token.i + 2 or is_time_phrase(child):
            continue
        # a particle and a preposition listed together: "weighed in on", "opened up about"
        pair = next((c for c in token.rights if c.dep_ == "prep" and c.i == child.i + 1
                     and f"{child.lower_} {c.lower_}" in allowed), None)
        if pair is not None:
            return pair
        if child.lower_ in allowed:
            return child
    for clause in token.rights:  # "called for the army to withdraw": a for-to clause
        first = clause.left_edge
        if clause.dep_ in ("advcl", "ccomp", "xcomp") and first.dep_ == "mark" and first.lower_ in allowed \
                and first.head.i == clause.i and first.i <= token.i + 2:
            return first
    return None


def _prep_content(prep: Token) -> tuple[int, int] | None:
    if prep.dep_ == "mark":
        return trimmed([t for t in prep.head.subtree if t.i > prep.i])
    if prep.dep_ == "prep":
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if objects:
            tokens = list(objects[0].subtree)
            wanted = next((c for c in prep.head.rights if c.dep_ == "xcomp" and c.tag_ == "VB" and has_to(c)
                           and c.left_edge.i == tokens[-1].i + 1), None)
            if wanted is not None:  # "called on the UN to act": the deed wanted goes with the addressee
                tokens += list(wanted.subtree)
            return trimmed(tokens)
        return None
    # a particle: "pointed out that ..." takes the verb's clause or object
    head = prep.head
    for child in head.rights:
        if child.i > prep.i and child.dep_ in CLAUSE_DEPS + OBJECT_DEPS:
            return trimmed(child.subtree)
    return None


def _clause_content(token: Token, lemma: str, kinds: set[str], lex: lexicon.CueLexicon) -> tuple[int, int] | None:
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    right = [c for c in clauses if c.i > token.i]
    left = [c for c in clauses if c.i < token.i and _ends_before_subject(c, token)]
    chosen = left[:1] or right[:1]
    if chosen:
        tokens = list(chosen[0].subtree)
        if not left:
            tokens = _subject_taken_as_object(token, chosen[0]) + tokens
            tokens += _continued_clauses(token, chosen[0])
            tokens += _conjoined_that_clause(token, max(t.i for t in tokens))
            tokens += _gapped_conjunct(chosen[0], max(t.i for t in tokens))
        return trimmed(tokens)
    if lemma in lex.takes_infinitive:
        for child in token.rights:
            if child.dep_ == "xcomp" and child.tag_ == "VB" and has_to(child):
                return trimmed(child.subtree)
    if lemma in lexicon.cues().question_verbs:
        question = _indirect_question(token)
        if question is not None:
            return question
    if kinds & {"speech", "stance"}:
        gerund = _gerund_complement(token)
        if gerund is not None:
            return gerund
    return None


def _indirect_question(token: Token) -> tuple[int, int] | None:
    """"asked if he was ever bullied", "wondered whether ...": a verb of asking with an if- or
    whether-clause after it (the parser may hang the clause as an adverbial one) asks that question."""
    for child in token.rights:
        first = child.left_edge
        if child.dep_ == "advcl" and first.lower_ in ("if", "whether") and first.dep_ == "mark" \
                and all(t.dep_ in ("dobj", "dative", "advmod", "neg") or t.is_space
                        for t in token.doc[token.i + 1:first.i] if t.head.i == token.i or t.head.dep_ in ("dobj", "dative")):
            return trimmed(child.subtree)
    return None


def _gerund_complement(token: Token) -> tuple[int, int] | None:
    """"denied supporting the group", "admitted firing on the convoy": a gerund right after a
    verb of saying or stance is what is said (not a second cue of its own)."""
    for child in token.rights:
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and \
                all(t.dep_ in ("advmod", "neg") for t in token.doc[token.i + 1:child.i]):
            return trimmed(child.subtree)
    return None


SPEAKER_PRONOUNS = {"he", "she", "they", "i", "we", "who"}


def _continued_clauses(cue: Token, clause: Token) -> list:
    """"told me that the army had withdrawn, but a court ordered it back": a clause the parser
    coordinated with the cue, with a subject of its own that is not the speaker, goes on with
    the content."""
    out = []
    for conj in cue.rights:
        if conj.dep_ != "conj" or conj.i < clause.right_edge.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subject is None or subject.lower_ in SPEAKER_PRONOUNS or lexicon.cues().kinds(conj.lemma_.lower()):
            break
        between = [t for t in cue.doc[clause.right_edge.i + 1:conj.left_edge.i]]
        if any(not (t.is_punct or t.dep_ == "cc" or t.is_space) for t in between):
            break
        out += between + list(conj.subtree)
    return out


def _subject_taken_as_object(cue: Token, clause: Token) -> list:
    """"says 14 people, among them three pensioners, have been detained": a finite clause without
    a subject after a noun the parser made the cue's object; that noun is the clause's subject,
    and the content starts with it."""
    if clause.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "MD") or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return []
    objects = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i]
    if len(objects) != 1 or objects[0].pos_ not in ("NOUN", "PROPN", "NUM"):
        return []
    if not any(c.dep_ in ("aux", "auxpass") or c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in [clause, *clause.children]):
        return []
    return list(cue.doc[objects[0].left_edge.i:clause.left_edge.i])


def _conjoined_that_clause(cue: Token, last: int) -> list:
    """"The report says 243 were injured, 94 of them police, and that 516 were detained": a
    second that-clause joined by "and"/"but" is said by the same verb, whatever the parser hung
    it on; the content runs on to the end of the sentence."""
    sentence_end = cue.sent.end
    doc = cue.doc
    for t in doc[last + 1:sentence_end]:
        if t.lower_ == "that" and t.dep_ == "mark" and t.i > 0 and doc[t.i - 1].dep_ == "cc" \
                and doc[t.i - 1].lower_ in ("and", "but"):
            return list(doc[last + 1:sentence_end])
        if t.pos_ in ("VERB", "AUX") and t.head.i == cue.i and t.dep_ == "conj":
            break  # the speaker goes on to do something else ("said X and left")
    return []


def _gapped_conjunct(clause: Token, last: int) -> list:
    """"prosecutors say five officers were killed and 31 people injured": a conjunct that leaves out
    the clause's auxiliary ("and 31 people [were] injured") goes on with what is said, wherever the
    parser hung its participle."""
    doc = clause.doc
    if not any(c.dep_ in ("aux", "auxpass") for c in clause.children) or clause.tag_ != "VBN":
        return []
    i = last + 1
    if i >= len(doc) or doc[i].lower_ != "and":
        return []
    j = i + 1
    while j < len(doc) and j < i + 6 and doc[j].pos_ in ("NUM", "NOUN", "ADJ", "DET", "PROPN") and doc[j].tag_ != "VBN":
        j += 1
    if j == i + 1 or j >= len(doc) or doc[j].tag_ != "VBN" or not any(t.like_num for t in doc[i + 1:j]):
        return []
    participle = doc[j]
    if any(c.dep_ in ("aux", "auxpass") for c in participle.children):
        return []
    return list(doc[last + 1:max(t.i for t in participle.subtree if t.i >= j) + 1])


def _ends_before_subject(clause: Token, cue: Token) -> bool:
    """A fronted content clause is set off by a comma or a closing quotation mark
    ("The line held, the army said"; "“We held,” she said")."""
    after = clause.right_edge.i + 1
    doc = cue.doc
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    return after < len(doc) and (doc[after].text in (",", "”", '"', "''", ":") or doc[after - 1].text in (",", "”", '"'))


def _adjacent_quote(token: Token, quotes: QuoteIndex) -> tuple[int, int] | None:
    """A quotation the verb introduces ("said: “...”") or closes ("“...,” she said")."""
    sent = token.sent
    after = _next_non_space(token.doc.text, cue_clause_end(token))
    if after is not None and token.doc.text[after] in ":,":
        q = quotes.starting_at(after + 1, slack=" \t\n")
        if q is not None:
            return (q.start, q.end)
    q = _quote_after_own_phrase(token, quotes)
    if q is not None:
        return q
    q = quotes.ending_at(_clause_start(token, sent))
    if q is not None and q.end <= token.idx and not _in_modifier_of(token, q):
        return (q.start, q.end)
    return None


def _quote_after_own_phrase(token: Token, quotes: QuoteIndex) -> tuple[int, int] | None:
    """"asks at the high school, “Any questions?”", "told the radio host, “...”": a closed quotation
    after the first comma or colon that follows the cue, when only the cue's own phrase (its hearer,
    place or time: no verb) stands between them; the parser may have taken the quotation's first
    words for the cue's object, which hides the comma from the cue's clause."""
    doc = token.doc
    for t in doc[token.i + 1:min(token.sent.end, token.i + 16)]:
        if t.text in (",", ":"):
            q = quotes.starting_at(t.idx + 1, slack=" \t\n")
            if q is None or not q.closed or q.start < t.idx:
                return None
            return (q.start, q.end)
        if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ("-", ".") or t.text in ("“", '"', "‘"):
            return None
    return None


def _in_modifier_of(token: Token, q) -> bool:
    """"Asked whether Clinton “has the integrity ...,” 75 percent said yes": a quotation inside a
    clause or phrase that modifies the cue is that phrase's, not what the cue says."""
    words = token.doc.char_span(q.start, q.end, alignment_mode="expand")
    if words is None:
        return False
    for word in words:
        node = word
        while node.head.i != node.i and node.head.i != token.i:
            node = node.head
        if node.head.i == token.i and node.i != token.i and node.dep_ in ("advcl", "prep", "npadvmod") \
                and node.left_edge.idx < q.start:
            return True  # the modifier opens before the quotation: the quotation is inside it
    return False


def _asked_participle(token: Token, lemma: str, lex: lexicon.CueLexicon) -> bool:
    """A passive participle of a verb that takes the hearer as object, set off before or after
    its clause ("Asked whether ..., X said", "Told of the ruling, she ..."): the clause's subject
    is the one asked or told, not the speaker; without an agent the speaker is not named."""
    if token.dep_ != "advcl" or lemma not in lex.recipient_verbs or token.tag_ not in ("VBN", "VBD"):
        return False  # (the tagger may read a sentence-opening "Asked" as a past tense)
    if any(c.dep_ in ("auxpass", "aux", "agent", "nsubj", "nsubjpass") for c in token.children):
        return False
    return all(c.dep_ in ("advmod", "mark", "punct") for c in token.lefts)



def _misattached_that_clause(token: Token) -> tuple[int, int] | None:
    """"said at a briefing that talks would resume": the parser may hang the that-clause on the
    noun of the cue's modifier as a relative clause; after a speech verb it is the content."""
    # "told a press briefing that 25 militants were killed": the noun may be the cue's object too
    nouns = [noun for prep in token.rights if prep.dep_ == "prep" for noun in prep.children]
    nouns += [c for c in token.rights if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in MEETING_NOUNS]
    for noun in nouns:
        for clause in noun.rights:
            first = clause.left_edge
            if clause.dep_ in ("relcl", "acl") and first.lower_ == "that" and first.i == noun.right_edge.i - len(list(clause.subtree)) + 1 \
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children):
                return trimmed(clause.subtree)
            if _contact_complement(noun, clause):
                return trimmed(clause.subtree)
            # "said in a statement relayed by its media arm that it had attacked ...": the
            # that-clause hung on the participle that modifies the cue's noun
            if clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBG"):
                for inner in clause.rights:
                    if inner.dep_ == "ccomp" and inner.left_edge.lower_ == "that" \
                            and any(c.dep_ in ("nsubj", "nsubjpass") for c in inner.children):
                        return trimmed(inner.subtree)
    return None


CLAUSE_OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd")
#: gatherings one tells something to: "told a press briefing that ...", "told the assembly that ..."
MEETING_NOUNS = frozenset({"briefing", "conference", "meeting", "session", "assembly", "parliament", "hearing",
                           "rally", "gathering", "summit", "forum", "audience", "crowd", "committee", "council"})


def _contact_complement(noun: Token, clause: Token) -> bool:
    """"said in a statement it had documented 120 deaths": a complement clause without "that"
    after the cue's prepositional phrase, which the parser hangs on the noun as a relative
    clause. It opens with its own subject right after the noun and lacks no object (a relative
    clause would: "the statement it issued")."""
    if clause.dep_ != "relcl" or clause.i < noun.i:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    if subject is None or subject.tag_ in ("WDT", "WP", "WP$") or subject.left_edge.i != noun.i + 1:
        return False
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    stranded = any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in clause.children)
    return not stranded and (passive or any(c.dep_ in CLAUSE_OBJECTS for c in clause.children))


def _clause_start(token: Token, sent: Span) -> int:
    start = token.idx
    for child in token.lefts:
        if child.dep_ in SUBJECT_DEPS and not is_quoted_fragment(child):
            start = min(start, phrase_start(child).idx)
        elif child.dep_ in ("aux", "advmod", "neg") and not inside_quotation_before(child, token):
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
    keep = []
    for c in rights:
        if c.i < first.i:
            continue
        if c.dep_ == "prep" and match_channel(" ".join(t.text for t in c.subtree)):
            break  # "... in a statement on Monday": how it was said, not what
        if c.dep_ == "prep" and c.i > first.i and _occasion(c):
            break  # "is thanking voters at a victory rally in Vermont": where and when, not what
        if not _comma_before(c) and c.dep_ != "advcl":
            keep.append(c)
    keep = [c for c in keep if c.dep_ not in ("npadvmod",)] or [first]
    tokens = sorted((t for c in keep for t in c.subtree), key=lambda t: t.i)
    cut = next((t.i for t in tokens if t.dep_ == "prep" and t.lower_ in CHANNEL_PREPS and t.i > first.i
                and match_channel(" ".join(x.text for x in t.subtree))), None)
    if cut is not None:
        tokens = [t for t in tokens if t.i < cut]
    return trimmed(tokens)


OCCASION_PREPS = {"at", "during", "after", "before", "following", "since", "until", "amid"}


def _occasion(prep: Token) -> bool:
    """A phrase of the verb that tells the occasion of the words, not what they are about: a time
    ("on Monday"), a place named ("in Virginia") or an event ("at a rally", "during a debate")."""
    if prep.lower_ in OCCASION_PREPS or is_time_phrase(prep):
        return True
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ in ("in", "on") and bool(objects) and objects[0].ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME")


def _comma_before(token: Token) -> bool:
    left = token.left_edge
    return left.i > 0 and left.nbor(-1).text in (",", ";", "—", "–")


def _is_as_clause(token: Token) -> bool:
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)


def _has_clause_of_its_own(token: Token) -> bool:
    """"..., as Ukraine said it had hit a depot": "as" means "while" here, and the clause said is
    the content; "as the minister said, ..." says nothing of its own and reports the host."""
    return any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)


def _as_host_content(token: Token) -> tuple[int, int] | None:
    clause = set(t.i for t in token.subtree)
    host = [t for t in token.head.subtree if t.i not in clause]
    return trimmed(host)
