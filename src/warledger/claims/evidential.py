"""Cues without a named speaker, and views of something "as" something.

- How things seem: "The speaker appeared to back down", "Her approach sounds reasonable", "It
  seemed that the talks had failed". The cue is the raising verb (with its auxiliaries,
  negation and adverbs, and an expletive "it"); the content is the whole clause it evaluates,
  subject included, and there is no source (PolNeAR/PARC mark these as the writer's
  attribution of an impression).
- What is said, thought or expected of something, in the passive without an agent: "Trump is
  expected to speak tonight", "He is said to have pressed for it", "She has been seen as a
  moderate". Cue and content as above.
- "The club is reportedly spending $1.5 million": a reporting adverb is the cue of its clause.
- "Voters see Clinton as electable": a verb of regarding with an object and an "as" phrase
  attributes the object with its "as" phrase to the subject.

The verb lists are data (lang/en/attribution_cues.json: raising_verbs, raising_adjective_verbs,
passive_cues, evidential_adverbs, as_complement_verbs).
"""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .sources import cue_subject, source_span
from .spans import Found, has_to, trimmed

COMPLEMENT_DEPS = ("xcomp", "acomp", "oprd", "attr")
EXPLETIVES = {"it"}


def evidential_cue(token: Token) -> Found | None:
    """A raising verb, a passive verb of saying or thinking, or a verb of regarding with "as"."""
    lex = lexicon.cues()
    if token.lower_ in lex.evidential_adverbs:
        return _reported(token)
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("aux", "auxpass", "amod", "compound"):
        return None
    lemma = token.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if lemma in lex.raising_adjective_verbs and not passive:
        return _raising(token, infinitive=lemma in lex.raising_verbs)
    if lemma in lex.passive_cues and passive:
        return _passive(token)
    if lemma in lex.as_complement_verbs and not passive:
        return _regarded_as(token)
    return None


def _raising(token: Token, infinitive: bool) -> Found | None:
    """"X appears to ...", "X seems unsure", "It seemed that ...", "It looks like ..."; an
    infinitive only after verbs that take one ("appears to", not "looks to see")."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "expl") and c.i < token.i), None)
    if subject is None:
        return None
    clause = next((c for c in token.rights if c.dep_ in ("ccomp", "advcl") and _is_clause_complement(c)), None)
    if subject.lower_ in EXPLETIVES and clause is not None:  # "it appeared that ...": the clause is the content
        content = trimmed(list(clause.subtree))
        cue_start = subject.idx if _adjacent_chain(subject, token) else _chain_start(token)
        if content is None:
            return None
        return Found(content=content, source=None, cue=(cue_start, _end(token)), cue_token=token, kind="evidential")
    complement = next((c for c in token.rights if _is_raised_complement(c, infinitive)), None)
    if complement is None or subject.lower_ in EXPLETIVES or _is_cue_verb(complement):
        return None  # "seemed to recognize the problem": the cue is "seemed to recognize"
    return _whole_clause(token, subject, complement)


def _reported(adverb: Token) -> Found | None:
    """"The club is reportedly spending $1.5 million": the adverb is the cue of its clause."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or _is_cue_verb(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < verb.i), None)
    if subject is None:
        return None
    content = trimmed(list(adverb.doc[subject.left_edge.i:verb.right_edge.i + 1]))
    if content is None:
        return None
    return Found(content=content, source=None, cue=(adverb.idx, adverb.idx + len(adverb.text)), cue_token=adverb,
                 kind="evidential")


def _passive(token: Token) -> Found | None:
    """"X is expected to ...", "X is said to have ...", "X has been seen as ...", "X is
    considered unclean"."""
    if any(c.dep_ == "agent" for c in token.children):
        return None  # "seen by organizers as ...": a speaker; the verb finders handle it
    subject = next((c for c in token.children if c.dep_ == "nsubjpass" and c.i < token.i), None)
    if subject is None:
        return None
    complement = next((c for c in token.rights if (c.dep_ == "xcomp" and (has_to(c) or c.pos_ in ("ADJ", "NOUN")))
                       or (c.dep_ in ("oprd", "acomp") and c.pos_ in ("ADJ", "NOUN")) or _is_as_phrase(c, token)), None)
    if complement is None or _is_cue_verb(complement):
        return None
    return _whole_clause(token, subject, complement)


def _regarded_as(token: Token) -> Found | None:
    """"Voters see Clinton as electable": the object with its "as" phrase is the content."""
    obj = next((c for c in token.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    as_phrase = next((c for c in token.rights if c.i > obj.right_edge.i and c.left_edge.lower_ == "as"
                      and c.left_edge.i == obj.right_edge.i + 1), None)
    if as_phrase is None:
        return None
    subject = cue_subject(token)
    if subject is None:
        return None
    source = source_span(subject, token)
    content = trimmed([t for t in token.doc[obj.left_edge.i:as_phrase.right_edge.i + 1]])
    if content is None or source is None:
        return None
    return Found(content=content, source=source, cue=(_chain_start(token), _end(token)), cue_token=token,
                 source_root=subject, kind="evidential")


def _whole_clause(token: Token, subject: Token, complement: Token) -> Found | None:
    start = subject.left_edge.i if subject.dep_ != "expl" else subject.i
    end = complement.right_edge.i
    content = trimmed(list(token.doc[start:end + 1]))
    if content is None:
        return None
    cue_end = _end(token)
    if _is_as_phrase(complement, token) and complement.i == token.i + 1:
        cue_end = complement.idx + len(complement.text)  # "is seen as"
    return Found(content=content, source=None, cue=(_chain_start(token), cue_end), cue_token=token,
                 kind="evidential")


def _is_clause_complement(clause: Token) -> bool:
    first = clause.left_edge
    return clause.pos_ in ("VERB", "AUX") and first.lower_ in ("that", "like", "as") and first.head.i == clause.i


def _is_cue_verb(complement: Token) -> bool:
    """An infinitive that is itself a cue ("seemed to recognize", "is expected to endorse")."""
    lex = lexicon.cues()
    lemma = complement.lemma_.lower()
    return complement.pos_ == "VERB" and bool(lex.kinds(lemma) or lemma in lex.prep_cues)


def _is_raised_complement(child: Token, infinitive: bool) -> bool:
    """"to end his bid" (an infinitive), "closer", "reasonable" (a predicative adjective)."""
    if child.dep_ == "xcomp":
        return (infinitive and has_to(child)) or child.pos_ in ("ADJ", "ADV")
    return child.dep_ in ("acomp", "oprd") and child.pos_ in ("ADJ", "ADV")


def _is_as_phrase(child: Token, verb: Token) -> bool:
    return child.dep_ == "prep" and child.lower_ == "as" and child.head.i == verb.i and any(
        c.dep_ == "pobj" for c in child.children)


def _chain_start(token: Token) -> int:
    """The verb with the auxiliaries, negation and adverbs right before it ("also did not appear")."""
    start = token
    i = token.i - 1
    while i >= 0:
        left = token.doc[i]
        if left.head.i != token.i or left.dep_ not in ("aux", "auxpass", "neg", "advmod"):
            break
        start = left
        i -= 1
    return start.idx


def _adjacent_chain(subject: Token, token: Token) -> bool:
    """An expletive right before the verb's auxiliaries ("it may seem")."""
    between = token.doc[subject.i + 1:token.i]
    return all(t.head.i == token.i and t.dep_ in ("aux", "neg", "advmod") for t in between)


def _end(token: Token) -> int:
    return token.idx + len(token.text)
