"""The wl_attributions component: who says what, through which channel, and whether it was checked.

Sets `doc._.wl_attributions` (list[models.Attribution]) and `doc._.wl_verifications`
(list[models.Verification]). The English rules live in warledger.claims; the data in lang/en/.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..claims import lexicon
from ..claims.channels import find_channel
from ..claims.checks import CLAIM_NOUNS, is_negated
from ..claims.claimants import ClaimantResolver
from ..claims.cues import Found, find_attributions
from ..claims.estimates import estimate_cues
from ..claims.verification import Claim, find_verifications, phrase_spans, verification_at
from ..models import Attribution, Span, Verification

PRONOUN_OR_DESCRIPTION = {"he", "she", "it", "they", "we", "i", "the", "this", "that"}


@dataclass
class AttributionsFound:
    attributions: list[Attribution]
    verifications: list[Verification]


class AttributionFinder:
    """Sets `doc._.wl_attributions` and `doc._.wl_verifications`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> AttributionsFound:
        checks = phrase_spans(doc.text)
        found = find_attributions(doc)
        found = sorted(found + estimate_cues(doc, found), key=lambda f: (f.content[0], f.content[1]))
        found = [f for f in found if not _inside_any(f.cue, checks)]
        interviewers = _interviewers(doc, found)
        found = [f for f in found if not _no_claim(doc, f, found, interviewers)]
        resolver = ClaimantResolver(doc, outlet=doc._.wl_outlet)
        claimants = {}
        for item in sorted(found, key=lambda f: f.cue[0] if f.cue else f.content[0]):
            claimants[id(item)] = resolver.resolve(item.source, item.source_root)
        attributions = [self._record(doc, item, claimants[id(item)]) for item in found]
        _carry_channels(found, attributions)
        cues = [(f.cue[0], f.cue[1], _introduces_claimant(doc, f)) for f in found if f.cue]
        denials = [(*f.cue, claimants[id(f)].name if claimants[id(f)] else None) for f in found if _is_denial(f)]
        confirmations = [(f.cue, f.content) for f in found
                         if _is_independent_confirmation(f, claimants[id(f)])]
        claims = [Claim(a.content.start, a.content.end, _claimant_words(a), a.claimant.country if a.claimant else None,
                        a.claimant.name if a.claimant else None) for a in attributions]
        verifications = find_verifications(doc, cues, denials, claims, confirmations)
        verifications = [v for v in verifications if not _own_confirmation(v, found, claimants, doc.text)]
        for attribution in attributions:
            content = attribution.content
            attribution.verification = verification_at(verifications, content.start, content.end)
        return AttributionsFound(attributions, verifications)

    def set_annotations(self, doc: Doc, found: AttributionsFound) -> None:
        doc._.wl_attributions = found.attributions
        doc._.wl_verifications = found.verifications

    @staticmethod
    def _record(doc: Doc, item: Found, claimant) -> Attribution:
        text = doc.text
        content = Span(item.content[0], item.content[1], text[item.content[0]:item.content[1]],
                       fragments=tuple(Span(s, e, text[s:e]) for s, e in item.fragments))
        return Attribution(
            content=content,
            source=_span(text, item.source),
            cue=_span(text, item.cue),
            claimant=claimant,
            channel=find_channel(doc, item.cue_token, item.content, item.source) if item.kind != "headline" else None,
            quote=item.quote,
        )


#: the writer speaking for the outlet: "We tried to answer three questions", "This newspaper does not know"
#: ("I" stays: a columnist's or an interviewee's first person, which PolNeAR counts as a source)
WRITER = re.compile(r"^(?:[Ww]e|[Tt]his\s+(?:newspaper|paper|agency|station|website))$")
#: what "claim" takes when it means "take" ("claimed 4,288 lives", "claimed the lives of 30", "claimed many victims")
TAKEN_LIVES = frozenset({"life", "lives", "victim", "casualty"})
#: what a negated cue does not say: "did not say where", "cannot say whether", "does not know how many"
OPEN_QUESTION = re.compile(r"^(?:where|whether|if|how|who|whom|what|when|why|which)\b", re.IGNORECASE)


