"""Cues that are not reporting verbs: "according to X", "X's statement that ...", and headline
speakers ("Zelensky: ...")."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .channels import match_channel
from .paragraphs import paragraph_bounds, sentences
from .sources import cue_subject, source_span
from .spans import Found, has_to, is_time_phrase, trimmed


def according_to(token: Token) -> Found | None:
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
        to = token.nbor(1)
    if to is None:
        return None
    objects = [c for c in to.children if c.dep_ == "pobj"]
    source = trimmed(objects[0].subtree) if objects else None
    phrase_tokens = list(token.subtree) + ([t for t in to.subtree] if to.head.i != token.i else [])
    name = _apposed_name(phrase_tokens)
    if source is not None and name:
        phrase_tokens += name
        source = (source[0], name[-1].idx + len(name[-1].text))
    phrase = (min(t.idx for t in phrase_tokens), max(t.idx + len(t.text) for t in phrase_tokens))
    copula = _copula_before(token)
    if copula is not None:  # "That's according to the poll": the subject is the content
        subject = next(c for c in (copula.head if copula.dep_ == "aux" else copula).children if c.dep_ == "nsubj")
        content, fragments = trimmed(list(subject.subtree)), []
        cue_start = copula.idx
    else:
        content, fragments = _sentence_without(token.sent, phrase, _opener_end(token.sent, phrase))
        cue_start = token.idx
    if content is None:
        return None
    cue = (cue_start, to.idx + len(to.text))
    return Found(content=content, source=source, cue=cue, cue_token=token,
                 source_root=objects[0] if objects else None, fragments=fragments, kind="according")


def survey_finding(token: Token) -> Found | None:
    """"In a CNN poll, Clinton held a 24-point lead": a poll or survey named in a preposition
    of the clause is the source of what the clause says, when no verb of the clause reports it
    ("In a poll, 52 percent said ..." is the voters' claim)."""
    lex = lexicon.cues()
    if token.lower_ not in lex.survey_preps or token.dep_ != "prep":
        return None
    head = token.head
    objects = [c for c in token.children if c.dep_ == "pobj"]
    if not objects or objects[0].lemma_.lower() not in lex.survey_nouns or head.pos_ not in ("VERB", "AUX"):
        return None
    if head.dep_ not in ("ROOT", "conj") or _reports_in_clause(head, lex) or not _set_off(token):
        return None
    phrase_tokens = list(token.subtree)
    phrase = (phrase_tokens[0].idx, phrase_tokens[-1].idx + len(phrase_tokens[-1].text))
    clause = [t for t in head.subtree if not (phrase[0] <= t.idx < phrase[1])]
    start = _opener_end(token.sent, phrase) if head.dep_ == "ROOT" else clause[0].idx
    content, fragments = _sentence_without(head.doc[clause[0].i:clause[-1].i + 1], phrase, start)
    source = trimmed(list(objects[0].subtree))
    if content is None or source is None:
        return None
    return Found(content=content, source=source, cue=(token.idx, token.idx + len(token.text)), cue_token=token,
                 source_root=objects[0], fragments=fragments, kind="according")


def _set_off(prep: Token) -> bool:
    """A phrase opening its sentence or set off by a comma ("In a CNN poll, ...", "..., in a
    poll released Monday"), not one inside the verb phrase ("slid in the polls")."""
    first = prep.left_edge
    return first.i == prep.sent.start or prep.doc[first.i - 1].text in (",", "—", "–", ";")


def _reports_in_clause(verb: Token, lex: lexicon.CueLexicon) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and (lex.kinds(t.lemma_.lower()) or t.lemma_.lower() in lex.prep_cues)
               for t in verb.subtree)


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


def _copula_before(token: Token) -> Token | None:
    """"That's according to ...": the copula right before "according", with a subject."""
    if token.i > 0 and token.nbor(-1).dep_ == "aux" and token.nbor(-1).head.i == token.i and \
            token.nbor(-1).lemma_ == "be" and any(c.dep_ == "nsubj" for c in token.children):
        return token.nbor(-1)  # parsed as a verb: "That" <- "according" -> "'s"
    head = token.head
    if token.i == 0 or head.i != token.i - 1 or token.dep_ != "prep" or not (
            head.lemma_ == "be" or head.lower_ in ("’s", "'s")):
        return None
    return head if any(c.dep_ == "nsubj" for c in head.children) else None


