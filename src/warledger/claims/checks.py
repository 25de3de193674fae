"""Statements about checks found by their grammar, where no phrase of the lexicon matches.

The phrases of lang/en/claims_verification.json name the common wordings ("could not be independently
verified", "rejected the claim"). Reporters vary them without end: "Reporters have not been allowed
into the area to verify the claim", "No one has been able to check the figure", "He posted no
photographs of the dead", "The UN questioned the figure", "The army said the governor's figure was
wrong", "accused the governor of inflating the toll". What they share is grammar: a verb of checking
under a negation, a piece of evidence that was not given, a verb of disputing whose object is a claim,
a claim said to be false, a party accused of inflating it. The words are data (`check_verbs`,
`evidence_nouns`, `giving_verbs`, `dispute_verbs`, `falsity_words`, `distortion_verbs`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from . import lexicon

#: nouns for what a party said, which a possessor narrows to that party's claims
CLAIM_NOUNS = frozenset({"claim", "figure", "number", "toll", "count", "tally", "report", "account", "statement",
                         "allegation", "assertion", "denial", "version", "estimate", "statistic"})
#: what a check or a dispute may bear on: a claim, its casualties, or a pronoun that stands for one
_CLAIM_WORDS = CLAIM_NOUNS - {"denial"} | {"casualty", "death", "story", "narrative", "information",
                                           "it", "this", "that", "them", "these", "those"}
_NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "neither", "nothing"})
#: heads that leave a check undone: "unable to verify", "impossible to confirm", "no way to check"
_INCAPACITY = frozenset({"unable", "impossible", "difficult", "hard", "fail"})
#: adverbs of a habit: a statement of what a party usually does is not about the claim just told
_HABITUAL = frozenset({"regularly", "often", "routinely", "frequently", "usually", "always", "repeatedly",
                       "typically", "generally", "habitually", "consistently", "invariably"})
_LINKS_UP = ("xcomp", "advcl", "acl", "relcl", "pcomp", "prep", "pobj", "acomp")


@dataclass(frozen=True)
class CheckWords:
    check_verbs: frozenset[str]
    evidence_nouns: frozenset[str]
    giving_verbs: frozenset[str]
    dispute_verbs: frozenset[str]
    falsity_words: frozenset[str]
    distortion_verbs: frozenset[str]
    checked_verbs: frozenset[str]


@lru_cache(maxsize=1)
def check_words() -> CheckWords:
    data = lexicon.load_data("claims_verification.json")

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data.get(key, []))

    return CheckWords(words("check_verbs"), words("evidence_nouns"), words("giving_verbs"),
                      words("dispute_verbs"), words("falsity_words"), words("distortion_verbs"),
                      words("checked_verbs"))


def parsed_checks(sent: Span) -> list[tuple[str, int, int]]:
    """(status, start, end) of every check statement the grammar of the sentence makes, by
    character offsets of the words that make it."""
    words = check_words()
    out: list[tuple[str, int, int]] = []
    for token in sent:
        lemma = token.lemma_.lower()
        found: tuple[str, list[Token]] | None = None
        if lemma in words.check_verbs and token.pos_ in ("VERB", "AUX") and (negation := _negation(token)) is not None \
                and not conditional(token) and not _appointment(token):
            found = ("unverified", [negation, token])
        elif lemma in words.check_verbs and token.pos_ == "VERB" and (failed := _failed_effort(token)) is not None:
            found = ("unverified", [token, failed])  # "Efforts to verify the figure were unsuccessful"
        elif lemma in words.check_verbs and token.pos_ == "VERB" and (effort := _ongoing_effort(token)) is not None \
                and _checked_claim(token) is not None:
            found = ("unverified", [effort, token])  # "was still working to verify the toll"
        elif lemma in words.checked_verbs and token.pos_ == "VERB" and _negation(token) is None \
                and _done(token) and (checked := _checked_claim(token)) is not None:
            found = ("confirmed", [token, checked])
        elif lemma in ("know", "tell") and token.pos_ == "VERB":
            negation = _negation(token, no_way=True)
            if negation is not None and negation.pos_ == "NOUN":  # "no way of knowing", "no means to tell"
                found = ("unverified", [negation, token])
        elif lemma in words.evidence_nouns and token.pos_ in ("NOUN", "PROPN"):
            found = _evidence_not_given(token, words)
        elif lemma in words.dispute_verbs and token.pos_ == "VERB" and _negation(token) is None:
            claim = _claim_object(token)
            if claim is not None:
                found = ("disputed", [token, claim])
        elif lemma in words.distortion_verbs and token.dep_ == "pcomp" and token.head.lower_ == "of" \
                and (accuse := _accusing_verb(token.head)) is not None:
            found = ("disputed", [accuse, token])
        elif lemma == "lie" and token.tag_ == "VBG" and _lying(token):
            found = ("disputed", [token])
        elif lemma in words.falsity_words:
            claim = _claim_subject(token)
            if claim is not None and (token.pos_ != "ADJ" or _negation(token) is None):
                found = ("disputed", [claim, token])
        elif lemma in ("true", "accurate", "correct") and token.dep_ in ("acomp", "attr"):
            claim = _claim_subject(token)
            negation = _negation(token) or _negation(token.head)
            if claim is not None and negation is not None:
                found = ("disputed", [claim, token])
        elif lemma == "doubt" and token.head.lemma_.lower() in ("cast", "throw", "raise", "express") \
                and _doubted_claim(token):
            found = ("disputed", [token.head, token])
        if found is not None:
            status, ends = found
            start = min(t.idx for t in ends)
            last = max(ends, key=lambda t: t.idx)
            out.append((status, start, last.idx + len(last.text)))
    return out


def disputed_counts(sent: Span, denial_verbs: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of the claims with a number in them that the sentence rejects or calls false
    ("told this newspaper that the figure of 13 was simply false", "The army rejected the toll of 40"):
    the count inside such a claim is disputed, whoever first gave it."""
    words = check_words()
    out = []
    for token in sent:
        lemma = token.lemma_.lower()
        claim = None
        if (lemma in words.dispute_verbs or lemma in denial_verbs) and token.pos_ == "VERB" \
                and _negation(token) is None:
            claim = _claim_object(token)
        elif lemma in words.falsity_words or lemma in ("true", "accurate", "correct") and token.dep_ in ("acomp", "attr"):
            claim = _claim_subject(token)
            negated = _negation(token) or (_negation(token.head) if token.pos_ == "ADJ" else None)
            if (lemma in ("true", "accurate", "correct")) != (negated is not None):
                claim = None  # "the figure was not wrong", "the figure is true": no dispute
        if claim is None or claim.pos_ == "PRON":
            continue
        phrase = list(claim.subtree)
        cut = next((t.i for t in phrase if t.i > claim.i and t.text in (":", ";", "—", "–")), None)
        phrase = [t for t in phrase if cut is None or t.i < cut]  # "contradict that account: 58 ..."
        if any((t.like_num or t.pos_ == "NUM") and _inside_noun_phrase(t, claim) for t in phrase):
            out.append((phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)))
    return out


