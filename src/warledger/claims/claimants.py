"""Who makes a claim: the source as written, resolved to an actor (models.Claimant).

Pronouns ("he", "it") and descriptions ("the agency", "the mayor") take the claimant of their
antecedent; surnames take the fullest earlier form of the name; capitals and seats of government
("Moscow", "the Kremlin") stand for their government; country names are states; the actor
catalogue (lang/en/actors_catalogue.json) gives type and country of named bodies; titles in the
source ("spokeswoman", "mayor") make a person an official.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..models import Claimant
from . import lexicon
from .sources import antecedent_span

PERSON_PRONOUNS = {"he", "she", "him", "her"}
THING_PRONOUNS = {"it"}
PLURAL_PRONOUNS = {"they", "them"}
SPEAKER_PRONOUNS = {"i", "we", "me", "us"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
PERSON_TYPES = {"person", "official", "military", "media"}
# a generic description names any earlier body of these types ("The RSF denied ... the group
# said": an armed group is a group), not only one the text called by the same noun
#: descriptions of a state's armed forces as a whole, which any earlier military claimant answers
STATE_FORCE_WORDS = frozenset({"military", "army", "armed forces", "defence forces", "defense forces"})
#: names of a whole state force (not of one branch: 'air force', 'navy', 'border service')
STATE_FORCE = re.compile(r"\b(?:army|military|armed forces|defen[cs]e forces|forces)\b")
DESCRIBED_TYPES = {"organisation": ("organisation", "armed_group"), "armed_group": ("armed_group",)}


@dataclass
class Mention:
    """A resolved claimant and how the text named it, kept as a possible antecedent."""

    claimant: Claimant
    position: int
    is_person: bool
    plural: bool
    words: frozenset[str]  # lower-case words of the source as written


@dataclass(frozen=True)
class NameRules:
    """Word lists of the actor catalogue that type a source by the shape of its name."""

    armed_group_heads: frozenset[str]  # "army": "the Arakan Army" without a country is an armed group
    state_media_modifiers: tuple[str, ...]  # "state-run MRTV"
    state_media_words: frozenset[str]  # "state television"


@lru_cache(maxsize=1)
def name_rules() -> NameRules:
    data = lexicon.load_data("actors_catalogue.json")
    return NameRules(
        armed_group_heads=frozenset(w.lower() for w in data.get("armed_group_name_heads", [])),
        state_media_modifiers=tuple(w.lower() for w in data.get("state_media_modifiers", [])),
        state_media_words=frozenset(w.lower() for w in data.get("state_media_words", [])),
    )


class ClaimantResolver:
    """Resolves sources in text order, remembering earlier claimants as antecedents."""

    def __init__(self, doc: Doc, outlet: str | None = None) -> None:
        self.doc = doc
        self.outlet = (outlet or "").lower() or None
        self.catalogue = lexicon.actors()
        self.rules = name_rules()
        self.history: list[Mention] = []
        self.aliases: dict[str, Mention] = {}  # "jnim" -> the body named "... (JNIM)" before
        self.genders: dict[str, str] = {}  # a person's name -> "m" or "f", as "he" or "she" took it
        self._persons = [e for e in doc.ents if e.label_ == "PERSON"]
        self._quoted = _quoted_ranges(doc.text)

    def resolve(self, source: tuple[int, int] | None, root: Token | None = None) -> Claimant | None:
        """The claimant of a source span (None for no source)."""
        if source is None:
            return None
        if root is not None:
            source = antecedent_span(root) or source
        span = self.doc.char_span(source[0], source[1], alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        mention = self._document(span) or self._pronoun(span) or self._description(span) or self._named(span)
        self.history.append(mention)
        return mention.claimant

    def _document(self, span: Span) -> Mention | None:
        """"a statement from the army", "the group's statement", "the statement said": a document
        speaks for whoever issued it — the body named with it, else the body that spoke last."""
        root = span.root
        if root.lemma_.lower() not in DOCUMENT_NOUNS or any(
                e.label_ in ("PERSON", "ORG", "GPE", "NORP") and e.root.i == root.i for e in span.ents):
            return None
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                issuer = [t for t in child.subtree if t.i != child.i]
                if issuer:
                    inner = self.doc[issuer[0].i:issuer[-1].i + 1]
                    found = self._pronoun(inner) or self._description(inner) or self._named(inner)
                    return Mention(found.claimant, span.start_char, found.is_person, found.plural, found.words)
            if child.dep_ == "poss":
                inner = self.doc[child.left_edge.i:child.i + 1]
                found = self._pronoun(inner) or self._description(inner) or self._named(inner)
                return Mention(found.claimant, span.start_char, found.is_person, found.plural, found.words)
        if root.lower_ != root.lemma_.lower() or not any(t.lower_ in ("the", "this", "that") for t in span):
            return None  # "statements", "a statement": no particular document
        found = self._antecedent(span.start_char, lambda m: not m.is_person) or self._body_subject_before(span)
        if found is None:
            return None
        return Mention(found.claimant, span.start_char, found.is_person, found.plural, found.words)

    # pronouns and descriptions --------------------------------------------------------------

    def _pronoun(self, span: Span) -> Mention | None:
        words = [t for t in span if t.lower_ not in DETERMINERS]
        if len(words) != 1 or words[0].pos_ != "PRON" or words[0].is_upper and len(words[0]) > 1:
            return None  # "WHO said": an acronym, not a pronoun
        word = words[0].lower_
        if word in PERSON_PRONOUNS:
            gender = "f" if word in ("she", "her") else "m"
            agrees = lambda m: self.genders.get(m.claimant.name, gender) == gender  # noqa: E731
            found = self._antecedent(span.start_char, lambda m: m.is_person and not m.plural and agrees(m))
            subject = self._person_subject_before(span.start_char)
            if subject is not None and agrees(subject) and (found is None or subject.position > found.position):
                found = subject
            if found is not None:
                # "Melania Trump tells supporters ... She says": the person is a woman from here on
                self.genders.setdefault(found.claimant.name, gender)
        elif word in THING_PRONOUNS:
            found = self._antecedent(span.start_char, lambda m: not m.is_person and not m.plural)
            subject = self._body_subject_before(span)
            if subject is not None and (found is None or subject.position > found.position
                                        or self._same_sentence_before(span, found)):
                # the subject of the sentence before is the likelier antecedent than a body named
                # inside it ("L'Echo prints a statement signed by a faction ... Citing a charity,
                # it adds": the paper)
                found = subject
        elif word in PLURAL_PRONOUNS:
            found = self._antecedent(span.start_char, lambda m: m.plural or not m.is_person)
        else:
            found = None
        if found is None:
            return self._mention(Claimant(span.text, "unknown", None), span, is_person=word in PERSON_PRONOUNS,
                                 plural=word in PLURAL_PRONOUNS)
        return Mention(found.claimant, span.start_char, found.is_person, found.plural, found.words)

    def _description(self, span: Span) -> Mention | None:
        """"the agency", "the ministry", "the mayor": a definite description of an earlier claimant."""
        tokens = list(span)
        # "the Iran-backed group": a name inside a hyphenated modifier does not make the source a name
        modifier = {t.i for t in tokens if _in_compound_modifier(t)}
        modifier |= {i + k for i in modifier for k in (1, 2)}
        words = [t for t in tokens if t.i not in modifier]
        if len(words) > 4 or tokens[0].lower_ not in ("the", "this", "that") or any(
                t.pos_ == "PROPN" or t.ent_type_ for t in words[1:]):
            return None
        head = span.root.lower_
        lemma = span.root.lemma_.lower()
        compound = _compound_noun(tokens[1:], self.catalogue.type_nouns)  # "the air force"
        if (compound or span.root.lower_) in STATE_FORCE_WORDS and len(tokens) == 1 + len((compound or "x").split()):
            # "the military", "the army", "the armed forces": the state's forces named before
            # ("The Kenya Defence Forces say ... The military also said"), of whatever name
            found = self._antecedent(span.start_char, lambda m: not m.is_person and m.claimant.type == "military"
                                     and bool(STATE_FORCE.search(" ".join((*m.words, m.claimant.name.lower())))))
            if found is not None:
                return Mention(found.claimant, span.start_char, found.is_person, found.plural, found.words)
        if compound is not None:
            parts = compound.split()
            found = self._antecedent(span.start_char, lambda m: all(w in m.words for w in parts))
            return None if found is None else Mention(found.claimant, span.start_char, found.is_person,
                                                      found.plural, found.words)
        if head not in self.catalogue.type_nouns and lemma not in self.catalogue.titles:
            return None
        noun_type = self.catalogue.type_nouns.get(head) or self.catalogue.type_nouns.get(lemma, "")
        kinds = DESCRIBED_TYPES.get(noun_type, ())

        def named(m: Mention) -> bool:
            return head in m.words or lemma in m.words or (not m.is_person and m.claimant.type in kinds)

        found = None
        if noun_type not in ("", "person", "official", "unknown"):
            # "the group" names a body: "Yahya Saree, the group's spokesman, said ... The group said"
            # goes back to the group, not to the person whose description mentions it
            found = self._antecedent(span.start_char, lambda m: not m.is_person and named(m))
        found = found or self._antecedent(span.start_char, named)
        if found is None:
            return None
        return Mention(found.claimant, span.start_char, found.is_person, found.plural, found.words)

    def _antecedent(self, position: int, accepts) -> Mention | None:
        for mention in reversed(self.history):
            if mention.position < position and accepts(mention) and mention.claimant.type != "unknown":
                return mention
        return None

    def _person_subject_before(self, position: int) -> Mention | None:
        """The last named person who is the subject of a clause before `position` ("Belousov
        visited the troops. He said ...")."""
        before = [e for e in self._persons if e.end_char <= position and e.root.dep_ in ("nsubj", "nsubjpass")
                  and not self._in_quotation(e)]
        if not before:
            return None
        entity = before[-1]
        main = [e for e in before if e.sent.start == entity.sent.start and _main_clause_subject(e)]
        if main and not _main_clause_subject(entity):
            # "Ryan said Obama has never respected gun rights. He says ...": the speaker, subject of
            # the main clause, is the likelier antecedent than a subject inside what he said
            entity = main[-1]
        name = self._fullest_name(entity)
        known = self.catalogue.persons.get(name.lower())
        earlier = self._same_person(name)
        if earlier is not None:
            return Mention(earlier.claimant, entity.start_char, True, False, earlier.words)
        claimant = Claimant(known.name, known.type, known.country) if known else Claimant(name, "person", None)
        return Mention(claimant, entity.start_char, True, False, frozenset(w.lower() for w in name.split()))

    def _same_sentence_before(self, span: Span, mention: Mention) -> bool:
        """Whether `mention` was made in the sentence just before `span`'s."""
        if span.sent.start == 0:
            return False
        previous = self.doc[span.sent.start - 1].sent
        return previous.start_char <= mention.position < previous.end_char

    def _in_quotation(self, span: Span) -> bool:
        """A name inside quotation marks is in someone's words ("“Novoserhiivka is under our
        control,” he said"): it is never the speaker of a quotation."""
        return any(lo <= span.start_char and span.end_char <= hi for lo, hi in self._quoted)

    def _body_subject_before(self, span: Span) -> Mention | None:
        """The body that is the subject of the sentence before ("Ukraine's General Staff did not
        confirm the loss. In its evening update, it said ..."): "it" goes back to it even when
        that sentence reported nothing."""
        sent = span.sent
        if sent.start == 0:
            return None
        previous = self.doc[sent.start - 1].sent
        subjects = [c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return None
        subject = subjects[0]
        if subject.pos_ == "PRON" or subject.tag_ in ("NNS", "NNPS") or subject.ent_type_ in ("PERSON", "NORP"):
            return None
        phrase = self.doc[subject.left_edge.i:subject.i + 1]
        entity = next((e for e in previous.ents if e.start <= subject.i < e.end), None)
        if entity is not None and entity.end > phrase.end:  # "The Syrian Observatory for Human Rights"
            phrase = self.doc[min(phrase.start, entity.start):entity.end]
        if self._in_quotation(phrase):
            return None
        mention = self._body(phrase)
        if mention.is_person or mention.plural or mention.claimant.type in ("unknown", "person", "official"):
            return None
        return mention

    # names -----------------------------------------------------------------------------------

    def _named(self, span: Span) -> Mention:
        alias = self.aliases.get(_without_determiner(span.text).lower())
        if alias is not None:
            return Mention(alias.claimant, span.start_char, alias.is_person, alias.plural, alias.words)
        bracketed = _bracketed_acronym(span)
        if bracketed is not None:
            return self._acronymed(span, *bracketed)
        described = _described_acronym(span)
        if described is not None:
            return self._described_acronymed(span, *described)
        cat = self.catalogue
        if _without_determiner(span.text).lower() in self.catalogue.actors:
            return self._body(span)  # "the Houthis", which the tagger may take for a person's name
        if any(_without_determiner(span.text).lower() in t for t in (cat.by_seat, cat.by_name)):
            surname = self._known_surname(span, full_names_only=True)
            if surname is not None:  # "reporter Bill Holland ... Holland covered the case"
                return self._person(span, surname)
            return self._body(span)  # "Kampala", "Togo": a country or its seat is never a person
        persons = [e for e in span.ents if e.label_ == "PERSON" and _names_the_speaker(e, span)
                   and not self._ends_in_body_noun(e)
                   and not any(e.text.lower() in t for t in (cat.by_seat, cat.by_name, cat.by_demonym))]
        if persons:
            return self._person(span, self._with_first_names(span, max(persons, key=lambda e: len(e.text))))
        surname = self._known_surname(span)
        if surname is not None:
            return self._person(span, surname)
        names = [t for t in span if t.pos_ == "PROPN" and _names_the_speaker(span.doc[t.i:t.i + 1], span)]
        if names and " ".join(t.text for t in names).lower() in self.catalogue.persons:
            return self._person(span, span.doc[names[0].i:names[-1].i + 1])
        if _without_determiner(span.text).lower() in self.catalogue.persons:
            return self._person(span, span[:])
        return self._body(span)

    def _ends_in_body_noun(self, entity: Span) -> bool:
        """"the Qassam Brigades", "Sudan Liberation Army" taken for a person's name: no person's name
        ends in a noun for a body (army, brigades, ministry, group), whatever the tagger says."""
        last = entity[-1].lower_
        return self.catalogue.type_nouns.get(last) not in (None, "person", "official", "unknown")

    def _with_first_names(self, span: Span, entity: Span) -> Span:
        """A person's name the tagger cut short ("Taras [Hlushko]"): capitalised proper nouns
        right before it, compounds of the name and outside any other entity, are its first names
        (titles are not: "Minister Rustem Umerov"). Only a one-word name gets one more word."""
        cat = self.catalogue
        titles = cat.titles | cat.military_titles | cat.media_titles
        if len(entity) != 1 or entity.start <= span.start:
            return entity  # only a bare surname, and only its one first name
        t = span.doc[entity.start - 1]
        if (t.pos_ == "PROPN" and t.tag_ == "NNP" and t.is_alpha and t.is_title and not t.ent_type_
                and t.dep_ == "compound" and t.head.i == entity.start and t.lower_ not in titles
                and t.lower_ not in cat.by_name and t.lower_ not in cat.by_demonym):
            return span.doc[entity.start - 1:entity.end]
        return entity

    def _known_surname(self, span: Span, full_names_only: bool = False) -> Span | None:
        """A bare proper name that an earlier PERSON mention ends with ("Umerov"); with
        `full_names_only`, a mention of two words or more ("Bill Holland", not a lone "Holland" the
        tagger may have taken for a person)."""
        names = [t for t in span if (t.pos_ == "PROPN" or t.is_upper and t.is_alpha and len(t) > 2)
                 and _names_the_speaker(span.doc[t.i:t.i + 1], span)]  # "VIEIRA:", which the tagger calls a noun
        if not names or len(names) > 2:
            return None
        last = names[-1].text.lower()
        if any(e.end_char <= span.start_char and [w.lower() for w in e.text.split()[-1:]] == [last]
               and (len(e) > 1 or not full_names_only) for e in self._persons):
            return span.doc[names[0].i:names[-1].i + 1]
        return None

    def _person(self, span: Span, entity: Span) -> Mention:
        name = self._fullest_name(entity)
        known = self.catalogue.persons.get(name.lower())
        if known is not None:
            name = known.name
        earlier = self._same_person(name)
        words = {t.lower_ for t in span if not (entity.start <= t.i < entity.end)}
        kind = self._title_type(span, entity)
        if kind == "person" and earlier is not None:
            kind = earlier.claimant.type
        if kind == "person" and known is not None:
            kind = known.type
        country = (self._country_of(span, skip=entity) or (earlier.claimant.country if earlier else None)
                   or (known.country if known else None))
        mention = self._mention(Claimant(name, kind, country), span, is_person=True, plural=False)
        mention.words = frozenset(words | {w.lower() for w in name.split()} |
                                  (earlier.words if earlier else frozenset()))
        return mention

    def _title_type(self, span: Span, entity: Span) -> str:
        outside = [t for t in span if not (entity.start <= t.i < entity.end)]
        # "secretary-general", "attorney general", "surgeon general": "general" after an office is no rank
        outside = [t for t in outside if not (t.lower_ == "general" and t.i > span.start and (
            span.doc[t.i - 1].text in ("-", "–") or span.doc[t.i - 1].lower_ in CIVIL_GENERALS))]
        words = [t.lower_ for t in outside] + [t.lower_ for t in entity if t.pos_ != "PROPN"]
        bigrams = [" ".join(p) for p in zip(words, words[1:])]
        cat = self.catalogue
        if any(w in cat.media_titles for w in words):
            return "media"
        if any(w in cat.military_titles for w in words):
            return "military"
        if any(w in cat.titles for w in words + bigrams):
            return "official"
        return "person"

    def _fullest_name(self, entity: Span) -> str:
        """The latest earlier PERSON name that ends with this one and is longer ("Zakharova" -> "Maria
        Zakharova")."""
        name = _strip_possessive(entity.text)
        words = name.lower().split() or [name.lower()]
        best = name
        for other in self._persons:
            text = _strip_possessive(other.text)
            # "VIEIRA:" in a transcript is the "Marcos Vieira" named before it; "Donald Trump" is not
            # the "Melania Trump" named before him
            if other.start_char < entity.start_char and text.lower().split()[-len(words):] == words \
                    and len(text.split()) > len(words):
                best = text  # the latest fuller name: "Trump" after "Melania Trump" and then "Donald Trump"
        if best == name and name.isupper() and len(name) > 3:
            best = name.title()  # a transcript's speaker label in capitals, with no fuller name before
        return best

    def _same_person(self, name: str) -> Mention | None:
        """The person named before whose name ends with this one, or this one with it ("Trump" and
        "Donald Trump"; not "Melania Trump" and "Donald Trump")."""
        words = name.lower().split()
        for mention in reversed(self.history):
            other = mention.claimant.name.lower().split()
            if mention.is_person and other and words and (other[-len(words):] == words or words[-len(other):] == other):
                return mention
        return None

    def _body(self, span: Span) -> Mention:
        cat = self.catalogue
        core = _core_phrase(span)
        core_text = core.text if core is not None else span.text
        bare = _without_determiner(core_text)
        actor = self._catalogue_actor(span)
        if actor is not None:
            return self._mention(Claimant(actor.name, actor.type, actor.country), span, False, False)
        if bare.lower() in cat.by_seat:
            country = cat.by_seat[bare.lower()]
            return self._mention(Claimant(bare, "government", country.iso2), span, False, False)
        if bare.lower() in cat.by_name:
            country = cat.by_name[bare.lower()]
            return self._mention(Claimant(bare, "state", country.iso2), span, False, False)
        if self.outlet and bare.lower() == self.outlet:
            return self._mention(Claimant(bare, "outlet", None), span, False, False)
        kind = self._noun_type(core if core is not None else span)
        country = self._country_of(span)
        plural = (core or span).root.tag_ in ("NNS", "NNPS")
        orgs = [e for e in span.ents if e.label_ == "ORG"]
        name = bare
        if core is not None and len(core) <= 2 and core.root.pos_ in ("NOUN", "NUM", "PRON"):
            name = _without_determiner(_described(span).rstrip(" ,"))
            if core.root.pos_ in ("NUM", "PRON"):  # "one of the sources": the type of the sources
                kind = self._noun_type(span)
        member = _one_of(core)
        if member is not None:
            kind = self._noun_type(member)
            if kind == "unknown":
                kind = "person"
        if kind in ("organisation", "unknown") and self._armed_group_marked(span):
            kind = "armed_group"
        if orgs and kind == "unknown":
            kind = "organisation"
        if kind == "unknown" and _proper_name(core if core is not None else span):
            kind = "organisation"  # "The Emergency Response Room in El Fasher": a named body the tagger missed
        if kind == "unknown" and not plural and (core or span).root.lemma_.lower() in _person_nouns():
            kind = "person"  # "said a teacher ... He said": an unnamed person is still someone "he" can be
        kind = self._armed_force_type(core if core is not None else span, kind)
        if self._state_media(core if core is not None else span, kind):
            kind = "media"
            country = country or self._text_country()
        is_person = kind in ("person",) or (kind == "official" and not plural and
                                            (core or span).root.lower_ in cat.titles)
        if member is not None and kind not in BODY_TYPES and not (
                kind == "media" and member.root.lemma_.lower() not in cat.media_titles):
            is_person, plural = True, False  # "one of the health workers ... He said"
        return self._mention(Claimant(name, kind, country), span, is_person=is_person, plural=plural)

    def _acronymed(self, span: Span, name: Span, acronym: Token) -> Mention:
        """A name with an acronym in brackets after it ("Jama'at Nusrat al-Islam wal-Muslimin
        (JNIM)"): the whole name is the claimant, a body (persons have no acronyms), and the
        acronym is an alias of it later in the text."""
        actor = self.catalogue.actors.get(acronym.lower_) or self._catalogue_actor(name)
        if actor is not None:
            claimant = Claimant(actor.name, actor.type, actor.country)
        else:
            body = self._body(name).claimant
            kind = body.type if body.type not in ("unknown", "person", "official") else "organisation"
            claimant = Claimant(_without_determiner(name.text), kind, body.country)
        mention = self._mention(claimant, span, False, False)
        self.aliases[acronym.lower_] = mention
        return mention

    def _described_acronymed(self, span: Span, description: Span, acronym: Token) -> Mention:
        """"The UN's humanitarian office (OCHA)": a description with its body's acronym after it.
        The acronym names the body (a catalogue actor when it is one); the claimant keeps both."""
        actor = self.catalogue.actors.get(acronym.lower_)
        if actor is not None:
            claimant = Claimant(actor.name, actor.type, actor.country)
        else:
            body = self._body(description).claimant
            kind = body.type if body.type not in ("unknown", "person", "official") else "organisation"
            claimant = Claimant(_without_determiner(span.text.rstrip(" ,")), kind, body.country)
        mention = self._mention(claimant, span, False, False)
        self.aliases[acronym.lower_] = mention
        return mention

    def _armed_force_type(self, core: Span, kind: str) -> str:
        """A proper name ending in "Army" is a state's army only when a country, demonym or seat
        is part of it ("the Pakistan Army"); else it is a non-state armed group ("the Arakan Army",
        "the Kachin Independence Army"). A force described as rebel or militant is an armed group."""
        cat = self.catalogue
        if kind != "military":
            return kind
        if any(marker in core.text.lower() for marker in cat.armed_group_markers):
            return "armed_group"
        words = [t for t in core if t.lower_ not in DETERMINERS]
        if (len(words) >= 2 and words[-1].lower_ in self.rules.armed_group_heads and words[-1].is_title
                and all(_is_name_word(t) or t.lower_ in NAME_LINKS or t.is_punct or t.lower_ in ("'s", "’s")
                        for t in words)
                and not any(_strip_possessive(t.text).lower() in table for t in words
                            for table in (cat.by_name, cat.by_demonym, cat.by_seat))
                and not any(_strip_possessive(" ".join(t.text for t in words[i:j])).lower() in cat.by_name
                            for i in range(len(words)) for j in range(i + 2, min(len(words), i + 4) + 1))):
            return "armed_group"
        return kind

    def _state_media(self, core: Span, kind: str) -> bool:
        """"state-run MRTV", "state media", "the state news agency": a state's media. A
        state-run/state-owned modifier makes a source of no other type media; "state" alone only
        before a media noun."""
        text = _without_determiner(core.text.lower().replace(" - ", "-").replace("- ", "-"))
        if kind in ("unknown", "organisation", "media") and text.startswith(
                tuple(m + " " for m in self.rules.state_media_modifiers)):
            return True
        first = text.split()[0] if text.split() else ""
        return kind == "media" and first in self.rules.state_media_words

    def _text_country(self) -> str | None:
        """The country the text is about: the country of most of its places (wl_places)."""
        counts = Counter(p.country for p in self.doc._.wl_places or [] if p.country)
        return counts.most_common(1)[0][0] if counts else None

    def _armed_group_marked(self, span: Span) -> bool:
        text = span.text.lower()
        return any(marker in text for marker in self.catalogue.armed_group_markers)

    def _catalogue_actor(self, span: Span) -> lexicon.Actor | None:
        tokens = [t.text for t in span]
        best = None
        for size in range(min(len(tokens), 6), 0, -1):
            for i in range(len(tokens) - size + 1):
                phrase = " ".join(tokens[i:i + size])
                written = span[i:i + size].text  # "People's Liberation Army", "al-Shabaab" as written
                actor = self.catalogue.actors.get(phrase.lower()) or self.catalogue.actors.get(written.lower())
                if actor is not None and actor.name.lower() == written.lower():
                    phrase = written
                if actor is None:
                    continue
                if len(phrase) <= 4 and phrase != phrase.upper() and phrase.lower() != actor.name.lower():
                    continue  # short aliases only as written in capitals
                if _in_compound_modifier(span[i + size - 1]):
                    continue  # "Gaza's Hamas-run health ministry" is the ministry, not Hamas
                if i + size < len(span) and _is_name_word(span[i + size]) and span[i + size].pos_ == "PROPN" \
                        and not span[i + size].ent_type_ in ("GPE", "LOC", "PERSON"):
                    continue  # "the Uganda Red Cross Society": a longer name holds the alias, another body
                return actor
        return best

    def _noun_type(self, span: Span) -> str:
        nouns = self.catalogue.type_nouns
        words = [t.lower_ for t in span]
        bigrams = [" ".join(p) for p in zip(words, words[1:])]
        trigrams = [" ".join(p) for p in zip(words, words[1:], words[2:])]
        for phrase in trigrams + bigrams:
            if phrase in nouns:
                return nouns[phrase]
        root = span.root
        for word in (root.lower_, root.lemma_.lower()):
            if word in nouns:
                return nouns[word]
            if word in self.catalogue.titles:
                return "official"
        for word in reversed(words):
            if word in nouns:
                return nouns[word]
        return "unknown"

    def _country_of(self, span: Span, skip: Span | None = None) -> str | None:
        cat = self.catalogue
        tokens = [t for t in span if skip is None or not (skip.start <= t.i < skip.end)]
        words = [t.text for t in tokens]
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                phrase = "".join(t.text_with_ws for t in tokens[i:i + size]).strip()
                key = _strip_possessive(phrase).lower()
                for table in (cat.by_demonym, cat.by_name):
                    if key in table and (phrase[:1].isupper()):
                        return table[key].iso2
        actor = self._catalogue_actor(span)
        if actor is not None:
            return actor.country
        return self._place_country(span, skip)

    def _place_country(self, span: Span, skip: Span | None = None) -> str | None:
        """The country of a place named in the source ("Kharkiv's governor", "officials in Gaza"),
        from the places component (doc._.wl_places), when it ran before this one."""
        for place in self.doc._.wl_places or []:
            inside = span.start_char <= place.start and place.end <= span.end_char
            in_name = skip is not None and skip.start_char <= place.start < skip.end_char
            if inside and not in_name and place.country:
                return place.country
        return None

    def _mention(self, claimant: Claimant, span: Span, is_person: bool, plural: bool) -> Mention:
        return Mention(claimant, span.start_char, is_person, plural, frozenset(t.lower_ for t in span) |
                       frozenset(t.lemma_.lower() for t in span))


# small words inside proper names: "Army of the Republic", "al-Aqsa", "Ansar al-Sharia", "Ahl al-Bayt"
NAME_LINKS = {"of", "for", "on", "de", "the", "al", "el", "bin", "ibn", "wal", "du", "des", "del"}


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Nouns that name a person by what they are ("teacher", "resident", "nurse"): the figures'
    person units (lang/en/figures_units.json)."""
    return frozenset(w.lower() for w in lexicon.load_data("figures_units.json").get("person_units", []))


QUOTE_PAIRS = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTE_PAIRS.finditer(text)]


BODY_TYPES = {"organisation", "government", "state"}


def _main_clause_subject(entity: Span) -> bool:
    """The name is the subject of its sentence's main verb (or of a verb joined to it)."""
    head = entity.root.head
    root = entity.sent.root
    return head.i == root.i or (head.dep_ == "conj" and head.head.i == root.i)


def _compound_noun(tokens: list[Token], nouns: dict[str, str]) -> str | None:
    """A description's head that is a type noun of several words ("air force", "general staff",
    "defence ministry"), as written at the end of the description."""
    words = [t.lower_ for t in tokens]
    for size in (3, 2):
        if len(words) >= size and " ".join(words[-size:]) in nouns:
            return " ".join(words[-size:])
    return None


def _bracketed_acronym(span: Span) -> tuple[Span, Token] | None:
    """The name before an acronym in brackets in the source ("Jama'at Nusrat al-Islam
    wal-Muslimin (JNIM)"), and the acronym; None when the source has none."""
    tokens = list(span)
    for i in range(1, len(tokens) - 2):
        opening, acronym, closing = tokens[i], tokens[i + 1], tokens[i + 2]
        if opening.text != "(" or closing.text != ")":
            continue
        if not _acronym_like(acronym):
            continue
        if i + 3 < len(tokens) and tokens[i + 3].pos_ in ("NOUN", "PROPN"):
            continue  # the acronym inside a longer name ("the ... (UKMTO) agency")
        start = i
        while start > 0 and (_capitalised(tokens[start - 1]) or tokens[start - 1].text in ("-", "'", "’")
                             or tokens[start - 1].lower_ in NAME_LINKS or tokens[start - 1].text[:1] in "'’"
                             or tokens[start - 1].is_lower and tokens[start - 1].pos_ == "PROPN"):
            start -= 1
        while start < i and (tokens[start].lower_ in DETERMINERS or not _capitalised(tokens[start])):
            start += 1
        if (start < i and all(t.lower_ in DETERMINERS for t in tokens[:start])  # the source is the name
                and _abbreviates(acronym.text, tokens[start:i])):
            return span.doc[tokens[start].i:opening.i], acronym
    return None


def _described_acronym(span: Span) -> tuple[Span, Token] | None:
    """A source that ends in an acronym in brackets after a description of a body ("The UN's
    humanitarian office (OCHA)", "the Syrian Observatory's monitors (SOHR)"): the description
    and the acronym."""
    tokens = [t for t in span if not (t.is_punct and t.text in ",")]
    if len(tokens) < 4 or tokens[-1].text != ")" or tokens[-3].text != "(":
        return None
    acronym = tokens[-2]
    if not _acronym_like(acronym):
        return None
    description = span.doc[tokens[0].i:tokens[-3].i]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in description):
        return None
    return description, acronym


def _acronym_like(token: Token) -> bool:
    """A word written as an acronym: capitals ("JNIM", "OCHA"), or capitals with the small letters
    of a name's short words ("MoD" of Ministry of Defence, "DoD")."""
    text = token.text
    return token.is_alpha and 2 <= len(text) <= 8 and text[0].isupper() and (
        token.is_upper or sum(ch.isupper() for ch in text) >= 2)


def _abbreviates(acronym: str, name: list[Token]) -> bool:
    """Whether the acronym is made of the name's initials, in order, from its first word on
    ("JNIM" of "Jama'at Nusrat al-Islam wal-Muslimin"; not "AFP" of "Philadelphia")."""
    initials = [t.text[0].upper() for t in name if t.text[:1].isalpha()]
    letters = list(acronym.upper())
    if not initials or not letters or letters[0] != initials[0]:
        return False
    k = 0
    for initial in initials:
        if k < len(letters) and initial == letters[k]:
            k += 1
    return k == len(letters)


def _proper_name(span: Span) -> bool:
    """Two or more capitalised proper nouns in a row, none a person's name ("Emergency Response Room")."""
    run = best = 0
    for token in span:
        run = run + 1 if token.pos_ == "PROPN" and token.is_title and token.ent_type_ != "PERSON" else 0
        best = max(best, run)
    return best >= 2


def _capitalised(token: Token) -> bool:
    """A word of a name as written: capitalised ("Tahrir", "Hay'at", "Jama'at") or an acronym."""
    return _is_name_word(token) or token.text[:1].isupper() and token.pos_ == "PROPN"


def _one_of(core: Span | None) -> Span | None:
    """"One of the health workers": the plural noun phrase a single member is taken from (one
    member of a group of people is a person, and "he" or "she" can go back to it)."""
    if core is None or core.root.lower_ != "one":
        return None
    for prep in core.root.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.tag_ in ("NNS", "NNPS"):
                    return obj.doc[obj.left_edge.i:obj.i + 1]
    return None


def _core_phrase(span: Span) -> Span | None:
    """The source's head noun with its premodifiers, without appositions or clauses; a proper
    name goes on through its "of"/"for" ("the International Organization for Migration", "the
    Ministry of Defence")."""
    root = span.root
    start = max(root.left_edge.i, span.start)
    end = root.i + 1
    while end < span.end and span.doc[end].dep_ in ("compound", "flat") and span.doc[end].head.i >= end:
        end += 1
    if span.doc[end - 1].pos_ == "PROPN" and _is_name_word(span.doc[end - 1]):
        end = _name_end(span, end)
    return span.doc[start:end]


def _is_name_word(token: Token) -> bool:
    return token.is_title or token.is_upper and token.is_alpha and len(token) > 1


def _name_end(span: Span, end: int) -> int:
    """The end of a capitalised name that goes on with linking words ("of the", "for") and more
    capitalised words; a link is taken only when a capitalised word follows it."""
    doc = span.doc
    i = end
    while i < span.end:
        j = i
        while j < span.end and doc[j].lower_ in NAME_LINKS and not doc[j].is_title:
            j += 1
        if j == i or j >= span.end or not _is_name_word(doc[j]) or doc[j].ent_type_ in ("PERSON",):
            break
        while j < span.end and _is_name_word(doc[j]) and doc[j].lower_ not in NAME_LINKS:
            j += 1
        i = end = j
    return end


def _names_the_speaker(entity: Span, span: Span) -> bool:
    """A person's name that is the source itself or its apposition ("the mayor, Anna Lee"), not
    a possessor or a complement ("Rostov's governor", "a spokesman for Putin")."""
    token = entity.root
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.i == span.root.head.i and token.i != span.root.i \
            and span.root.dep_ == token.dep_ and _closes_plainly(entity, span):
        return True  # "Kyiv's mayor Vitali Klitschko wrote": the parser gave the cue two subjects
    while token.i != span.root.i:
        if token.dep_ not in ("appos", "compound", "flat", "nmod") or not (span.start <= token.head.i < span.end):
            return False
        if token.dep_ == "appos" and token.head.dep_ == "pobj" and _closes(entity, span):
            # "Its deputy commander for Lower Shabelle, Col Abdirahman Warsame, told ...": the name
            # set off at the end of the source is hung on the last noun but names the speaker
            return True
        token = token.head
    return True


#: documents that speak for whoever issued them ("the statement said")
DOCUMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "report", "post", "video", "message", "letter",
                            "release", "bulletin", "update", "tweet", "notice", "announcement", "declaration",
                            "figure", "tally", "count", "toll", "data", "statistic", "estimate", "record"})