SET_OFF_DEPS = ("advmod", "cc")


def _opener_end(sent: Span, phrase: tuple[int, int]) -> int:
    """Where the sentence's connective opener ends ("Still,", "But"): the claim starts after
    it. The sentence start when there is none (scene-setting phrases belong to the claim)."""
    root = sent.root
    first = next((c for c in root.lefts if c.left_edge.i == sent.start), None)
    if first is None or first.dep_ not in SET_OFF_DEPS or first.right_edge.i + 1 >= root.i or \
            first.idx + len(first.text) > phrase[0]:
        return sent.start_char
    comma = sent.doc[first.right_edge.i + 1]
    if first.dep_ == "cc" and comma.text != ",":
        return comma.idx  # "But 46 percent ...": the conjunction is not claimed
    if comma.text != "," or phrase[0] <= comma.idx < phrase[1]:
        return sent.start_char
    return comma.idx + 1


def _sentence_without(sent: Span, phrase: tuple[int, int], start: int = 0) -> tuple[tuple[int, int] | None, list]:
    """The sentence around the phrase, from `start`. A colon before the phrase opens the claim
    ("It has not gone unnoticed: According to polls, Trump holds 14 percent"), unless it opens a
    quotation after its verb ('One message said: “...”, according to X'); a clause joined by
    "but"/"and" after a phrase that closes the claim is not part of it ("..., according to a CNN
    tally, but his path is narrowing")."""
    colons = [t for t in sent if t.text == ":" and start <= t.idx < phrase[0] and t.i > sent.start
              and sent.doc[t.i - 1].pos_ not in ("VERB", "AUX")]  # not 'said: “...”, according to X'
    if colons and not any(t.text == ":" for t in sent if t.idx >= phrase[1]):
        start = colons[-1].idx + 1
    before = trimmed([t for t in sent if t.idx + len(t.text) <= phrase[0] and t.idx >= start])
    rest = [t for t in sent if t.idx >= phrase[1] and not t.is_punct and not t.is_space]
    if before is not None and rest and rest[0].dep_ == "cc" and rest[0].lower_ in ("but", "and", "while", "yet"):
        return before, []
    after = trimmed([t for t in sent if t.idx >= phrase[1]])
    parts = [p for p in (before, after) if p is not None]
    if not parts:
        return None, []
    content = (parts[0][0], parts[-1][1])
    return content, (parts if len(parts) > 1 else [])


