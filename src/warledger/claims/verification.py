"""Statements about whether claims could be checked, and the text whose claims they qualify.

"There was no independent information to verify those figures" qualifies the claims reported just
before it; "Russia claimed, without providing evidence, that ..." qualifies its own sentence;
"reportedly" qualifies its own clause. The phrases are data (lang/en/claims_verification.json).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..models import Verification
from . import lexicon
from .channels import match_channel
from .checks import CLAIM_NOUNS, conditional, disputed_counts, parsed_checks
from .paragraphs import paragraph_bounds, sentences as split_sentences

NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b",
                    re.IGNORECASE)
STATUS_ORDER = ("unverified", "disputed", "confirmed")
#: words that make "one" a pronoun ("no one", "anyone"): a count of nothing
ONE_PRONOUN_WORDS = ("no", "any", "every", "some")
PRONOUN_ONE = re.compile(r"\b(?:" + "|".join(ONE_PRONOUN_WORDS) + r")\s*one\b", re.IGNORECASE)


@dataclass(frozen=True)
class Claim:
    """An attribution as verification scopes see it: its content and who makes it."""

    start: int
    end: int
    words: frozenset[str]  # lower-case words of the claimant's name and the source
    country: str | None
    name: str | None = None  # the claimant's name: claims of the same claimant are the owner's too


@dataclass(frozen=True)
class ScopeWords:
    """What a statement that points back at claims names, and what a sentence must hold to be one
    of those claims (lang/en/claims_verification.json: casualty_anaphors ... blame_denials)."""

    figure_anaphors: re.Pattern
    casualty_anaphors: re.Pattern
    plural_anaphors: re.Pattern
    casualty_words: frozenset[str]
    measure_words: frozenset[str]
    max_paragraphs_back: int
    blame_denials: re.Pattern
    office_holders: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def scope_words() -> ScopeWords:
    data = lexicon.load_data("claims_verification.json")
    never = r"(?!)"
    return ScopeWords(
        figure_anaphors=re.compile(data.get("figure_anaphors", never), re.IGNORECASE),
        casualty_anaphors=re.compile(data.get("casualty_anaphors", never), re.IGNORECASE),
        plural_anaphors=re.compile(data.get("plural_anaphors", never), re.IGNORECASE),
        casualty_words=frozenset(w.lower() for w in data.get("casualty_words", [])),
        measure_words=frozenset(w.lower() for w in data.get("measure_words", [])),
        max_paragraphs_back=int(data.get("max_paragraphs_back", 0)),
        blame_denials=re.compile(data.get("blame_denials", never), re.IGNORECASE),
        office_holders={k.lower(): frozenset(w.lower() for w in v) for k, v in data.get("office_holders", {}).items()},
    )


def find_verifications(doc: Doc, cues: Sequence[tuple[int, int, bool]] = (),
                       denials: Sequence[tuple] = (), claims: Sequence[Claim] = (),
                       confirmations: Sequence[tuple[tuple[int, int], tuple[int, int]]] = ()) -> list[Verification]:
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
        found = [(status, sent.start_char + match.start(), sent.start_char + match.start() + len(match.group().rstrip()))
                 for status, pattern in _ordered(lex.patterns) for match in pattern.finditer(sent.text)]
        # the grammar of a check where no phrase names it ("No one has been able to check the figure")
        found += [check for check in parsed_checks(sent) if not any(
            check[1] < e and s < check[2] for _, s, e in found)]
        for status, start, end in found:
            if any(start < e and s < end for s, e in taken):
                continue
            if status != "disputed" and (_checks_a_question(doc, sent, end) or _in_condition(doc, sent, start, end)):
                continue
            taken.append((start, end))
            if status == "confirmed" and lex.negators.search(doc.text, sent.start_char, start):
                status = "unverified"  # "Neither side's claims could be verified"
            owned = _restated_claims(doc, sentences[k], status, claims) or \
                _owned_claims_statements(doc, sentences, k, status, claims)
            if owned:
                out.extend(owned)
                continue
            out.append(_statement(doc, sentences, k, start, end, status, cues))
        for start, end in disputed_counts(sent, lex.denial_verbs):  # "the figure of 13 was simply false"
            out.append(Verification(start, end, doc.text[start:end], "disputed", start, end))
        for match in lex.contradictions.finditer(sent.text):
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            said = _said_by_another(sent, start, cues)
            if said and not any(start < e and s < end for s, e in taken):
                taken.append((start, end))
                out.append(_statement(doc, sentences, k, start, end, "disputed", cues))
        for match in lex.hedge_phrases.finditer(sent.text):
            start, end = sent.start_char + match.start(), sent.start_char + len(match.group().rstrip()) + match.start()
            if not any(start < e and s < end for s, e in taken):
                taken.append((start, end))
                out.append(Verification(start, end, doc.text[start:end], "unverified", sent.start_char, sent.end_char))
        for token in sent:
            if token.lower_ in lex.hedges and not any(token.idx < e and s < token.idx + 1 for s, e in taken):
                clause = list(token.head.subtree)
                out.append(Verification(token.idx, token.idx + len(token.text), token.text, "unverified",
                                        clause[0].idx, clause[-1].idx + len(clause[-1].text)))
    out.extend(_own_observations(doc, sentences, claims, out))
    out.extend(_denials(doc, sentences, denials, cues, claims))
    out.extend(_confirmations(doc, sentences, confirmations, out))
    out.sort(key=lambda v: v.start)
    return out


def _in_condition(doc: Doc, sent: Span, start: int, end: int) -> bool:
    """A check phrase inside an if- or unless-clause ("Cholera may appear if sanitary conditions are not
    established"): a case put, not a check."""
    verbs = [t.head if t.dep_ in ("aux", "auxpass", "neg") else t
             for t in sent if start <= t.idx < end and t.pos_ in ("VERB", "AUX")]
    return bool(verbs) and all(conditional(t) for t in verbs)


#: a check of an open question: "could not verify who fired the shells", "whether the market was used"
QUESTION = re.compile(r"\s*(?:who|whom|why|whether|if|where|when|how(?!\s+many|\s+much))\b", re.IGNORECASE)


def _checks_a_question(doc: Doc, sent: Span, end: int) -> bool:
    """True when what could (not) be checked is an open question that holds no count and names no
    claim or casualty ("Reuters could not verify who fired the shells", "when it was filmed"): a
    check of who or why, not of the claims told. "Whether 27 people died", "whether the figure was
    accurate" and "how many died" are checks of the claims; "what the account says" is the claim."""
    if not QUESTION.match(doc.text, end, sent.end_char):
        return False
    rest = doc.char_span(end, sent.end_char, alignment_mode="contract")
    if rest is None or _has_count(rest):
        return False
    words = scope_words()
    return not any(t.lemma_.lower() in CLAIM_NOUNS or t.lower_ in words.casualty_words for t in rest)


def _confirmations(doc: Doc, sentences: list[Span], confirmations, found: list[Verification]) -> list[Verification]:
    """An independent party's "confirmed that ..." (an organisation's, a medium's): what it says, and
    the counts a party gave just before it (back to the nearest paragraph that holds a count, at most
    two paragraphs back), are confirmed. Not where the text already states a check of its own."""
    out = []
    for cue, content in confirmations:
        k = next((i for i, s in enumerate(sentences) if s.start_char <= cue[0] < s.end_char), None)
        if k is None or any(v.start >= sentences[k].start_char and v.end <= sentences[k].end_char for v in found):
            continue
        here = _paragraph_of(doc, sentences[k].start_char)
        start = sentences[k].start_char
        if PART_CONFIRMED.search(doc.text, content[0], content[1]):
            # "says it has confirmed 31 of those cases": a part is confirmed, not the count it is part of
            text = _trim_stop(sentences[k].text)
            out.append(Verification(sentences[k].start_char, sentences[k].start_char + len(text), text,
                                    "confirmed", content[0], content[1]))
            continue
        for sent in reversed(sentences[:k]):
            paragraph = _paragraph_of(doc, sent.start_char)
            if here - paragraph > 2:
                break
            if _has_count(sent):
                start = doc.text.rfind("\n", 0, sent.start_char) + 1 if paragraph < here else sent.start_char
                break
        text = _trim_stop(sentences[k].text)
        out.append(Verification(sentences[k].start_char, sentences[k].start_char + len(text), text, "confirmed",
                                start, max(content[1], sentences[k].end_char)))
    return out


#: a count of part of what was told before: "31 of those cases", "20 of them"
PART_CONFIRMED = re.compile(r"(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|most))"
                            r"\s+of\s+(?:those|these|them|the|its|their)\b", re.IGNORECASE)


#: the reporter's own count or sight, in the first person ("I counted nine houses reduced to rubble")
OWN_OBSERVATION = re.compile(r"\b(?:(?:I|[Ww]e)|(?:[Oo]ur|[Tt]his\s+(?:newspaper|paper|agency)[’']s)\s+(?:reporters?|correspondents?|"
                             r"journalists?|team|staff))\s+(?:(?:personally|myself|ourselves|also|later|has|have|had|"
                             r"were\s+able\s+to|was\s+able\s+to|could)\s+)*"
                             r"(?:counted|saw|seen|see|could\s+see|watched|witnessed|observed|match|matched|confirm|"
                             r"confirmed|verify|verified|geolocated|geolocate)\b(?!\s+(?:whether|if)\b)"
                             r"|\b[Ww]e\s+are\s+(?:confident|certain|sure)\s+that\b")
_QUOTE_MARKS = re.compile(r"[\"“”]")


def _own_observations(doc: Doc, sentences: list[Span], claims: Sequence[Claim],
                      found: list[Verification]) -> list[Verification]:
    """"Before a soldier asked me to leave, I counted nine houses reduced to rubble": what the
    reporter counted or saw is checked by the outlet itself (confirmed, in its own sentence). Not
    inside a quotation or anyone's reported words ("“I saw 20 bodies,” a resident said")."""
    out = []
    words = scope_words()
    for k, sent in enumerate(sentences):
        match = OWN_OBSERVATION.search(sent.text)
        if match is None or sent.text.rstrip().endswith("?"):
            continue  # "What do we see?": a question, not a sight
        at = sent.start_char + match.start()
        start, _ = paragraph_bounds(doc.text, at)
        if len(_QUOTE_MARKS.findall(doc.text, start, at)) % 2 or any(c.start <= at < c.end for c in claims):
            continue
        if any(v.start >= sent.start_char and v.end <= sent.end_char for v in found):
            continue
        text = _trim_stop(sent.text)
        scope_start = at
        before = sent.text[:match.start()]
        if k and (words.figure_anaphors.search(before) or words.casualty_anaphors.search(before)) \
                and lexicon.verification().anaphors.search(before) and _has_count(sentences[k - 1]):
            # "Those numbers, at least, can be checked: our reporter has seen the admissions register":
            # what was seen checks the counts just told
            scope_start = sentences[k - 1].start_char
        out.append(Verification(at, sent.start_char + len(text), doc.text[at:sent.start_char + len(text)],
                                "confirmed", scope_start, sent.end_char))
    return out


def _denials(doc: Doc, sentences: list[Span], denials: Sequence[tuple],
             cues: Sequence[tuple[int, int, bool]], claims: Sequence[Claim] = ()) -> list[Verification]:
    """Denials (cue start, cue end[, the denier's name]) dispute the claims told just before them,
    unless those are all the denier's own ("The army said ... They deny that many civilians were
    killed": a party going on, not disputing itself)."""
    out = []
    for start, _, *denier in denials:
        k = next((i for i, s in enumerate(sentences) if s.start_char <= start < s.end_char), None)
        if k is None or _denies_blame(doc, start):
            continue
        scope = _backward_scope(doc, sentences, k, cues)
        name = (denier[0] or "").lower() if denier else ""
        before = [c for c in claims if scope is not None and scope[0] <= c.start < scope[1] and c.start < start]
        if name and before and all((c.name or "").lower() == name for c in before):
            continue
        if scope is not None:
            text = _trim_stop(sentences[k].text)
            out.append(Verification(sentences[k].start_char, sentences[k].start_char + len(text), text,
                                    "disputed", *scope))
    return out


def _denies_blame(doc: Doc, cue_start: int) -> bool:
    """"The government denied that the military had targeted civilians", "denied responsibility":
    a denial of blame, intent or a role leaves the counts told before it standing."""
    cue = next((t for t in doc if t.idx <= cue_start < t.idx + len(t.text)), None)
    if cue is None:
        return False
    denied = [t for c in cue.children if c.dep_ in ("ccomp", "dobj", "xcomp", "pcomp", "prep")
              for t in c.subtree]
    if not denied:
        return False
    denied.sort(key=lambda t: t.i)
    text = doc.text[denied[0].idx: denied[-1].idx + len(denied[-1].text)]
    return bool(scope_words().blame_denials.search(text))


def phrase_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of every check phrase of the text ("could not independently confirm",
    "independently verified"): a cue inside one reports a check, not a claim. A denial ("Hamas
    rejected the Israeli account", "officials rejected the claim") is a claim of its own: its
    cue stays."""
    lex = lexicon.verification()
    return [m.span() for status, pattern in lex.patterns if status != "disputed" for m in pattern.finditer(text)]


def _owned_claims_statements(doc: Doc, sentences: list[Span], k: int, status: str,
                             claims: Sequence[Claim]) -> list[Verification]:
    """"Russia's claim could not be verified", "The Russian figures could not be verified", "the
    ministry's figures": a statement that names whose claims it is about qualifies those claims
    (the nearest one, or for a plural every one in the paragraphs before it), however many other
    parties' claims were told in between. One statement per claim qualified; [] when it names no
    owner or no earlier claim is the owner's."""
    statement = sentences[k]
    owner = _owner_of(statement)
    if owner is None or not claims:
        return []
    words, country = owner
    here = _paragraph_of(doc, statement.start_char)
    limit = scope_words().max_paragraphs_back
    earlier = [c for c in claims if c.end <= statement.start_char and here - _paragraph_of(doc, c.start) <= limit]
    mine = [c for c in earlier if (words & c.words) or (country is not None and c.country == country)]
    names = {c.name for c in mine if c.name}
    # "He said ..." after "The minister said"; "KDF" after "the Kenya Defence Forces"
    mine = [c for c in earlier if c in mine or c.name in names or (
        c.name and any(_abbreviates(c.name, name) for name in names))]
    counting = scope_words().casualty_anaphors.search(statement.text) or scope_words().figure_anaphors.search(
        statement.text)
    if counting:  # "the air force's toll": the owner's claims that give counts
        casualties = bool(scope_words().casualty_anaphors.search(statement.text))
        mine = [c for c in mine if (span := doc.char_span(c.start, c.end, alignment_mode="expand")) is not None
                and _has_count(span, casualties)]
    # sentences whose subject is the owner, in case a claim of theirs was not found as an attribution
    spoken = [(sent.start_char, sent.end_char) for sent in sentences[:k]
              if here - _paragraph_of(doc, sent.start_char) <= limit and _subject_is(sent, words, country)
              and (not counting or _has_count(sent, bool(scope_words().casualty_anaphors.search(statement.text))))]
    scopes = sorted({(c.start, c.end) for c in mine} | {
        sp for sp in spoken if not any(c.start >= sp[0] and c.end <= sp[1] for c in mine)})
    if not scopes:
        return []
    if not scope_words().plural_anaphors.search(statement.text) and not STORY_NOUNS.search(statement.text):
        scopes = scopes[-1:]
    text = _trim_stop(statement.text)
    return [Verification(statement.start_char, statement.start_char + len(text), text, status, a, b)
            for a, b in scopes]


#: nouns for the whole of what a party told: "the military's account" is every claim of its account
STORY_NOUNS = re.compile(r"\b(?:accounts?|versions?|story|stories|narratives?)\b", re.IGNORECASE)


def _abbreviates(acronym: str, name: str) -> bool:
    """'KDF' and 'Kenya Defence Forces', 'UPDF' and 'Uganda People's Defence Forces'."""
    if not (acronym.isupper() and 2 <= len(acronym) <= 8):
        return False
    initials = "".join(w[0] for w in re.findall(r"[\w’']+", name) if w[0].isupper())
    return len(initials) > 1 and initials == acronym


#: a statement that restates the claim it is about: "no evidence to support the claim that 40
#: civilians were killed", "could not confirm reports that 12 soldiers died"
RESTATED = re.compile(r"\b(?:claims?|reports?|allegations?|assertions?|accounts?|figures?|statements?)\s+"
                      r"(?:[\w’'-]+\s+){0,4}?that\s+(?P<clause>[^.;]+)", re.IGNORECASE)
#: a statement that opens with the claim as a question: "Whether 27 people died could not be confirmed"
RESTATED_QUESTION = re.compile(r"\s*(?:[Ww]hether|[Ii]f)\s+(?P<clause>[^.;,]+?)\s+(?:could|can|cannot|has|have|had|was|"
                               r"is|remains?|remained)\b")
COUNT_WORD = re.compile(r"\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"dozens?|hundreds?|thousands?)\b", re.IGNORECASE)


def _restated_claims(doc: Doc, statement: Span, status: str, claims: Sequence[Claim]) -> list[Verification]:
    """"We found no evidence to support the claim that 40 civilians were killed": a statement that
    restates a claim with its count qualifies the earlier claims that give that count (one statement
    per claim), wherever they were told; [] when it restates none."""
    match = RESTATED.search(statement.text) or RESTATED_QUESTION.match(statement.text)
    if match is None or _owner_of(statement) is not None:
        return []  # "the army's account that ...": the owner's claims, whatever they count
    counts = {m.group().lower().replace(",", "") for m in COUNT_WORD.finditer(match.group("clause"))}
    if not counts:
        return []
    found = [c for c in claims if c.end <= statement.start_char and counts & {
        m.group().lower().replace(",", "") for m in COUNT_WORD.finditer(doc.text[c.start:c.end])}]
    text = _trim_stop(statement.text)
    return [Verification(statement.start_char, statement.start_char + len(text), text, status, c.start, c.end)
            for c in found]


def _subject_is(sent: Span, words: frozenset[str], country: str | None) -> bool:
    """Whether the subject of the sentence's main verb names the owner ("The navy said ...")."""
    cat = lexicon.actors()
    for subject in (c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        tokens = list(subject.subtree)
        if words & ({t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}):
            return True
        if country is not None:
            text = " ".join(t.text for t in tokens if t.pos_ in ("PROPN", "NOUN", "ADJ")).lower()
            for key in (text, *(t.lower_ for t in tokens)):
                found = cat.by_name.get(key) or cat.by_seat.get(key) or cat.by_demonym.get(key)
                if found is not None and found.iso2 == country:
                    return True
    return False




def _owner_of(statement: Span) -> tuple[frozenset[str], str | None] | None:
    """Whose claims an anaphor names: its possessor ("Russia's claim", "the ministry's figures") or a
    nationality word before it ("the Russian figures"), as words (with the words for who speaks
    for a body: ministry -> minister) and a country when the owner is a state or its people."""
    words = scope_words()
    cat = lexicon.actors()
    for head in statement:
        if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in CLAIM_NOUNS:
            continue
        for child in head.children:
            if child.i > head.i:
                continue
            if child.dep_ == "poss" and child.pos_ != "PRON":
                owner = [t for t in child.subtree if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "case"]
                names = {t.lower_ for t in owner} | {t.lemma_.lower() for t in owner}
                names |= {h for w in set(names) for h in words.office_holders.get(w, ())}
                text = " ".join(t.text for t in owner).lower()
                country = cat.by_name.get(text) or cat.by_seat.get(text) or cat.by_demonym.get(text)
                return frozenset(names), country.iso2 if country else None
            if child.dep_ in ("amod", "compound") and child.lower_ in cat.by_demonym:
                return frozenset(), cat.by_demonym[child.lower_].iso2
    return None


def _ordered(patterns):
    return sorted(patterns, key=lambda p: STATUS_ORDER.index(p[0]))


def _statement(doc: Doc, sentences: list[Span], k: int, start: int, end: int, status: str,
               cues: Sequence[tuple[int, int, bool]]) -> Verification:
    sent = sentences[k]
    if status == "disputed" and FORWARD_DISPUTE.match(doc.text[start:end]):
        # "..., contradicting a report by state television that several sailors had been killed":
        # what is disputed follows the phrase, not the claim the sentence opens with
        return Verification(start, end, doc.text[start:end], status, start, sent.end_char)
    # "The RSF said reports of civilian deaths were fabricated": a dispute said by someone points back too
    reported_dispute = status == "disputed" and _said_by_another(sent, start, cues)
    if _points_back(sent, start, end, cues) or reported_dispute:
        own = _antecedent_in_own_sentence(doc, sentences, k, start, cues)
        if own is not None:
            text = _trim_stop(sent.text)
            return Verification(sent.start_char, sent.start_char + len(text), text, status, *own)
        if lexicon.verification().multi_claim.search(sent.text):
            scope = _paragraphs_of_claims(doc, sentences, k, cues)
        else:
            scope = _backward_scope(doc, sentences, k, cues)
        scope = _named_claims_scope(doc, sentences, k, scope)
        if scope is not None:
            text = _trim_stop(sent.text)
            return Verification(sent.start_char, sent.start_char + len(text), text, status, *scope)
    text = doc.text[start:end]
    return Verification(start, end, text, status, sent.start_char, sent.end_char)


def _said_by_another(sent: Span, start: int, cues: Sequence[tuple[int, int, bool]]) -> bool:
    """Whether the words at `start` are someone's: a cue before them ("the army said no civilians
    were killed"), or after them when it brings in a new claimant ("“Nobody was killed there,” the
    army said"). "No one was hurt, he said" goes on with the claimant's own account."""
    return any(sent.start_char <= c[0] < start or (start <= c[0] < sent.end_char and c[2]) for c in cues)


#: a dispute whose object comes after it: a participle ("contradicting the report that ...") or an
#: indefinite claim ("denied a report that ...")
FORWARD_DISPUTE = re.compile(r"(?:denying|rejecting|dismissing|disputing|refuting|contradicting|contesting)\b|"
                             r"(?:deni|deny|reject|dismiss|disput|refut|contradict|contest)\w*\s+(?:a|an)\b",
                             re.IGNORECASE)


def _antecedent_in_own_sentence(doc: Doc, sentences: list[Span], k: int, start: int,
                                cues: Sequence[tuple[int, int, bool]]) -> tuple[int, int] | None:
    """"Local authorities said 1,800 people had fled, and the UN confirmed the figure", "Police said
    three were killed, but the figure could not be verified": an anaphor whose count stands in its
    own sentence before it points there (a plural one to the sentences of claims before as well)."""
    sent = sentences[k]
    words = scope_words()
    anaphor = next((m for m in lexicon.verification().anaphors.finditer(sent.text)
                    if words.figure_anaphors.search(m.group()) or words.casualty_anaphors.search(m.group())
                    or CHECKED_PRONOUN.fullmatch(m.group())), None)
    if anaphor is None:
        return None
    end = sent.start_char + anaphor.start()
    prefix = doc.char_span(sent.start_char, end, alignment_mode="contract")
    if prefix is None or not _has_count(prefix):
        return None
    if words.plural_anaphors.search(anaphor.group()):
        before = _backward_scope(doc, sentences, k, cues)
        if before is not None:
            return min(before[0], sent.start_char), end
    return sent.start_char, end


#: a check of a pronoun: "... reports of at least 25 deaths, but added that it could not verify them"
CHECKED_PRONOUN = re.compile(r"(?:verify|confirm|corroborate|check)\s+(?:it|them)", re.IGNORECASE)


def _points_back(sent: Span, start: int, end: int, cues: Sequence[tuple[int, int, bool]]) -> bool:
    """True when the statement stands alone and refers to claims already made ("those figures")."""
    lex = lexicon.verification()
    if lex.anaphors.search(sent.text):
        return True
    before = sent.text[: start - sent.start_char]
    after = sent.text[end - sent.start_char:]
    # a cue inside the statement ("He posted no photographs") is the statement's own verb, not a
    # claim; "one" of a pronoun ("No one has been able to check the figure") counts nothing
    has_claim_here = any(sent.start_char <= c[0] < sent.end_char and not start <= c[0] < end for c in cues) \
        or NUMBER.search(PRONOUN_ONE.sub(" ", before + after))
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


def _named_claims_scope(doc: Doc, sentences: list[Span], k: int,
                        scope: tuple[int, int] | None) -> tuple[int, int] | None:
    """The scope of a statement that points back at claims, moved to the claims it names.

    "The figures could not be independently verified", a paragraph after the figures, or "the toll
    given for the attackers could not be verified" after a paragraph of burned homes: when the
    sentences in `scope` hold no claim of the kind named (a count; for a toll, casualties, losses,
    a count of the dead or hurt), the nearest earlier paragraph that holds one is taken instead,
    and for a plural anaphor ("the figures") the paragraphs of such claims just before it too. A
    plural anaphor narrowed to a claimant ("the air force's figures") also takes that claimant's
    paragraphs of figures just before the sentences that hold it."""
    words = scope_words()
    statement = sentences[k]
    casualties = bool(words.casualty_anaphors.search(statement.text))
    if not casualties and not words.figure_anaphors.search(statement.text):
        return scope  # "that claim", "the report": any claim will do

    narrowing = _narrowing_lemmas(statement, words)
    narrowing |= {holder for word in narrowing for holder in words.office_holders.get(word, ())}

    def holds(sent: Span) -> bool:
        return _has_count(sent, casualties)

    def about(members: list[Span]) -> bool:
        return not narrowing or any(t.lemma_.lower() in narrowing for s in members for t in s)

    here = _paragraph_of(doc, statement.start_char)
    by_paragraph: dict[int, list[Span]] = {}
    for sent in sentences[:k]:
        by_paragraph.setdefault(_paragraph_of(doc, sent.start_char), []).append(sent)
    plural = bool(words.plural_anaphors.search(statement.text))
    if scope is not None:
        inside = [s for s in sentences[:k] if scope[0] <= s.start_char and s.end_char <= scope[1]]
        if any(holds(s) for s in inside) and about(inside):
            if not plural:
                return scope
            # "the figures", "the air force's figures": every paragraph of (the air force's) figures just before
            first = _paragraph_of(doc, scope[0])
            earlier = first - 1
            while earlier in by_paragraph and here - earlier <= words.max_paragraphs_back:
                members = by_paragraph[earlier]
                if any(holds(s) for s in members) and about(members):
                    first = earlier
                elif not casualties or any(_has_count(s) for s in members):
                    break  # counts of another kind: another story; "these figures": the ones just told
                # "the casualty figures" names its claims by kind: a paragraph of the same story without
                # counts ("It blamed the attack on ...") does not end them
                earlier -= 1
            return min(scope[0], by_paragraph[first][0].start_char), scope[1]
    chosen: list[int] = []
    for paragraph in range(here - 1, -1, -1):  # the statement's own paragraph was the backward scope's
        if not chosen and here - paragraph > words.max_paragraphs_back:
            break
        members = by_paragraph.get(paragraph, [])
        if any(holds(s) for s in members) and about(members):
            chosen.append(paragraph)
            if not plural:
                break
        elif chosen and plural and casualties and not any(_has_count(s) for s in members) \
                and here - paragraph < words.max_paragraphs_back:
            continue  # "It blamed the attack on ...": a paragraph of the same story without counts
        elif chosen:
            break
    if not chosen:
        return scope
    first = by_paragraph[min(chosen)][0]
    last = by_paragraph[max(chosen)][-1]
    return first.start_char, last.end_char


def names_only_casualties(text: str) -> bool:
    """"The death toll has not been independently confirmed", "the casualty figures": a statement
    about counts of the dead and hurt only (not "the figures")."""
    words = scope_words()
    return bool(words.casualty_anaphors.search(text)) and not words.figure_anaphors.search(
        words.casualty_anaphors.sub(" ", text))


NARROWING_PREPS = ("from", "for", "of", "in", "on", "about", "after")


def _narrowing_lemmas(statement: Span, words: ScopeWords) -> set[str]:
    """Content words of the phrase that narrows the anaphor: "the casualty figures from the
    overnight strike" -> {overnight, strike}; "the toll given for the attackers" -> {attacker};
    "the air force's figures" -> {air, force}."""
    heads = [t for t in statement if t.pos_ in ("NOUN", "PROPN")
             and (words.figure_anaphors.fullmatch(t.text) or words.casualty_anaphors.fullmatch(t.text))]
    out: set[str] = set()
    for head in heads:
        for owner in (c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"):
            # "the air force's figures", "the ministry's toll"
            out |= {t.lemma_.lower() for t in owner.subtree
                    if t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_stop}
        attached = list(head.children)
        if head.dep_ in ("dobj", "nsubjpass"):  # "could not verify the figures from the strike"
            # ("in a phone interview", "on Tuesday" tell how or when the check was made, not which figures)
            attached += [c for c in head.head.children if c.i > head.i and c.dep_ == "prep"
                         and c.lower_ not in ("in", "on")]
        for child in attached:
            phrase = []
            if child.dep_ == "prep" and child.lower_ in NARROWING_PREPS and not _names_a_channel(child):
                phrase = list(child.subtree)
            elif child.dep_ == "acl":  # "given for the attackers", "reported by ..."
                phrase = [t for p in child.children if p.dep_ == "prep" and p.lower_ in NARROWING_PREPS
                          for t in p.subtree]
            out |= {t.lemma_.lower() for t in phrase if t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_stop}
    return out - ALL_PARTIES


#: words for the parties in general: "the casualty figures from both sides" narrows to no one's claims
ALL_PARTIES = frozenset({"side", "party", "belligerent", "camp", "all", "both", "either", "each"})


def _names_a_channel(prep: Token) -> bool:
    """"in a phone interview", "in a statement on Telegram": how the check was made, not which figures."""
    return match_channel(prep.doc.text[prep.idx:prep.right_edge.idx + len(prep.right_edge.text)]) is not None


def _has_count(sent: Span, casualties: bool = False) -> bool:
    """True when the sentence gives a count (a number that does not measure an age, a duration, a
    distance, a storey or a calibre; not a year), and, with `casualties`, a word of the dead or hurt."""
    words = scope_words()
    if casualties and not any(t.lower_ in words.casualty_words for t in sent):
        return False
    tokens = list(sent)
    for n, token in enumerate(tokens):
        if not (token.like_num or NUMBER.fullmatch(token.text)):
            continue
        if re.fullmatch(r"(?:1[89]|20)\d\d", token.text):
            continue  # a year
        if token.lower_ == "one" and n and tokens[n - 1].lower_ in ONE_PRONOUN_WORDS:
            continue  # "no one": a pronoun
        following = [t.lower_ for t in tokens[n + 1:n + 4] if t.text not in ("-", "–")]
        if following and (following[0] in words.measure_words
                          or (following[0] in ("a", "an", "per") and len(following) > 1
                              and following[1] in words.measure_words)):
            continue
        return True
    return False


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