def _inside_noun_phrase(word: Token, noun: Token) -> bool:
    """The word belongs to the noun's own phrase ("the figure of 13", "the toll of 40 dead"), not to
    a clause that hangs on it."""
    while word.i != noun.i:
        if word.pos_ in ("VERB", "AUX") or word.dep_ in ("relcl", "acl", "ccomp", "advcl", "parataxis"):
            return False
        word = word.head
    return True


def conditional(verb: Token) -> bool:
    """A verb inside a condition ("if sanitary conditions are not established", "unless it is
    verified"): a case put, not a check left undone."""
    for current in _chain(verb):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in current.children):
            return True
    return False


def _doubted_claim(doubt: Token) -> bool:
    """"cast doubt on the figure", "raised doubts about his account", "expressed doubt": doubt about a
    claim, or about nothing named; not doubt "on the ability of the US to live up to its commitments"."""
    objects = [g for head in (doubt, doubt.head) for c in head.children
               if c.dep_ == "prep" and c.lower_ in ("on", "about", "over", "upon") for g in c.children if g.dep_ == "pobj"]
    clauses = [c for c in doubt.children if c.dep_ in ("acl", "ccomp")]
    if clauses and not any(t.like_num for c in clauses for t in c.subtree):
        return False  # "expressed doubts that politicians could work things out": a doubt about what may be
    return not objects or any(g.lemma_.lower() in _CLAIM_WORDS or g.pos_ == "PRON" for g in objects)