def _no_claim(doc: Doc, item: Found, found: list[Found], interviewers: frozenset[str]) -> bool:
    """Cues that report no one's claim: the writer's own voice ("We are confident that ...", "we doubt"),
    outside any quotation and anyone else's words; what someone did not say ("It did not say where the
    drivers were heading", "cannot say whether"). (Refusals, being asked and a
    columnist's "I" stay: PolNeAR counts them.)"""
    if item.kind == "headline" and _label(doc, item) in interviewers:
        return True
    cue = item.cue_token
    if cue is None or item.kind not in ("verb", "noun"):
        return False
    if _names_a_source_only(doc, item, found):
        return True
    if cue.lemma_.lower() == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_LIVES for c in cue.children):
        return True  # "the epidemic claimed 4,288 lives", "claimed the lives of 30 people": no one speaks
    content = doc.text[item.content[0]:item.content[1]]
    negated = any(c.dep_ == "neg" for c in cue.children) or any(
        c.lower_ in ("cannot", "never") for c in cue.children if c.dep_ in ("aux", "neg", "advmod"))
    if negated and OPEN_QUESTION.match(content.lstrip("“\"' ")):
        return True
    if item.source is None or not WRITER.match(doc.text[item.source[0]:item.source[1]]):
        return False
    start = doc.text.rfind("\n", 0, item.source[0]) + 1
    quoted = len(re.findall(r"[\"“”]", doc.text[start:item.source[0]])) % 2 == 1
    told = any(other is not item and other.content[0] <= item.source[0] < other.content[1] for other in found)
    return not quoted and not told


def _interviewers(doc: Doc, found: list[Found]) -> frozenset[str]:
    """"Tsingy Weekly: How many cattle have been taken?": the speakers whose turns ask the questions of
    an interview are the interviewer, who speaks for the outlet; none of its turns is a claim."""
    return frozenset(_label(doc, item) for item in found if item.kind == "headline" and item.source is not None
                     and doc.text[item.content[0]:item.content[1]].rstrip(" ”\"'").endswith("?"))


def _label(doc: Doc, item: Found) -> str | None:
    """The speaker's label of a turn, as written (lower case), or None."""
    return doc.text[item.source[0]:item.source[1]].strip().lower() if item.source is not None else None


def _names_a_source_only(doc: Doc, item: Found, found: list[Found]) -> bool:
    """"Dakar Matin, citing a source at army headquarters, says ...", "The paper reports, quoting the
    prefect, that ...": the participle names whom another cue's claim comes from; it says nothing itself."""
    cue = item.cue_token
    if cue.lemma_.lower() not in ("cite", "quote") or cue.tag_ != "VBG":
        return False
    if not any(other is not item and other.cue_token is not None and other.cue_token.i == cue.head.i for other in found):
        return False
    span = doc.char_span(item.content[0], item.content[1], alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


#: cues that go on with what the same speaker was saying: "..., he added", "She went on"
CONTINUING = frozenset({"add", "continue"})


def _carry_channels(found: list[Found], attributions: list[Attribution]) -> None:
    """"Rondon wrote on X that ... Three soldiers had 'given their lives', he added": a cue that goes on
    with the same claimant's words, in a later sentence, is made through the same channel (in place)."""
    order = sorted(range(len(found)), key=lambda i: found[i].cue[0] if found[i].cue else found[i].content[0])
    for n, i in enumerate(order):
        item, attribution = found[i], attributions[i]
        if attribution.channel is not None or item.cue_token is None \
                or item.cue_token.lemma_.lower() not in CONTINUING or attribution.claimant is None:
            continue
        for j in reversed(order[:n]):
            before = attributions[j]
            if before.claimant is None or before.claimant.name != attribution.claimant.name:
                continue
            if found[j].cue_token is None or found[j].cue_token.sent == item.cue_token.sent:
                break  # "wrote on X ..., and added": a second cue of the same sentence keeps its own
            if before.channel is not None:  # past "what he called ...", which names no medium
                attribution.channel = before.channel
                break


def _claimant_words(attribution: Attribution) -> frozenset[str]:
    """Lower-case words of the claimant's name and of the source as written."""
    text = " ".join(x for x in ((attribution.claimant.name if attribution.claimant else ""),
                                (attribution.source.text if attribution.source else "")) if x)
    return frozenset(w.lower() for w in re.findall(r"\w+", text))


#: claimants whose confirmation is a check by someone who is not a party to the fighting
INDEPENDENT_TYPES = ("organisation", "media", "outlet")
#: a count in words or digits
NUMBER_WORD = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b",
                         re.IGNORECASE)