def noun_cue(token: Token) -> Found | None:
    """"X's statement that ...", "a claim by X that ..."."""
    lex = lexicon.cues()
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or (lemma not in lex.noun_cues and lemma not in lex.stance_holders):
        return None
    if lemma not in lex.noun_cues:
        return _noun_with_object(token)
    clause = next((c for c in token.rights if c.dep_ in ("acl", "ccomp", "appos")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return _noun_with_object(token)
    owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
    if owner is None:
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
                owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                break
    if owner is None:
        return None
    source = trimmed([t for t in owner.subtree if t.dep_ != "case"])
    content = trimmed(clause.subtree)
    if content is None:
        return None
    return Found(content=content, source=source, cue=(token.idx, token.idx + len(token.text)),
                 cue_token=token, source_root=owner, kind="noun")


@lru_cache(maxsize=1)
def _infinitive_nouns() -> frozenset[str]:
    return frozenset(lexicon.load_data("attribution_cues.json").get("infinitive_nouns", []))


def infinitive_noun_cue(token: Token) -> Found | None:
    """"Turkey's refusal to acknowledge the killings", "his controversial proposal to ban ...": a noun
    of saying, deciding or willing (data: infinitive_nouns) with a to-infinitive right after it;
    the owner ("X's", "his", or "by X") is the source, the infinitive the content, and the cue the
    noun with the modifiers between the owner and it."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _infinitive_nouns():
        return None
    clause = next((c for c in token.rights if c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and has_to(c)
                   and c.left_edge.i == token.i + 1), None)
    if clause is None:
        return None
    owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
    if owner is None:
        return None
    cue_start = token
    for left in reversed([c for c in token.lefts if c.i > owner.right_edge.i]):
        if left.dep_ not in ("amod", "compound", "nmod") or left.right_edge.i != cue_start.i - 1:
            break
        cue_start = left.left_edge
    source = trimmed(list(owner.subtree))  # with its "'s", as in "Trump's criticism of"
    content = trimmed(clause.subtree)
    if source is None or content is None:
        return None
    return Found(content=content, source=source, cue=(cue_start.idx, token.idx + len(token.text)),
                 cue_token=token, source_root=owner, kind="noun")


NOUN_OBJECT_PREPS = ("of", "on", "about", "for", "to", "against", "over")


def _noun_with_object(token: Token) -> Found | None:
    """"Trump's criticism of Obama", "her attacks on the press": a stance noun whose owner is
    the source and whose prepositional object is the content (the preposition joins the cue);
    "the mayor is a critic of the blockade": a holder of a stance after a copula."""
    owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in NOUN_OBJECT_PREPS
                 and c.i == token.i + 1 and not is_time_phrase(c)), None)
    if prep is None or (owner is not None and owner.lower_ in ("its",)):
        return None
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    content = trimmed(objects[0].subtree) if objects else None
    if content is None:
        return None
    if owner is None:  # "Clinton is an outspoken supporter of ...": the copula's subject holds the stance
        holder = token.lemma_.lower() in lexicon.cues().stance_holders
        copula = token.head if holder and token.dep_ == "attr" and token.head.lemma_ == "be" else None
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None) if copula is not None else None
        if subject is None:
            return None
        return Found(content=content, source=source_span(subject, copula), cue=(copula.idx, prep.idx + len(prep.text)),
                     cue_token=token, source_root=subject, kind="noun")
    source = trimmed(list(owner.subtree))
    if source is None:
        return None
    return Found(content=content, source=source, cue=(token.idx, prep.idx + len(prep.text)),
                 cue_token=token, source_root=owner, kind="noun")


OBJECT_NOUN_PREPS = ("of", "at", "on", "about", "against", "for", "to", "toward", "towards", "over")


def object_noun_cue(token: Token) -> Found | None:
    """"He made no mention of the ceasefire", "took a swipe at the mayor", "made the case that
    ...": a verb whose object is a noun of saying or stance; the cue runs from the verb to the
    noun's preposition (or to the noun before a that-clause)."""
    verb = token.head
    if token.dep_ != "dobj" or token.pos_ != "NOUN" or token.lower_ not in lexicon.cues().object_nouns \
            or verb.pos_ not in ("VERB", "AUX") or verb.i > token.i:
        return None
    if verb.lemma_.lower() in lexicon.cues().deed_verbs:
        return None  # "carried out more than 100 attacks on shipping": a deed, not words
    subject = cue_subject(verb)
    if subject is None:
        return None
    clause = next((c for c in token.rights if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in OBJECT_NOUN_PREPS
                 and not is_time_phrase(c)), None)
    if prep is None and not lexicon.cues().kinds(verb.lemma_.lower()):
        # "took aim at the ministry": the parser may hang the preposition on the verb (not on a
        # cue verb's own object: "denied the accusation on X" is said on X)
        prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in OBJECT_NOUN_PREPS + ("with",)
                     and c.i == token.right_edge.i + 1 and not is_time_phrase(c)
                     and not match_channel(" ".join(t.text for t in c.subtree))), None)
    if clause is not None:
        content, cue_end = trimmed(list(clause.subtree)), token.idx + len(token.text)
    elif prep is not None:
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        content = trimmed(list(objects[0].subtree)) if objects else None
        cue_end = prep.idx + len(prep.text)
    else:
        return None
    if content is None or any(t.i < token.i for t in (clause or prep).subtree):
        return None
    source = source_span(subject, verb)
    start = verb
    for left in reversed(list(verb.lefts)):
        if left.dep_ in ("aux", "neg", "advmod") and left.i == start.i - 1:
            start = left
    return Found(content=content, source=source, cue=(start.idx, cue_end), cue_token=verb,
                 source_root=subject, kind="noun")