def _lying(verb: Token) -> bool:
    """"said the governor was lying": a party lying, not bodies lying somewhere ("lying in the street")."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lemma_ == "be" for c in children) \
        and any(c.dep_ == "nsubj" for c in children) \
        and not any(c.dep_ in ("prep", "advmod", "acomp", "npadvmod", "dobj") for c in children)


#: verbs of an effort still under way: "working to verify", "trying to confirm"
_EFFORTS = frozenset({"work", "try", "seek", "attempt", "struggle"})
#: nouns of an attempt, and what an attempt that failed is said to be
_ATTEMPTS = frozenset({"effort", "attempt", "bid", "try"})
_FAILED = frozenset({"fail", "unsuccessful", "fruitless", "futile", "vain"})


def _failed_effort(verb: Token) -> Token | None:
    """"Efforts to verify the figure were unsuccessful", "the bid to confirm it proved fruitless": a
    check tried and not done (the noun of the attempt the subject of what failed)."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in _ATTEMPTS or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    predicate = noun.head
    if predicate.lemma_.lower() in _FAILED:
        return predicate
    return next((c for c in predicate.children if c.dep_ in ("acomp", "attr", "prep") and
                 (c.lemma_.lower() in _FAILED or any(g.lower_ == "vain" for g in c.children))), None)


def _ongoing_effort(verb: Token) -> Token | None:
    """"The UN said it was still working to verify the toll": a check under way is not yet done."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _EFFORTS and head.tag_ == "VBG":
        return head
    return None


def _done(verb: Token) -> bool:
    """A check done: "verified his account", "has corroborated", "was verified by", "matching the
    governor's account"; not one to do ("working to verify") nor one asked for."""
    if verb.tag_ in ("VBD", "VBG"):
        return verb.tag_ == "VBD" or verb.dep_ in ("advcl", "acl", "xcomp") and verb.head.lemma_ != "work"
    if verb.tag_ == "VBN":
        return any(c.dep_ in ("aux", "auxpass") for c in verb.children) or verb.dep_ == "acl"
    return verb.tag_ == "VBZ"