#: parties that speak for a state: their confirmation of a count is their own claim
STATE_TYPES = ("state", "government", "military", "official")


def _is_independent_confirmation(item: Found, claimant) -> bool:
    """"The UKMTO agency confirmed that a merchant vessel had been targeted with two missiles": an
    organisation or a news medium that confirms what a party claimed checks it."""
    if item.cue_token is None or item.kind != "verb" or item.cue_token.lemma_.lower() not in ("confirm", "corroborate"):
        return False
    negated = is_negated(item.cue_token)  # "did not confirm", "has yet to confirm"
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in item.cue_token.children)  # "must confirm"
    return not negated and not modal and claimant is not None and claimant.type in INDEPENDENT_TYPES \
        and _confirms_a_fact(item)


def _confirms_a_fact(item: Found) -> bool:
    """What is confirmed is a fact told: a clause ("confirmed that 56 passengers were on board"), a
    count, or a claim ("confirmed the toll"); not a person or an appointment ("stopped confirming his
    judicial picks")."""
    if any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in item.cue_token.children):
        return True
    doc = item.cue_token.doc
    content = doc.char_span(item.content[0], item.content[1], alignment_mode="expand")
    if content is None:
        return False
    return any(t.like_num or t.lemma_.lower() in CLAIM_NOUNS or t.pos_ in ("VERB", "AUX") for t in content)


def _own_confirmation(verification, found: list[Found], claimants: dict, text: str) -> bool:
    """"1,000 turkeys have been confirmed by UK government officials as dying of avian flu": a
    confirming verb that is itself the cue of a state party's claim (officials, a government, an army)
    gives that party's claim, not a check of it."""
    if verification.status != "confirmed":
        return False
    for item in found:
        claimant = claimants[id(item)]
        if item.cue_token is not None and item.cue_token.lemma_.lower() in ("confirm", "verify") \
                and verification.start <= item.cue_token.idx < verification.end \
                and claimant is not None and claimant.type in STATE_TYPES \
                and NUMBER_WORD.search(text, item.content[0], item.content[1]):
            return True  # the count is in its own words ("confirmed the toll" of another's count stays)
    return False


def _is_denial(item: Found) -> bool:
    """"The ministry denied that any aircraft had been hit": a denial of what came before."""
    if item.cue_token is None or item.kind != "verb":
        return False
    lemma = item.cue_token.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in item.cue_token.children)
    return lemma in lexicon.verification().denial_verbs and not negated and any(
        c.dep_ == "ccomp" for c in item.cue_token.children)


def _inside_any(cue: tuple[int, int] | None, spans: list[tuple[int, int]]) -> bool:
    return cue is not None and any(s <= cue[0] and cue[1] <= e for s, e in spans)


def _span(text: str, bounds: tuple[int, int] | None) -> Span | None:
    return Span(bounds[0], bounds[1], text[bounds[0]:bounds[1]]) if bounds else None


def _introduces_claimant(doc: Doc, item: Found) -> bool:
    """True when the source names its claimant (not a pronoun or a "the ..." description)."""
    if item.source is None:
        return False
    first = doc.text[item.source[0]:item.source[1]].split()[0].lower()
    words = doc.text[item.source[0]:item.source[1]].split()
    return not (len(words) <= 3 and first in PRONOUN_OR_DESCRIPTION)