def made_clear(token: Token) -> Found | None:
    """"He made it clear that ...", "Republicans made clear that ...": "make" with "clear" (or
    "plain", "known") introduces the that-clause; the cue runs from the verb to the adjective."""
    if token.lemma_.lower() != "make" or token.pos_ != "VERB":
        return None
    lex = lexicon.cues()
    adjective = next((c for c in token.rights if c.lower_ in lex.clear_adjectives and c.i <= token.i + 3), None)
    if adjective is None:
        return None
    clause = next((c for c in list(adjective.rights) + list(token.rights) if c.i > adjective.i
                   and c.pos_ in ("VERB", "AUX") and c.left_edge.lower_ == "that" and c.left_edge.i == adjective.i + 1),
                  None)
    subject = cue_subject(token)
    if clause is None or subject is None:
        return None
    content = trimmed(list(clause.subtree))
    source = source_span(subject, token)
    if content is None:
        return None
    start = with_auxiliaries(token)
    return Found(content=content, source=source, cue=(start.idx, adjective.idx + len(adjective.text)),
                 cue_token=token, source_root=subject, kind="noun")


def with_auxiliaries(verb: Token) -> Token:
    """The first token of the verb group ending at `verb`: its auxiliaries, negation and adverbs
    right before it ('has not been' ... 'aware')."""
    start = verb
    for left in reversed(list(verb.lefts)):
        if left.dep_ in ("aux", "neg", "advmod") and left.i == start.i - 1:
            start = left
    return start


STANCE_ADJECTIVE_PREPS = ("about", "with", "over", "of", "at")
COPULAS = ("be", "seem", "appear", "remain", "become", "feel", "sound", "look")


@lru_cache(maxsize=1)
def _stance_adjectives() -> frozenset[str]:
    return frozenset(lexicon.load_data("attribution_cues.json").get("stance_adjectives", []))


def stance_adjective(token: Token) -> Found | None:
    """"Aides are confident that ...", "she has been acutely aware that ...": an adjective of
    certainty, knowledge or feeling after a copula, with a clause right after it. The copula's
    subject is the source; the cue runs from the copula (with its auxiliaries and negation) to
    the adjective; the clause, with its "that", is the content."""
    if token.pos_ != "ADJ" or token.dep_ != "acomp" or token.lower_ not in _stance_adjectives():
        return None
    copula = token.head
    if copula.lemma_.lower() not in COPULAS or copula.i > token.i:
        return None
    clause = next((c for c in list(token.rights) + list(copula.rights) if c.i > token.i and c.dep_ in ("ccomp", "advcl")
                   and c.pos_ in ("VERB", "AUX") and c.left_edge.i == token.i + 1
                   and (c.dep_ == "ccomp" or c.left_edge.lower_ == "that")), None)
    prep = None
    if clause is None:  # "are concerned about the deal": the preposition joins the cue, its object is the content
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.i == token.i + 1
                     and c.lower_ in STANCE_ADJECTIVE_PREPS and not is_time_phrase(c)), None)
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] if prep is not None else []
        if not objects:
            return None
    subject = cue_subject(copula)
    if subject is None or subject.dep_ == "expl" or subject.lower_ == "it":
        return None  # "it is certain that ...": nobody holds it
    content = trimmed(list(clause.subtree)) if clause is not None else trimmed(list(objects[0].subtree))
    source = source_span(subject, copula)
    if content is None:
        return None
    last = prep if prep is not None else token
    start = with_auxiliaries(copula)
    return Found(content=content, source=source, cue=(start.idx, last.idx + len(last.text)),
                 cue_token=token, source_root=subject, kind="noun")


