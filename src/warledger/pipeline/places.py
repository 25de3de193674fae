"""The wl_places component: finds toponyms and resolves them against the gazetteer.

Recognition takes spaCy's GPE/LOC/FAC entities, gazetteer names the tagger missed or mislabelled
("Kursk" as PRODUCT), division phrases ("the Kursk region", "Donetsk oblast", "the Kursk and
Belgorod regions") and demonyms used as modifiers ("Ukrainian drones" -> Ukraine); it leaves out
names that are part of a person's or an organisation's name ("Paris Hilton", "Moscow Times").
Resolution is geo.resolve.Resolver's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..datelines import paragraph_datelines
from ..geo.gazetteer import GeoEntry, Gazetteer, default_gazetteer, place_patterns
from ..geo.names import name_key
from ..geo.resolve import Mention, Resolution, Resolver
from ..models import Place

PLACE_LABELS = ("GPE", "LOC", "FAC")
#: Place.feature values of the output contract (a sea is "other")
CONTRACT_FEATURES = frozenset(("country", "admin1", "admin2", "populated_place", "site", "region"))
NON_PLACE_LABELS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL")
BLOCKING_LABELS = ("PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "NORP", "LANGUAGE")
#: words that may stand inside a multi-word place name ("Rostov-on-Don", "Bosnia and Herzegovina")
NAME_CONNECTORS = frozenset(
    "of de del della di la le les du des da do dos das al el ez es ad ar as ash az ul bin ibn upon on sur am an "
    "der den and - ' &".split()
)
LEADING_WORDS = frozenset(("the", "The", "THE"))
#: a possessive may stand inside a name ("the Democratic People's Republic of Korea", "Queen Anne's County")
POSSESSIVES = frozenset(("'s", "’s"))
#: second words of hyphenless ethnic names ("African American")
ETHNIC_SECOND_WORDS = frozenset(("American", "Americans"))
#: a word of water right after a name makes it a river's or a lake's name ("the Dnipro river")
WATER_AFTER_NAME = frozenset(("river", "lake", "sea", "ocean", "canal", "creek", "reservoir", "estuary"))
MAX_NAME_TOKENS = 6
#: a name the tagger did not call a place needs this population when it is a single word
MIN_POPULATION_UNTAGGED = 100_000
MIN_POPULATION_UNTAGGED_MULTI = 5_000
#: a name that is only another spelling of a place counts after "in", "from"... from this population
MIN_POPULATION_ALTERNATE = 50_000
#: ... and this population, when in a country the document names
MIN_POPULATION_IN_CONTEXT = 5_000
PLURAL_REGION_WORDS = frozenset(("regions", "oblasts", "provinces"))
#: a city named in an outlet's name ("The Kyiv Independent") places the outlet from this population
MIN_POPULATION_OUTLET_CITY = 500_000


@dataclass
class Candidate:
    """A stretch of tokens that may be a toponym, before filtering."""

    start: int  # token indices
    end: int
    lookup: str
    kind: str = "name"  # name | region | demonym | abbreviation
    tagged: bool = False  # spaCy tagged it GPE/LOC/FAC (or NORP for demonyms)
    facility: bool = False  # spaCy tagged it FAC: only main names are trusted
    entries: list[GeoEntry] | None = None  # set when only some of the name's entries are meant


class PlaceRecognizer:
    """Sets `doc._.wl_places` (list[models.Place])."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        # per-document lookups, set by recognize() (components run one document at a time)
        self._person_words: set[str] = set()
        self._disease_words: set[str] = set()
        self._entity_of: dict[int, Span] = {}

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return default_gazetteer()

    @cached_property
    def resolver(self) -> Resolver:
        return Resolver(self.gazetteer)

    @cached_property
    def patterns(self) -> dict[str, frozenset[str]]:
        return {k: frozenset(w.lower() for w in v) for k, v in place_patterns().items()}

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Place]:
        """Resolved toponyms; a mention the gazetteer cannot resolve is left out."""
        mentions = self.recognize(doc)
        resolutions = self.resolver.resolve(mentions, outlet_country=self.outlet_country(doc._.wl_outlet))
        return [self.to_place(m, r) for m, r in zip(mentions, resolutions) if r.entry is not None]

    def set_annotations(self, doc: Doc, found: list[Place]) -> None:
        doc._.wl_places = found

    def outlet_country(self, outlet: str | None) -> str | None:
        """The country an outlet's name points to: "The Kyiv Independent" -> UA, "Irish Times" -> IE."""
        if not outlet:
            return None
        words = outlet.replace("-", " ").split()
        for n in (2, 1):
            for i in range(len(words) - n + 1):
                text = " ".join(words[i:i + n]).strip(".,'’s")
                entry = self.gazetteer.demonym(text) or next(
                    (e for e in self.gazetteer.lookup(text) if self.gazetteer.is_english_name(text, e)
                     and (e.feature == "country" or e.population >= MIN_POPULATION_OUTLET_CITY)), None)
                if entry is not None and entry.country:
                    return entry.country
        return None

    # -- recognition ---------------------------------------------------------------------------
    def recognize(self, doc: Doc) -> list[Mention]:
        """Toponym mentions in text order, not overlapping."""
        self._person_words = person_name_words(
            doc, self.patterns["settlement_words"] | self.patterns["name_extenders"])
        self._disease_words = self.disease_names(doc)
        # a disease's name tagged as a person ("Ebola Reston") holds no person's words
        self._person_words -= {w for name in self._disease_words for w in name.split()}
        self._entity_of = {t: ent for ent in doc.ents for t in range(ent.start, ent.end)}
        datelines = paragraph_datelines(doc.text)
        candidates = (self.tagged_candidates(doc) + self.gazetteer_candidates(doc)
                      + self.demonym_candidates(doc) + self.abbreviation_candidates(doc)
                      + self.dateline_candidates(doc, datelines))
        agencies = self.dateline_agencies(datelines)
        candidates = [self.with_region_word(doc, c) for c in candidates
                      if not any(a <= doc[c.start].idx < b for a, b in agencies)]
        unresolved = [c for c in candidates if c.tagged and c.kind == "name" and not self.is_resolvable(doc, c)]
        candidates = [c for c in candidates if c not in unresolved and not self.names_a_lower_division(doc, c, unresolved)]
        verdicts = [self.keep(doc, c) for c in candidates]
        kept = [c for c, ok in zip(candidates, verdicts) if ok]
        kept += self.readmitted_in_context(doc, [c for c, ok in zip(candidates, verdicts) if not ok], kept)
        kept += self.named_again(doc, [c for c, ok in zip(candidates, verdicts) if not ok], kept)
        chosen = self.without_overlaps(kept)
        self.mark_coordinated_regions(doc, chosen)
        mentions = [self.to_mention(doc, c) for c in chosen]
        self.link_hierarchies(doc, chosen, mentions)
        return mentions

    def names_a_lower_division(self, doc: Doc, cand: Candidate, stretches: list[Candidate]) -> bool:
        """Inside a stretch the gazetteer cannot resolve, the name is followed by a word of a division
        below the first level ("Suffolk County", "Washington Township"): the county, not its namesake
        town ("Dresden" of "the Dresden Zoo" is still Dresden)."""
        return cand.end < len(doc) and doc[cand.end].lower_ in self.patterns["lower_division_words"] and \
            any(s.start <= cand.start and cand.end < s.end for s in stretches)

    def is_resolvable(self, doc: Doc, cand: Candidate) -> bool:
        """The gazetteer has entries for the candidate: a tagged stretch it cannot resolve ("the City
        of Santa" for "the City of Santa Ana") must not hide a name inside or across it."""
        return bool(self.resolver.candidates(self.to_mention(doc, cand)))

    def tagged_candidates(self, doc: Doc) -> list[Candidate]:
        out = []
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            start, end = trim(ent)
            if start >= end:
                continue
            lookup = doc[start:end].text
            if not self.gazetteer.has_name(name_key(lookup)) and self.gazetteer.demonym(lookup):
                out.append(Candidate(start, end, lookup, kind="demonym", tagged=True))
                continue
            if not self.gazetteer.has_name(name_key(lookup)) and self.gazetteer.abbreviation(lookup):
                out.append(Candidate(start, end, lookup, kind="abbreviation", tagged=True))  # "(Ga.)"
                continue
            facility = ent.label_ == "FAC"
            out.append(Candidate(start, end, lookup if facility else self.without_direction(lookup), tagged=True,
                                 facility=facility))
        return out

    def without_direction(self, name: str) -> str:
        """"Western Russia" -> "Russia", "South West England" -> "England" when only the part without
        the direction words is a name."""
        if self.gazetteer.has_name(name_key(name)):
            return name
        rest = name
        for _ in range(2):  # "South West England" -> "England"
            first, _, rest = rest.partition(" ")
            if not rest or first.lower() not in self.patterns["direction_words"]:
                return name
            if self.gazetteer.has_name(name_key(rest)):
                return rest
        return name

    def gazetteer_candidates(self, doc: Doc) -> list[Candidate]:
        """Longest gazetteer names over capitalised tokens, left to right."""
        words = TokenView(doc)
        out = []
        i = 0
        while i < len(doc):
            if not words.capitalised[i]:
                i += 1
                continue
            for j in range(min(i + MAX_NAME_TOKENS, len(doc)) - 1, i - 1, -1):
                if words.name_shaped(i, j) and self.is_name_at(doc, words.text(i, j), j + 1):
                    out.append(Candidate(i, j + 1, words.text(i, j)))
                    i = j + 1
                    break
            else:
                i += 1
        return out

    def is_name_at(self, doc: Doc, text: str, after: int) -> bool:
        """A gazetteer name, or a division's base name followed by a region word ("Zaporizhzhia oblast")."""
        key = name_key(text)
        if self.gazetteer.has_name(key):
            return True
        return after < len(doc) and doc[after].lower_ in self.patterns["admin1_region_words"] \
            and bool(self.gazetteer.admin1_by_base(text))

    def readmitted_in_context(self, doc: Doc, rejected: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
        """Smaller places the tagger missed, in a division the document already names ("Russian forces
        shelled Kupiansk ... in the Kharkiv region"); a name of several words may be anywhere in a
        country the document names; a town followed by its division or country ("Sukoharjo, Central
        Java"); the names of a list after a settlement word ("the villages of Bumbacari and Dudescu").
        A name readmitted can place its list neighbours in turn."""
        countries, admin1s = set(), set()
        for cand in kept:
            entries = self.resolver.candidates(self.to_mention(doc, cand)) if cand.tagged else []
            if entries:
                countries.add(entries[0].country)
                admin1s.add(entries[0].admin1_code)
        places = [c for c in kept if c.kind != "demonym"]
        pending = [c for c in rejected if self.may_be_readmitted(doc, c)]
        out: list[Candidate] = []
        while pending:
            bounds = ({c.start for c in places + out}, {c.end for c in places + out})
            found = [c for c in pending if self.readmit(doc, c, countries, admin1s, bounds, places)
                     or self.listed_with_a_neighbour(doc, c, pending, countries)]
            if not found:
                break
            out += found
            pending = [c for c in pending if c not in found]
        return out

    def named_again(self, doc: Doc, rejected: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
        """A name the document names as a place elsewhere is that place here too (one sense per
        discourse): "EDITORIAL: Bawku deserves ..." at the head of a headline, where a capital says
        nothing and the tagger may take the name for a common noun, or "A resident of Afgooye" after
        "the outskirts of Afgooye", or where the tagger took it for a person or a body ("the Bawku
        Traders Union"). Not inside a longer person's name ("George Washington")."""
        places = {name_key(c.lookup): c for c in kept if c.kind == "name"}
        out = []
        for cand in rejected:
            same = places.get(name_key(cand.lookup))
            if cand.kind == "name" and same is not None and same.start != cand.start \
                    and not self.inside_a_longer_name(cand) and not self.names_a_strain(doc, cand) \
                    and not self.names_an_outlet_or_body(doc, cand):
                cand.entries = same.entries
                out.append(cand)
        return out

    def names_an_outlet_or_body(self, doc: Doc, cand: Candidate) -> bool:
        """"Delta Monitor", "Moscow Times": the first words of an outlet's or a body's name."""
        following = doc[cand.end] if cand.end < len(doc) else None
        return following is not None and is_capitalised(following) \
            and following.lower_ in self.patterns["name_extenders"]

    def names_a_strain(self, doc: Doc, cand: Candidate) -> bool:
        """"the Ebola-Reston strain", "Marburg virus": a name the document uses for a disease."""
        return doc[cand.start:cand.end].text in self._disease_words

    def inside_a_longer_name(self, cand: Candidate) -> bool:
        """The candidate is part of a longer person's name the tagger found ("George Washington")."""
        own = self._entity_of.get(cand.start)
        return own is not None and own.label_ == "PERSON" and (own.start < cand.start or own.end > cand.end)

    def may_be_readmitted(self, doc: Doc, cand: Candidate) -> bool:
        span = doc[cand.start:cand.end]
        return not (cand.kind != "name" or cand.tagged or self.is_person_or_org_name(doc, cand) or
                    name_key(cand.lookup) in self.patterns["generic_words"] or
                    any(is_acronym(t) for t in span) or self.is_other_entity(cand) or
                    self.begins_hyphenated_name(doc, cand) or
                    any(t.pos_ != "PROPN" or t.is_stop for t in span if t.is_alpha and is_capitalised(t)))

    def readmit(self, doc: Doc, cand: Candidate, countries: set[str], admin1s: set[str],
                bounds: tuple[set[int], set[int]], places: list[Candidate]) -> bool:
        """Sets the candidate's entries and returns True when the context makes the name a place."""
        span = doc[cand.start:cand.end]
        parent = self.comma_parent(doc, cand, places)
        entries: list[GeoEntry] = []
        if parent is not None:  # "Sukoharjo, Central Java", "Pingilikani, Kenya"
            entries = [e for e in self.gazetteer.lookup(cand.lookup)
                       if e.feature == "populated_place" and self.resolver.inside(e, parent)]
        if not entries and self.after_settlement_phrase(doc, cand.start):  # "villages of A and B"
            entries = [e for e in self.gazetteer.lookup(cand.lookup)
                       if e.feature == "populated_place" and (e.country in countries or not countries)]
        if not entries:
            listed = self.listed_with_a_place(doc, cand, bounds)  # "Bakhmut, Soledar and Kreminna"
            entries = [e for e in self.gazetteer.lookup(cand.lookup) if e.population >= MIN_POPULATION_IN_CONTEXT
                       and (e.admin1_code in admin1s or ((len(span) > 1 or listed) and e.country in countries))]
        if entries:
            cand.entries = entries
        return bool(entries)

    def listed_with_a_neighbour(self, doc: Doc, cand: Candidate, pending: list[Candidate], countries: set[str]) -> bool:
        """Two names the tagger missed, side by side in a list ("in the Temryuk and Anapa"), are towns
        of one division of a country the document names: each places the other. Sets the entries."""
        joiners = {",", "and", "or", "&"}
        for other in pending:
            if other is cand:
                continue
            left, right = (other, cand) if other.end <= cand.start else (cand, other)
            between = doc[left.end:right.start]
            if not 1 <= len(between) <= 2 or any(t.lower_ not in joiners for t in between):
                continue
            towns = [e for e in self.gazetteer.lookup(other.lookup)
                     if e.feature == "populated_place" and e.population >= MIN_POPULATION_IN_CONTEXT]
            divisions = {(e.country, e.admin1_code) for e in towns if e.country in countries}
            entries = [e for e in self.gazetteer.lookup(cand.lookup) if e.feature == "populated_place"
                       and e.population >= MIN_POPULATION_IN_CONTEXT and (e.country, e.admin1_code) in divisions]
            if entries:
                cand.entries = entries
                return True
        return False

    def comma_parent(self, doc: Doc, cand: Candidate, places: list[Candidate]) -> str | None:
        """The name of the place found right after the candidate and a comma ("X, Central Java")."""
        if cand.end + 1 >= len(doc) or doc[cand.end].text != ",":
            return None
        parent = next((c for c in places if c.start == cand.end + 1), None)
        if parent is None or parent.kind not in ("name", "region", "abbreviation"):
            return None
        return self.abbreviated_name(parent.lookup) if parent.kind == "abbreviation" else parent.lookup

    def after_settlement_phrase(self, doc: Doc, start: int) -> bool:
        """"the village of X", or a later name of a list that follows one ("the villages of A, B and C")."""
        for _ in range(6):
            if self.follows_settlement_word(doc, start):
                return True
            if start < 2 or doc[start - 1].lower_ not in (",", "and", "or"):
                return False
            k = start - 1
            if doc[k].lower_ in ("and", "or") and doc[k - 1].text == ",":  # "A, B, and C"
                k -= 1
            run = k
            while run > 0 and run > k - MAX_NAME_TOKENS and is_capitalised(doc[run - 1]):
                run -= 1
            if run == k:
                return False
            start = run
        return False

    def is_other_entity(self, cand: Candidate) -> bool:
        """Several words the tagger calls something else as a whole ("the White House" as ORG)."""
        ent = self._entity_of.get(cand.start)
        return cand.end - cand.start > 1 and ent is not None and ent.label_ not in PLACE_LABELS \
            and trim(ent) == (cand.start, cand.end)

    @staticmethod
    def listed_with_a_place(doc: Doc, cand: Candidate, bounds: tuple[set[int], set[int]]) -> bool:
        """The candidate stands in a list ("X, Y and Z") with a place already found; `bounds` holds
        the start and end token indices of the places found."""
        starts, ends = bounds
        joiners = {",", "and", "or", "&"}
        for gap in (1, 2):
            before = doc[max(0, cand.start - gap):cand.start]
            after = doc[cand.end:cand.end + gap]
            if cand.start - gap in ends and len(before) == gap and all(t.lower_ in joiners for t in before):
                return True
            if cand.end + gap in starts and len(after) == gap and all(t.lower_ in joiners for t in after):
                return True
        return False

    def demonym_candidates(self, doc: Doc) -> list[Candidate]:
        """Demonyms modifying a noun ("Ukrainian drones"), not languages ("speaks Ukrainian") nor
        parts of longer names ("Latin American")."""
        out = []
        for tok in doc:
            if not is_capitalised(tok) or self.continues_a_name(tok) or \
                    (tok.ent_type_ == "PERSON" and not (is_modifier(tok) and self.is_lone_entity(tok))):
                continue  # "Azerbaijani soldiers" tagged PERSON is still a modifier; "Percy French Hotel" is not
            if self.in_hyphenless_ethnicity(tok):
                continue
            pair = doc[tok.i:tok.i + 2]
            if len(pair) == 2 and is_capitalised(doc[tok.i + 1]) and self.gazetteer.demonym(pair.text):
                out.append(Candidate(tok.i, tok.i + 2, pair.text, kind="demonym", tagged=True))
            elif self.gazetteer.demonym(tok.text) and is_modifier(tok) and self.modifies_as_demonym(tok):
                out.append(Candidate(tok.i, tok.i + 1, tok.text, kind="demonym", tagged=True))
        return out

    def modifies_as_demonym(self, tok: Token) -> bool:
        """Not a language's name ("English-language newspapers", "Russian speakers"); a demonym that is
        also a direction word ("Western") only before a common noun ("Western governments", not
        "Western Cape")."""
        doc = tok.doc
        k = tok.i + 1
        if k < len(doc) and doc[k].text == "-":  # "English-language"
            k += 1
        nxt = doc[k] if k < len(doc) else None
        if nxt is not None and nxt.lower_ in self.patterns["language_words"] and \
                self.gazetteer.demonym(tok.text).feature != "region":
            return False  # but "European languages" are Europe's
        if tok.lower_ in self.patterns["direction_words"]:  # "Western blot" is a test, no place
            return nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.lower_ not in self.patterns["term_words"]
        return True

    def in_hyphenless_ethnicity(self, tok: Token) -> bool:
        """"African American(s)", "Mexican Americans": a group of Americans, no place."""
        doc = tok.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if nxt is not None and nxt.text in ETHNIC_SECOND_WORDS:
            return not self.gazetteer.demonym(f"{tok.text} {nxt.text}")  # "North American" is a demonym
        return tok.text in ETHNIC_SECOND_WORDS and prev is not None and bool(self.gazetteer.demonym(prev.text)) \
            and not self.gazetteer.demonym(f"{prev.text} {tok.text}")

    def is_lone_entity(self, tok: Token) -> bool:
        """The token is an entity of its own, not a word of a longer one."""
        ent = self._entity_of.get(tok.i)
        return ent is None or len(ent) == 1

    def continues_a_name(self, tok: Token) -> bool:
        """The word before is a capitalised word of the same name ("Central American")."""
        if tok.i == 0 or tok.is_sent_start:
            return False
        prev = tok.doc[tok.i - 1]
        demonym = self.gazetteer.demonym(prev.text) and prev.lower_ not in self.patterns["direction_words"]
        return is_capitalised(prev) and prev.text not in LEADING_WORDS and not demonym \
            and prev.ent_type_ != "GPE" and not (prev.is_sent_start and not prev.ent_type_)  # "Veteran Nigerian actress"

    def dateline_candidates(self, doc: Doc, datelines: list[tuple[int, re.Match]]) -> list[Candidate]:
        """A dateline's place in capitals before the agency ("WASHINGTON (AP) —", "KYIV (Reuters) -"),
        which the tagger often folds into the byline's organisation; and the place of each paragraph's
        wire dateline (`datelines`, from paragraph_datelines)."""
        out = []
        for tok in doc[:-2]:
            if tok.text != "(" or not is_acronym_or_agency(doc[tok.i + 1]) or doc[tok.i + 2].text != ")":
                continue
            start = tok.i
            while start > 0 and start > tok.i - 4 and is_capitals_word(doc[start - 1]):
                start -= 1
            if start < tok.i:
                text = doc[start:tok.i].text
                if any(self.gazetteer.is_english_name(text, e) for e in self.gazetteer.lookup(text)):
                    out.append(Candidate(start, tok.i, text, tagged=True))
        taken = {c.start for c in out}
        for begin, found in datelines:
            # "BUJUMBURA, Jan 20 (Tanganyika Post) - ...", the first paragraph after a headline
            for part in re.finditer(r"[^/]+", found.group("place")):
                at = begin + found.start("place") + part.start()
                span = doc.char_span(at, at + len(part.group()), alignment_mode="contract")
                if span is None or span.start in taken or not span.text.strip():
                    continue
                text = span.text.strip()
                if any(self.gazetteer.is_english_name(text, e) for e in self.gazetteer.lookup(text)):
                    out.append(Candidate(span.start, span.end, text, tagged=True))
        return out

    @staticmethod
    def dateline_agencies(datelines: list[tuple[int, re.Match]]) -> list[tuple[int, int]]:
        """Character ranges of the agency in brackets of each paragraph's dateline ("GOMA, March 3
        (Sahel Wire) -"): an outlet's name, not a place."""
        out = []
        for begin, found in datelines:
            bracket = re.search(r"\([^)]*\)", found.group())
            if bracket:
                out.append((begin + bracket.start(), begin + bracket.end()))
        return out

    def abbreviation_candidates(self, doc: Doc) -> list[Candidate]:
        """"Arlington, Va.": a division's abbreviation right after a town and a comma."""
        out = []
        for tok in doc[2:]:
            if doc[tok.i - 1].text == "," and self.gazetteer.abbreviation(tok.text) and \
                    is_capitalised(doc[tok.i - 2]):
                out.append(Candidate(tok.i, tok.i + 1, tok.text, kind="abbreviation", tagged=True))
        return out

    def keep(self, doc: Doc, cand: Candidate) -> bool:
        """Filters: person and organisation names, common words, acronyms, too-small places the
        tagger did not call places. Sets the candidate entries of an untagged name."""
        span = doc[cand.start:cand.end]
        if self.is_person_or_org_name(doc, cand):
            return False
        if not any(c.isupper() for c in span.text):
            return False  # "cheddar", "swan": a common word the tagger took for a place
        if cand.kind in ("demonym", "abbreviation", "region"):
            return True
        if name_key(cand.lookup) in self.patterns["generic_words"]:
            return False
        if self.begins_hyphenated_name(doc, cand):
            return False  # "Miami-Dade": not Miami; "Syria-Turkey border" names both
        if len(span) > 1 and span[-1].lower_ in self.patterns["natural_feature_words"] and \
                not self.gazetteer.is_lexicon_region(cand.lookup) and not self.names_a_tagged_town(cand):
            return False  # "the Mississippi River": a feature the gazetteer lacks ("the Red Sea" is listed)
        if cand.end < len(doc) and doc[cand.end].lower_ in WATER_AFTER_NAME and \
                not self.gazetteer.is_lexicon_region(cand.lookup):
            return False  # "the Vistula river", "the Dnipro river": the river, not the town
        if len(span) == 1 and span[0].lower_ in self.patterns["natural_feature_words"] and cand.start > 0 and \
                is_capitalised(doc[cand.start - 1]) and not doc[cand.start - 1].is_sent_start:
            return False  # "the Nile Delta": the last word of a feature's name, not Nigeria's Delta State
        if len(span) == 1 and is_acronym(span[0]) and not self.names_a_country(cand.lookup) and \
                not self.gazetteer.is_lexicon_name(cand.lookup):
            return False  # "P.A.", "AI"; "US", "UK", "EU", "NSW" are kept
        if cand.tagged and not (len(span) == 1 and span[0].ent_type_ == "PERSON"):
            return True
        # untagged (or a lone word tagged PERSON): only a place's own or English name counts
        entries = [e for e in self.gazetteer.lookup(cand.lookup)
                   if e.feature in ("country", "admin1") or self.gazetteer.is_english_name(cand.lookup, e)]
        if not entries and self.follows_locative(doc, cand.start):  # "from Misrata": a well-known other spelling
            entries = [e for e in self.gazetteer.lookup(cand.lookup) if e.population >= MIN_POPULATION_ALTERNATE]
        cand.entries = entries
        if not entries:
            return False
        best = next((e for e in entries if e.geonames_id in self.gazetteer.region_ids), entries[0])
        if len(span) == 1 and (span[0].pos_ != "PROPN" or (span[0].is_stop and best.feature != "country")):
            return False  # "Us", "May"; "the US Justice Department" names the US
        if best.feature != "populated_place" or (
                (self.follows_locative(doc, cand.start) or self.is_place_object(span))
                and best.population >= MIN_POPULATION_UNTAGGED_MULTI):
            return True  # "from Dewsbury", "in Klamath Falls", "shelled Kherson"
        other_entity = any(t.ent_type_ and t.ent_type_ not in ("PRODUCT", "NORP") for t in span)
        if len(span) == 1 or other_entity:
            return best.population >= MIN_POPULATION_UNTAGGED
        return best.population >= MIN_POPULATION_UNTAGGED_MULTI

    def names_a_tagged_town(self, cand: Candidate) -> bool:
        """A place the tagger found whose whole name is a town's own name ("the Crown Heights
        neighborhood", "Jackson Heights"), though it ends in a word of nature."""
        return cand.tagged and any(e.feature == "populated_place" and self.gazetteer.is_english_name(cand.lookup, e)
                                   for e in self.gazetteer.lookup(cand.lookup))

    def begins_hyphenated_name(self, doc: Doc, cand: Candidate) -> bool:
        """The name is joined by a hyphen to a capitalised word that names no place ("Miami-Dade")."""
        if cand.end + 1 >= len(doc) or doc[cand.end].text != "-" or doc[cand.end].whitespace_ or \
                doc[cand.end - 1].whitespace_:
            return False
        nxt = doc[cand.end + 1]
        own = self._entity_of.get(nxt.i)
        if not (nxt.is_alpha and is_capitalised(nxt)) or self.gazetteer.demonym(nxt.text) or (
                nxt.ent_type_ in PLACE_LABELS and own is not self._entity_of.get(cand.start)):
            return False
        if cand.end + 2 < len(doc) and is_capitalised(doc[cand.end + 2]) and \
                self.gazetteer.has_name(name_key(doc[cand.end + 1:cand.end + 3].text)):
            return False  # "DPRK-South Korea"
        return not any(e.feature != "populated_place" or e.population >= MIN_POPULATION_UNTAGGED
                       for e in self.gazetteer.lookup(nxt.text))  # "Amsterdam-London", "Syria-Turkey"

    def follows_settlement_word(self, doc: Doc, start: int) -> bool:
        """"the village of X", "the town of X"."""
        before = doc[max(0, start - 2):start]
        return len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in self.patterns["settlement_words"]

    def follows_locative(self, doc: Doc, start: int) -> bool:
        """"in X", "from X", "near X": a preposition of place right before the name."""
        return start > 0 and doc[start - 1].lower_ in self.patterns["locative_prepositions"]

    def is_place_object(self, span: Span) -> bool:
        """The name is the object of a verb that takes places ("shelled Kherson", "captured
        Bakhmut and Soledar"), read from the parse."""
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and \
            tok.head.lemma_.lower() in self.patterns["place_object_verbs"]

    def names_a_country(self, name: str) -> bool:
        return any(e.feature == "country" for e in self.gazetteer.lookup(name))

    def is_person_or_org_name(self, doc: Doc, cand: Candidate) -> bool:
        """Part of a person's name ("Mr. Jordan", "Paris Hilton"), of an organisation's or a work's
        ("Moscow Times", "Washington Post"), or of a date ("August")."""
        span = doc[cand.start:cand.end]
        title = doc[cand.start - 1] if cand.start > 0 else None
        if title is not None and title.lower_.rstrip(".") in self.patterns["person_titles"] and \
                not (cand.kind == "demonym" and title.is_lower):
            return True  # "President Biden"; but "the major European countries"
        if cand.kind != "demonym" and self.names_an_outlet_or_body(doc, cand) and not self.leads_public_body(doc, cand):
            return True  # "Moscow Times"; but "the Russian Ministry of Defence" is Russian
        if len(span) == 1 and span[0].text in self._person_words:  # "Michael Jordan ... Jordan said"
            return True
        if cand.kind == "name" and span.text in self._disease_words and not self.follows_locative(doc, cand.start):
            return True  # "the Marburg virus ... Marburg kills"; but "in Marburg" is the town
        for tok in span:
            if tok.ent_type_ == "PERSON" and self.inside_longer_entity(doc, tok, cand) and \
                    not self.owns_what_follows(doc, cand) and not (len(span) > 1 and self.names_a_country(cand.lookup)):
                return True  # but a country's name of several words is nobody's ("Sri Lanka - approximately")
        if cand.tagged:
            return False
        if any(tok.ent_type_ in NON_PLACE_LABELS for tok in span) and not self.names_a_currency(doc, cand):
            return True  # "August", "Sixth"; but "59.2 billion US dollars" names the US
        # inside a longer entity of another kind ("Washington Post", "Kursk Nuclear Power Plant")
        country_name = len(span) > 1 and self.names_a_country(cand.lookup)  # "Sri Lanka" is nobody's name
        blocked = any(tok.ent_type_ in BLOCKING_LABELS and tok.ent_type_ not in ("PRODUCT", "NORP")
                      and not (tok.ent_type_ == "PERSON" and country_name)
                      and self.inside_longer_entity(doc, tok, cand) for tok in span)
        return blocked and not self.names_an_institution_of(doc, cand) and not self.owns_what_follows(doc, cand)

    def disease_names(self, doc: Doc) -> set[str]:
        """Capitalised words (one or two) right before a disease word: "Marburg" of "Marburg virus",
        "West Nile" of "West Nile fever"."""
        out = set()
        for tok in doc[1:]:
            if tok.lower_ not in self.patterns["disease_words"]:
                continue
            prev = doc[tok.i - 1]
            if not is_capitalised(prev) or prev.is_sent_start and prev.is_stop:
                continue
            out.add(prev.text)
            if tok.i >= 2 and is_capitalised(doc[tok.i - 2]) and not doc[tok.i - 2].is_stop:
                out.add(doc[tok.i - 2:tok.i].text)
        return out

    def names_a_currency(self, doc: Doc, cand: Candidate) -> bool:
        """A country's name before a currency word ("US dollars", "Hong Kong dollars"): the country of
        the currency, inside what the tagger calls an amount of money."""
        return cand.end < len(doc) and doc[cand.end].lower_ in self.patterns["currency_words"] and \
            any(e.feature == "country" for e in self.gazetteer.lookup(cand.lookup))

    def owns_what_follows(self, doc: Doc, cand: Candidate) -> bool:
        """The name is followed by a possessive ("Manitoba's Opposition New Democrats", "Derry's
        Altnagelvin Hospital"): it names the owner, not a word of the longer name that follows."""
        if cand.end >= len(doc) or doc[cand.end].text not in ("'s", "’s") or (
                cand.start > 0 and is_capitalised(doc[cand.start - 1]) and doc[cand.start - 1].text not in LEADING_WORDS):
            return False
        return any(e.feature != "populated_place" or e.population >= MIN_POPULATION_ALTERNATE
                   for e in self.gazetteer.lookup(cand.lookup))  # "Moody's Analytics" is a firm's name

    def leads_public_body(self, doc: Doc, cand: Candidate) -> bool:
        """A place leading a public body's name ("the New York Police Department", "Maryland State
        Police", "Kharkiv Regional Council"): the body's place, as a demonym would be."""
        return cand.end < len(doc) and doc[cand.end].lower_ in self.patterns["public_body_words"]

    def names_an_institution_of(self, doc: Doc, cand: Candidate) -> bool:
        """"the U.S. Army", "the California Department of Health": a country or state name leading an
        institution's name is a place modifier, as a demonym is; "Washington Post" is not."""
        ent = self._entity_of.get(cand.start)
        if ent is None or ent.label_ != "ORG" or trim(ent)[0] != cand.start or cand.end >= len(doc):
            return False
        if doc[cand.end].lower_ in self.patterns["institution_words"] or self.leads_public_body(doc, cand):
            return True
        return self.names_a_country(cand.lookup) and doc[cand.end].lower_ not in self.patterns["name_extenders"]

    def inside_longer_entity(self, doc: Doc, tok: Token, cand: Candidate) -> bool:
        """The token's entity reaches beyond the candidate ("the European Union" does not reach beyond
        "European Union")."""
        start, end = trim(self._entity_of[tok.i])
        return start < cand.start or end > cand.end

    def with_region_word(self, doc: Doc, cand: Candidate) -> Candidate:
        """"Kursk" + "region" -> the division phrase "Kursk region"."""
        if cand.kind != "name" or cand.end >= len(doc):
            return cand
        word = doc[cand.end].lower_
        if word in self.patterns["admin1_region_words"] and self.gazetteer.admin1_by_base(cand.lookup):
            return Candidate(cand.start, cand.end + 1, cand.lookup, kind="region", tagged=True)
        if word in self.patterns["division_head_words"] and self.gazetteer.admin1_by_base(cand.lookup):
            return Candidate(cand.start, cand.end, cand.lookup, kind="region", tagged=True)  # "Kharkiv Governor"
        return cand

    def mark_coordinated_regions(self, doc: Doc, chosen: list[Candidate]) -> None:
        """"the Kursk and Belgorod regions": Kursk is a division too."""
        for i, cand in enumerate(chosen):
            if cand.kind != "region" or doc[cand.end - 1].lower_ not in PLURAL_REGION_WORDS:
                continue
            j = i - 1
            while j >= 0 and chosen[j].kind == "name" and \
                    all(t.lower_ in (",", "and") for t in doc[chosen[j].end:chosen[j + 1].start]) and \
                    self.gazetteer.admin1_by_base(chosen[j].lookup):
                chosen[j].kind = "region"
                j -= 1

    def without_overlaps(self, candidates: list[Candidate]) -> list[Candidate]:
        """Division phrases and abbreviations first, then longer, then tagged candidates win overlaps."""
        ranked = sorted(candidates, key=lambda c: (c.kind in ("region", "abbreviation"), c.end - c.start, c.tagged),
                        reverse=True)
        taken: set[int] = set()
        chosen = []
        for cand in ranked:
            tokens = set(range(cand.start, cand.end))
            if tokens & taken:
                continue
            taken |= tokens
            chosen.append(cand)
        return sorted(chosen, key=lambda c: c.start)

    def to_mention(self, doc: Doc, cand: Candidate) -> Mention:
        span = doc[cand.start:cand.end]
        return Mention(
            start=span.start_char, end=span.end_char, text=span.text, lookup=cand.lookup, kind=cand.kind,
            near=self.follows_near_word(doc, cand.start) or self.precedes_area_word(doc, cand.end),
            main_names_only=cand.facility,
            candidates=list(cand.entries or []) if cand.kind == "name" else [],
        )

    def follows_near_word(self, doc: Doc, start: int) -> bool:
        if self.follows_settlement_word(doc, start):  # "near the town of X"
            start -= 2
        before = doc[max(0, start - 3):start]
        words = [t.lower_ for t in before if t.lower_ not in ("the", "a")]
        near = self.patterns["near_words"]
        return any(" ".join(words[k:]) in near for k in range(len(words)))

    def precedes_area_word(self, doc: Doc, end: int) -> bool:
        """"the Pokrovsk direction", "the Bakhmut district": around the town, not in it."""
        return end < len(doc) and doc[end].lower_ in self.patterns["area_words"]

    def link_hierarchies(self, doc: Doc, chosen: list[Candidate], mentions: list[Mention]) -> None:
        """"Sudzha, Kursk region" / "Springfield, Illinois": the second names the first's container;
        "Russia's Kursk region": the first names the second's."""
        for i in range(len(chosen) - 1):
            a, b = chosen[i], chosen[i + 1]
            if b.start == a.end + 1 and doc[a.end].text == "," and b.kind in ("name", "region", "abbreviation"):
                mentions[i].parent = b.lookup if b.kind != "abbreviation" else self.abbreviated_name(b.lookup)
            elif a.kind == "name" and b.kind in ("name", "region") and self.possessive_between(doc, a.end, b.start):
                mentions[i + 1].parent = a.lookup  # "Russia's western Kursk region", "Ukraine's Kharkiv"
        for mention in mentions:
            if mention.parent and mention.candidates:  # a filtered list: the container's namesakes count too
                inside = [e for e in self.gazetteer.lookup(mention.lookup)
                          if e not in mention.candidates and self.resolver.inside(e, mention.parent)]
                mention.candidates.extend(inside)

    def possessive_between(self, doc: Doc, end: int, start: int) -> bool:
        """Only "'s" and direction words stand between two names ("Russia’s western Kursk")."""
        between = doc[end:start]
        return len(between) >= 1 and between[0].text in ("'s", "’s") and all(
            t.lower_ in self.patterns["direction_words"] for t in between[1:])

    def abbreviated_name(self, abbreviation: str) -> str:
        entry = self.gazetteer.abbreviation(abbreviation)
        return entry.name if entry else abbreviation

    # -- output --------------------------------------------------------------------------------
    def to_place(self, mention: Mention, resolution: Resolution) -> Place:
        place = Place(start=mention.start, end=mention.end, text=mention.text)
        entry = resolution.entry
        if entry is None:
            return place
        place.geonames_id = entry.geonames_id if entry.geonames_id > 0 else None
        place.name = self.gazetteer.english_name(entry)
        place.lat, place.lon = entry.lat, entry.lon
        place.country = entry.country or None
        place.admin1 = self.gazetteer.admin1_name(entry)
        place.feature = entry.feature if entry.feature in CONTRACT_FEATURES else "other"
        place.precision = precision(entry.feature, mention.near)
        place.score = resolution.score
        return place


class TokenView:
    """Plain lists of the token attributes the name scan reads (faster than slicing the Doc)."""

    def __init__(self, doc: Doc) -> None:
        self.doc_text = doc.text
        self.starts = [t.idx for t in doc]
        self.ends = [t.idx + len(t.text) for t in doc]
        self.capitalised = [is_capitalised(t) for t in doc]
        self.connector = [t.lower_ in NAME_CONNECTORS or t.text in POSSESSIVES or is_abbreviation_dot(t) for t in doc]
        self.sentence = [0] * len(doc)
        if doc.has_annotation("SENT_START"):
            for k, sent in enumerate(doc.sents):
                for t in range(sent.start, sent.end):
                    self.sentence[t] = k

    def text(self, i: int, j: int) -> str:
        """Text of tokens i..j inclusive."""
        return self.doc_text[self.starts[i]:self.ends[j]]

    def name_shaped(self, i: int, j: int) -> bool:
        """Capitalised first and last words, connectors between, inside one sentence."""
        if not self.capitalised[j] or self.sentence[i] != self.sentence[j]:
            return False
        return all(self.capitalised[k] or self.connector[k] for k in range(i + 1, j))


def precision(feature: str, near: bool) -> int:
    """ACLED geo_precision: 1 a town, 2 near a town, 3 a region or country."""
    if feature == "populated_place":
        return 2 if near else 1
    return 3


def trim(ent: Span) -> tuple[int, int]:
    """Token bounds of an entity without a leading "the" and a trailing possessive."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].text in LEADING_WORDS:
        start += 1
    while end > start and ent.doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return start, end


def is_modifier(tok: Token) -> bool:
    """An adjective or noun modifying a noun ("Ukrainian drones", "the Russian Foreign Ministry")."""
    if tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "-":  # "Russian-backed"
        return True
    while tok.dep_ == "conj" and tok.head.i < tok.i:  # "American and Mexican counterparts"
        tok = tok.head
    return tok.dep_ in ("amod", "compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i


def person_name_words(doc: Doc, non_name_words: frozenset[str] = frozenset()) -> set[str]:
    """Words of the document's multi-word person names ("Neil Connery" -> Neil, Connery); a stretch
    with a word of a place or a body in it is no person's name ("SOS Children's Village Malakal")."""
    return {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
            and not any(w.lower_ in non_name_words for w in e)
            for t in e if is_capitalised(t) and not is_acronym(t)}


def is_acronym(tok: Token) -> bool:
    letters = [c for c in tok.text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and (len(letters) <= 3 or "." in tok.text)


def is_capitals_word(tok: Token) -> bool:
    """A word written in capitals ("WASHINGTON"), longer than an acronym."""
    return len(tok.text) > 3 and tok.text.isalpha() and tok.text.isupper()


def is_acronym_or_agency(tok: Token) -> bool:
    """An agency in a dateline's brackets: "AP", "AFP", "Reuters", "Xinhua"."""
    return tok.text.isalpha() and (tok.text.isupper() or tok.text[:1].isupper())


def is_abbreviation_dot(tok: Token) -> bool:
    """The dot of an abbreviation in capitals that the tokeniser split off ("ST. LOUIS", "FT. WORTH")."""
    if tok.text != "." or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.idx + len(prev.text) == tok.idx and prev.text.isalpha() and len(prev.text) <= 3 and is_capitalised(prev)


def is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()