#: offices whose holder is called "... general" without being a soldier
CIVIL_GENERALS = frozenset({"secretary", "attorney", "surgeon", "governor", "director", "solicitor", "auditor",
                            "inspector", "procurator", "prosecutor", "consul", "postmaster", "comptroller"})

#: participles that make a body named before them a modifier of another ("Hamas-run", "Iran-backed")
MODIFIER_PARTICIPLES = frozenset({"run", "backed", "led", "aligned", "linked", "controlled", "affiliated",
                                  "allied", "funded", "supported", "based", "owned", "held", "installed"})


def _in_compound_modifier(last: Token) -> bool:
    doc = last.doc
    return last.i + 2 < len(doc) and doc[last.i + 1].text in ("-", "–") and \
        doc[last.i + 2].lower_ in MODIFIER_PARTICIPLES


def _closes_plainly(entity: Span, span: Span) -> bool:
    return not [t for t in span[entity.end - span.start:] if not t.is_punct] and entity.start > span.start


def _closes(entity: Span, span: Span) -> bool:
    rest = [t for t in span[entity.end - span.start:] if not t.is_punct]
    first = min(entity.start, entity.root.left_edge.i)  # "Col Abdirahman Warsame"
    return not rest and first > span.start and span.doc[first - 1].text in (",", "(")


def _described(span: Span) -> str:
    """A description with its "of"/"for" complement, without clauses ("spokesperson for the army")."""
    root = span.root
    end = root.i + 1
    for child in root.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "in") and child.i == end:
            end = child.right_edge.i + 1
            break
    return span.doc[max(root.left_edge.i, span.start):min(end, span.end)].text


def _without_determiner(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words) if words else text


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text