def headlines(doc: Doc, found: list[Found]) -> list[Found]:
    out = []
    taken = [f.content for f in found]
    for sent in sentences(doc):
        colon = next((t for t in sent if t.text == ":" and t.i - sent.start <= 6), None)
        if colon is None or colon.i == sent.start or not _is_paragraph_start(doc, sent):
            continue
        head = doc[sent.start:colon.i]
        if not _looks_like_name(head):
            continue
        if not colon.whitespace_:
            continue  # "5:55", "2:1": not a speaker's colon
        title = not doc.text[:sent.start_char].strip()  # the story's first line
        # a speaker's turn ("Randrianarisoa: About 8,000 head since January. We have recovered some 3,100")
        # runs to the end of its paragraph; a title's label holds its own sentence only
        content = trimmed(list(doc[colon.i + 1:sent.end])) if title else None
        if content is None:  # a turn; or "TAPPER: And obviously, ...", the parser ending the sentence at the colon
            content = _rest_of_paragraph(doc, colon)
        if content is None or any(c == content for c in taken):
            continue
        if not any(ch.isalpha() for ch in doc.text[content[0]:content[1]]):
            continue  # "Clinton: 1,769": a tally, not words
        if not title and _list_of_names(doc, content):
            continue  # "Iowa: Tim Albrecht, Brad Anderson, ...", "Contributing: Jane Roe.": a roll, not words
        if title and any(f.cue is not None and content[0] <= f.cue[0] < content[1] and f.content[0] == content[0]
                         for f in found):
            continue  # "Ukraine: 12 killed in strike on Kharkiv, governor says": the title has its own speaker
        if title and _is_place_kicker(head) and doc.text[content[0]] not in "\"“'‘":
            continue  # "Sudan: North Darfur situation report": a place labels the title, it says nothing
        out.append(Found(content=content, source=trimmed(list(head)), cue=(colon.idx, colon.idx + 1),
                         cue_token=colon, source_root=head.root, kind="headline"))
    return out


def _list_of_names(doc: Doc, content: tuple[int, int]) -> bool:
    """Text after a label's colon that has no verb and is mostly names ("Tim Albrecht, Brad
    Anderson, Rob Barron"): a roll of people, as in a list of members or a credit line."""
    words = doc.char_span(content[0], content[1], alignment_mode="expand")
    if words is None or doc.text[content[0]] in "\"“'‘":
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    alpha = [t for t in words if t.is_alpha]
    if not alpha or sum(t.pos_ == "PROPN" for t in alpha) < 0.6 * len(alpha):
        return False
    return len(alpha) <= 4 or any(t.text == "," for t in words)  # a credit line, or names in a row


def _is_place_kicker(head: Span) -> bool:
    """A headline's head that is only a place name ("Sudan", "North Darfur", "Gaza"), which the tagger
    calls a GPE or LOC: a kicker naming where, not who speaks."""
    words = [t for t in head if not t.is_punct]
    return bool(words) and all(t.ent_type_ in ("GPE", "LOC") for t in words)


def _rest_of_paragraph(doc: Doc, colon: Token) -> tuple[int, int] | None:
    """A speaker's turn after "NAME:" runs to the end of its paragraph."""
    _, end = paragraph_bounds(doc.text, colon.idx)
    return trimmed([t for t in doc[colon.i + 1:] if t.idx < end])


def _looks_like_name(head: Span) -> bool:
    """A headline's speaker: capitalised words, no verb ("Zelensky", "UN envoy Guterres")."""
    words = [t for t in head if t.is_alpha]
    if not words or all(len(t.text) == 1 for t in words):  # "Q:", "A:": interview labels, not speakers
        return False
    labels = lexicon.cues().headline_labels
    if head.text.lower().strip() in labels or words[0].lower_ in labels:
        return False  # "The Latest:", "Explainer:", "Follow us on Twitter:": a label, not a speaker
    if any(t.pos_ in ("VERB", "AUX") and not t.is_title for t in head):
        return False
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in head) or all(
        t.is_title or t.is_upper for t in words)


def _is_paragraph_start(doc: Doc, sent: Span) -> bool:
    before = doc.text[:sent.start_char].rstrip(" \t")
    return not before or before.endswith("\n")


HEADLINE_AUXILIARIES = {"just", "also", "now", "still", "again", "finally", "never", "not", "n’t", "n't", "wo",
                        "ca", "will", "would", "can", "could", "should", "do", "does", "did", "is", "are", "was",
                        "were", "has", "have", "had"}
BARE_VERB_AUXILIARIES = {"will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did",
                         "n’t", "n't", "not"}
HEADLINE_FINITE = {"would", "will", "could", "can", "may", "might", "should", "must", "is", "are", "was", "were",
                   "has", "have", "had"}
HEADLINE_CLAUSE_OPENERS = {"as", "how", "why", "what", "where", "when", "who", "which", "that", "if", "because",
                           "while", "after", "before", "since", "until", "whether", "on"}
HEADLINE_PREPOSITIONS = {"to", "about", "for", "on", "of", "against", "over", "at", "out", "with"}
HEADLINE_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
                        "my", "your", "new"}