def _checked_claim(verb: Token) -> Token | None:
    """What a check bears on: a claim ("verified his account", "the toll was corroborated by")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in _CLAIM_WORDS - {"it", "this", "that"} \
                and _definite(child):
            return child
    return None


def _accusing_verb(of: Token) -> Token | None:
    """The verb "accuse" that "of" belongs to: "accused the governor of inflating" ("of" may hang on the
    person accused)."""
    for head in (of.head, of.head.head):
        if head.lemma_.lower() == "accuse":
            return head
    return None


def is_negated(verb: Token) -> bool:
    """Whether a verb (or the check it serves) is negated: "did not confirm", "has yet to confirm",
    "unable to verify"."""
    return _negation(verb) is not None


def _negation(token: Token, no_way: bool = False) -> Token | None:
    """The word that negates the verb (or the check it serves), if any: "not", "no one", "unable",
    "without"; with `no_way`, a noun under "no" too ("no way of knowing")."""
    for depth, current in enumerate(_chain(token)):
        for child in current.children:
            if child.dep_ == "neg":
                return child
            if child.dep_ in ("nsubj", "nsubjpass") and _negative_subject(child) and (
                    child.dep_ == "nsubj" or _claim_like(child)):
                return child  # "no one has verified"; passive: "no figures have been verified", not "no infection has been found"
        if depth and current.lemma_.lower() in _INCAPACITY:
            return current
        if depth and current.lemma_.lower() in ("have", "be", "remain") and (
                current.lemma_.lower() == "remain" or any(c.dep_ == "advmod" and c.lower_ in ("yet", "still")
                                                          for c in current.children)):
            return current  # "have yet to confirm", "is still to be verified", "remains to be confirmed"
        if depth and no_way and current.pos_ == "NOUN" and any(
                c.lower_ == "no" for c in current.children if c.dep_ == "det"):
            return current  # "no way of knowing"
        if current.lower_ == "without":
            return current
    return None


def _chain(token: Token, steps: int = 3):
    """The token and the heads it serves ("able to verify", "allowed into the area to verify")."""
    current = token
    yield current
    for _ in range(steps):
        if current.dep_ not in _LINKS_UP or current.head is current:
            return
        current = current.head
        yield current


def _claim_like(subject: Token) -> bool:
    """A passive check's subject that is what gets checked: a claim, evidence, or "none"/"neither" of
    them ("None of the figures has been confirmed", "No photographs have been verified")."""
    lemma = subject.lemma_.lower()
    return lemma in _NEGATIVE_SUBJECTS or lemma in _CLAIM_WORDS or lemma in check_words().evidence_nouns


def _negative_subject(subject: Token) -> bool:
    if subject.lemma_.lower() in _NEGATIVE_SUBJECTS:
        return True
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children)


def _evidence_not_given(noun: Token, words: CheckWords) -> tuple[str, list[Token]] | None:
    """"posted no photographs", "gave no source", "did not publish the names", "there was no evidence"."""
    no = next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "no"), None)
    head = noun.head
    if noun.dep_ not in ("dobj", "nsubj", "attr", "nsubjpass"):
        return None
    if no is not None and any(c.tag_ in ("JJR", "RBR") or c.lower_ in ("more", "less", "better")
                              for t in noun.children if t.dep_ == "amod" for c in (t, *t.children)):
        return None  # "There is no more complete source than ...": a comparison, not a source withheld
    if no is not None:
        if noun.dep_ == "dobj" and head.lemma_.lower() in words.giving_verbs:
            return "unverified", [head, noun]
        if noun.dep_ in ("attr", "nsubj") and head.lemma_.lower() == "be" \
                and any(c.dep_ == "expl" for c in head.children):
            return "unverified", [no, noun]
        if noun.dep_ == "nsubj" and head.lemma_.lower() in ("emerge", "surface", "exist"):
            return "unverified", [no, head]  # "No images from the scene have emerged to support his account"
        return None
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in ("available", "forthcoming") for c in head.children):
        negation = _negation(head)  # "Independent confirmation was not available"
        if negation is not None:
            return "unverified", [noun, negation]
    if noun.dep_ == "dobj" and head.lemma_.lower() in words.giving_verbs:
        negation = _negation(head)
        if negation is not None:
            return "unverified", [negation, noun]
    return None


def _claim_object(verb: Token) -> Token | None:
    """The claim a verb of disputing takes: "questioned the figure", "the claim was challenged". A
    habit ("has regularly disputed casualty figures") or a bare plural ("disputes casualty figures
    published by armed groups") speaks of claims in general, not of the one just told."""
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in _CLAIM_WORDS and _definite(child) \
                and not _people(child):
            return child
    return None


def _people(pronoun: Token) -> bool:
    """"question those who have power": a pronoun that a who-clause makes people, not claims."""
    return any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") for g in c.children) for c in pronoun.children)


def _appointment(verb: Token) -> bool:
    """"confirm a judge", "the Senate confirmed his picks": confirming a person to an office, not a claim."""
    titles = lexicon.actors().titles
    return verb.lemma_.lower() == "confirm" and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or c.lemma_.lower() in titles
                                            or c.lemma_.lower() in _APPOINTEES) for c in verb.children)


#: people confirmed to an office
_APPOINTEES = frozenset({"judge", "nominee", "pick", "appointee", "candidate", "justice"})


def _definite(noun: Token) -> bool:
    """A pronoun, or a noun with a definite determiner or a possessor ("the figure", "his account",
    "the governor's figures", "those numbers")."""
    if noun.pos_ == "PRON":
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "some", "no")
               for c in noun.children)


def _claim_subject(word: Token) -> Token | None:
    """The claim a word of falsity is said of: "the figure was wrong", "the toll had been exaggerated",
    "called the claim a fabrication"."""
    head = word if word.pos_ == "VERB" else word.head
    if word.pos_ == "VERB":
        subjects = [c for c in word.children if c.dep_ == "nsubjpass"]
    elif word.dep_ in ("acomp", "attr"):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif word.dep_ in ("oprd", "pobj") or (word.dep_ == "dobj" and head.lemma_.lower() in ("call", "describe", "brand")):
        verb = head if word.dep_ != "pobj" else head.head
        subjects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c is not word]
    else:
        return None
    if word.pos_ == "ADJ" and any(c.dep_ in ("xcomp", "ccomp") for c in word.children):
        return None  # "it is wrong to shell a market": a judgement of an act, not of a claim
    return next((s for s in subjects if s.lemma_.lower() in _CLAIM_WORDS and _definite(s)
                 and s.lower_ not in ("it", "them") and s.tag_ != "WDT"), None)