def title_case_headlines(doc: Doc, found: list[Found]) -> list[Found]:
    """A headline in title case, "Conservative Icon Morton Blackwell Endorses Ted Cruz": its
    first verb of saying, thinking or stance after a subject of capitalised words is the cue,
    the words before it the source, the rest of the line the content. The tagger reads such
    verbs as names, so the line's words are matched by form: the verb with an ending of the
    present or past ("Endorses", "Questioned"), or its bare form after a plural subject ("Hedge
    Funds Support ..."). Not in a line that has a cue already."""
    text = doc.text
    taken = [f.cue for f in found if f.cue is not None]
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        span = doc.char_span(start, end, alignment_mode="contract") if line.strip() else None
        lo = start
        start = end + 1
        if span is None or not _is_title_case(span) or any(lo <= c[0] < end for c in taken):
            continue
        item = _headline_verb(span)
        if item is not None:
            out.append(item)
    return out


def _is_title_case(span: Span) -> bool:
    """A line of 4 to 25 words, most of them capitalised, the first one too."""
    words = [t for t in span if t.is_alpha]
    if not 4 <= len(words) <= 25:
        return False
    return sum(t.text[0].isupper() for t in words) >= 0.8 * len(words) and words[0].text[0].isupper()


def _headline_lemma(word: str, lex: lexicon.CueLexicon, bare: bool) -> str | None:
    """The cue verb a headline's word is a form of ("Endorses", "Questioned"; "Support" if `bare`)."""
    word = word.lower()
    forms = [(s, r) for s, r in (("ies", "y"), ("ied", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"),
                                 ("ed", ""), ("d", "")) if word.endswith(s) and len(word) > len(s) + 2]
    if bare:
        forms.append(("", ""))
    for suffix, repl in forms:
        lemma = word[:len(word) - len(suffix)] + repl
        if lex.kinds(lemma):
            return lemma
    return None


def _headline_verb(span: Span) -> Found | None:
    """The attribution of a title-case line: its first cue verb with a subject before it."""
    lex = lexicon.cues()
    tokens = list(span)
    for k, token in enumerate(tokens):
        if k == 0 or not token.is_alpha or not (token.is_title or token.is_upper):
            continue
        before = tokens[k - 1]
        bare = before.lower_ in BARE_VERB_AUXILIARIES or (
            before.is_alpha and before.lower_.endswith("s") and not before.lower_.endswith("ss"))
        lemma = _headline_lemma(token.text, lex, bare)
        if lemma is None or before.lower_.endswith("ing"):
            continue  # "Christie Doing Favors": a noun after a verb
        if k + 1 < len(tokens) and tokens[k + 1].lower_ in HEADLINE_FINITE:
            continue  # "Tax Plans Would Hurt Families": a noun, the subject of the verb after it
        first = k
        while first > 0 and tokens[first - 1].lower_ in HEADLINE_AUXILIARIES:
            first -= 1
        subject = []
        j = first - 1
        while j >= 0 and tokens[j].lower_ not in HEADLINE_CLAUSE_OPENERS and (
                tokens[j].text[:1].isupper() or tokens[j].lower_ in ("’s", "'s", "of", "and", "&", ".", "-")
                or tokens[j].is_punct and tokens[j].text in ("“", "”", "\"")):
            subject.insert(0, tokens[j])
            j -= 1
        words = [t for t in subject if t.is_alpha]
        if not words or words[-1].lower_ in HEADLINE_DETERMINERS or words[0].lower_ in ("of", "and"):
            return None
        cue_last = token
        if k + 2 < len(tokens) and tokens[k + 1].lower_ in HEADLINE_PREPOSITIONS:
            cue_last = tokens[k + 1]  # "Zoe Saldana Responds To Anti-Immigrant Hate", "Asia Worries About ..."
        rest = tokens[cue_last.i - span.start + 1:]
        while rest and rest[-1].text in (".", "!"):
            rest = rest[:-1]
        content = trimmed(rest)
        source = trimmed(subject)
        if content is None or source is None or not any(t.is_alpha for t in rest):
            return None
        return Found(content=content, source=source, cue=(tokens[first].idx, cue_last.idx + len(cue_last.text)),
                     cue_token=token, source_root=subject[-1], kind="headline")
    return None
