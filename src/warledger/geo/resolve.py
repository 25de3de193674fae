"""Toponym resolution: rank each mention's gazetteer candidates with the population and level of
the place, how the text names it, and what the rest of the document says (the countries and
divisions of its other places, "X, Y" hierarchies, distances), then choose the best."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .gazetteer import GeoEntry, Gazetteer
from .names import name_key

#: candidates kept per mention (most populous first)
MAX_CANDIDATES = 60

#: weights of the ranking features (log-odds-like points)
WEIGHTS = {
    "population": 1.0,  # per decade of population
    "country": 2.5,  # a country named as such
    "region_cue_admin1": 6.0,  # "X region" and the candidate is a division
    "namesake_admin1": -3.0,  # bare "Kursk": a division whose namesake city is also a candidate
    "alternate_only": -2.0,  # the text matches only an alternate (not the main/English) name
    "capital": 1.5,  # a national capital
    "context_country": 3.0,  # x share of the document's other places in the candidate's country
    "context_admin1": 2.0,  # x share of the document's other places in the candidate's division
    "context_near": 1.5,  # within NEAR_KM of another resolved place
    "hierarchy": 6.0,  # "X, Y" and the candidate lies in Y
    "outlet_country": 1.0,  # the outlet's own country
    "continent": -1.0,  # continents lose to a same-named country or city
    "lexicon_region": 4.0,  # a region or sea of places_regions.tsv (no population of its own)
    "region_namesake_town": -6.0,  # a town sharing a listed region's or sea's name ("Atlantic", "Middle East")
    "water_word": 10.0,
    "acronym_case": -5.0,  # "EU" written in capitals is no town named "Eu"  # "the Red Sea" ends with a water word and the candidate is a sea, not Red Sea State
}
NEAR_KM = 300.0
#: words that make a name a body of water
WATER_WORDS = frozenset(("sea", "ocean", "gulf", "strait", "straits", "bay", "channel"))
#: alternate names of places this big are often English usage, not stray transliterations: half penalty
WELL_KNOWN_POPULATION = 1_000_000
#: a city known under the division's name only by an alternate name ("New York" for New York
#: City) is its namesake when it holds this share of the division's population
NAMESAKE_ALTERNATE_SHARE = 0.2
#: a city this close to a division of the same name is its namesake (Kyiv city, Kyiv Oblast)
NAMESAKE_KM = 150.0


@dataclass
class Mention:
    """A toponym found in the text, to be resolved."""

    start: int
    end: int
    text: str
    lookup: str  # the name to look up ("Kursk" for "the Kursk region")
    kind: str = "name"  # name | region ("X region": a first-level division) | demonym | abbreviation
    near: bool = False  # "near X", "outside X": the place is approximate
    parent: str | None = None  # "X, Y": the text of Y
    main_names_only: bool = False  # a facility name: matches of alternate names are not trusted
    candidates: list[GeoEntry] = field(default_factory=list)


@dataclass
class Resolution:
    entry: GeoEntry | None
    score: float | None = None


class Resolver:
    """Chooses a gazetteer entry for every mention of a document."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def candidates(self, mention: Mention) -> list[GeoEntry]:
        """Gazetteer entries the mention may name."""
        g = self.gazetteer
        if mention.kind in ("demonym", "abbreviation"):
            entry = g.demonym(mention.lookup) if mention.kind == "demonym" else g.abbreviation(mention.lookup)
            return [entry] if entry else []
        if mention.kind == "region":
            divisions = g.admin1_by_base(mention.lookup)
            if divisions:
                return divisions + [e for e in g.lookup(mention.lookup)[:MAX_CANDIDATES] if e.feature != "admin1"]
        found = g.lookup(mention.lookup)[:MAX_CANDIDATES]
        if not found and name_key(mention.lookup).endswith(" city"):
            # "Manchester City", "Hull City": the city of that name, not a division ("Manchester" parish)
            found = [e for e in g.lookup(mention.lookup[: -len(" city")]) if e.feature == "populated_place"]
        elif not found:  # "Republic of Armenia", "Kherson Oblast" written otherwise
            found = [e for e in g.lookup(g.base_name(mention.lookup)) if e.feature in ("country", "admin1")]
        if mention.main_names_only:
            found = [e for e in found if self._main_name_matches(mention, e, strict=True)]
        return found

    def resolve(self, mentions: list[Mention], outlet_country: str | None = None) -> list[Resolution]:
        """One Resolution per mention: a first pass on the mention alone, a second with the
        document's context taken from the first pass's choices."""
        for mention in mentions:
            if not mention.candidates:
                mention.candidates = self.candidates(mention)
        first = [self._best(m, None, outlet_country) for m in mentions]
        context = DocumentContext.from_choices(mentions, first)
        return [self._best(m, context.without(i), outlet_country) for i, m in enumerate(mentions)]

    def _best(self, mention: Mention, context: DocumentContext | None, outlet: str | None) -> Resolution:
        if not mention.candidates:
            return Resolution(None)
        scored = [(self.score(mention, c, context, outlet), c) for c in mention.candidates]
        score, entry = max(scored, key=lambda pair: (pair[0], pair[1].population))
        return Resolution(entry, round(score, 3))

    def score(self, mention: Mention, entry: GeoEntry, context: DocumentContext | None,
              outlet: str | None) -> float:
        """The ranking score of `entry` for `mention` (higher is better)."""
        w = WEIGHTS
        s = w["population"] * math.log10(entry.population + 10)
        if entry.feature == "country":
            s += w["country"]
        if entry.feature == "region":
            s += w["continent"]
        if entry.geonames_id in self.gazetteer.region_ids:
            s += w["lexicon_region"]
            if entry.feature == "water" and self._ends_with_water_word(mention.lookup):
                s += w["water_word"]
        if entry.feature == "populated_place" and is_capitals(mention.lookup) and not is_capitals(entry.name) \
                and name_key(entry.name) == name_key(mention.lookup):
            s += w["acronym_case"]
        if entry.capital:
            s += w["capital"]
        if entry.feature == "populated_place" and not mention.parent and self._names_lexicon_region(mention):
            s += w["region_namesake_town"]  # "the Atlantic" is the ocean; "Atlantic, Iowa" the town
        if mention.kind == "region" and entry.feature == "admin1" and not self._is_city_division(mention, entry):
            s += w["region_cue_admin1"]
        if mention.kind == "name" and entry.feature == "admin1" and self._has_namesake_city(mention, entry):
            s += w["namesake_admin1"]
        if mention.kind == "name" and not self._main_name_matches(mention, entry):
            s += w["alternate_only"] / (2 if entry.population >= WELL_KNOWN_POPULATION else 1)
        if outlet and entry.country == outlet:
            s += w["outlet_country"]
        if mention.parent and self.inside(entry, mention.parent):
            s += w["hierarchy"]
        if context is not None:
            s += w["context_country"] * context.country_share(entry.country)
            s += w["context_admin1"] * context.admin1_share(entry.admin1_code)
            if context.is_near(entry):
                s += w["context_near"]
        return s

    def _names_lexicon_region(self, mention: Mention) -> bool:
        return any(c.geonames_id in self.gazetteer.region_ids for c in mention.candidates)

    @staticmethod
    def _ends_with_water_word(name: str) -> bool:
        """"Red Sea", "Strait of Hormuz", "Gulf of Aden": the name holds a word of water."""
        return any(w in WATER_WORDS for w in name_key(name).split())

    def _is_city_division(self, mention: Mention, division: GeoEntry) -> bool:
        """"Moscow region" names Moscow Oblast, not the city of Moscow as a federal subject: a
        division named just like the base loses to another division of that base."""
        if name_key(self.gazetteer.english_name(division)) != name_key(mention.lookup):
            return False
        return any(c.feature == "admin1" and c.geonames_id != division.geonames_id
                   and name_key(self.gazetteer.english_name(c)) != name_key(mention.lookup)
                   for c in mention.candidates)

    def _has_namesake_city(self, mention: Mention, division: GeoEntry) -> bool:
        """A city of the division's name in or near it, among all the gazetteer's entries of the
        name: the recogniser may have kept the division but not the city ("St. Louis" keeps
        Senegal's Saint-Louis region, not its Saint-Louis town), and the bare name is still the town's."""
        known = {c.geonames_id for c in mention.candidates}
        cities = mention.candidates + [e for e in self.gazetteer.lookup(mention.lookup)[:MAX_CANDIDATES]
                                       if e.feature == "populated_place" and e.geonames_id not in known]
        return any(
            c.feature == "populated_place" and c.country == division.country
            and c.population > division.population * (
                0.02 if self._main_name_matches(mention, c) else NAMESAKE_ALTERNATE_SHARE)
            and (c.admin1_code == division.admin1_code
                 or haversine_km(c.lat, c.lon, division.lat, division.lon) <= NAMESAKE_KM)
            for c in cities
        )

    def _main_name_matches(self, mention: Mention, entry: GeoEntry, strict: bool = False) -> bool:
        key = saint_folded(name_key(mention.lookup))
        names = (entry.name, self.gazetteer.english_name(entry))
        if key in {saint_folded(name_key(n)) for n in names} or self.gazetteer.is_english_name(mention.lookup, entry):
            return True
        # countries and divisions: every listed name is an English one
        return not strict and entry.feature in ("country", "admin1")

    def inside(self, entry: GeoEntry, parent: str) -> bool:
        """True when `parent` names the country or division `entry` lies in."""
        for container in self.gazetteer.lookup(parent) + self.gazetteer.admin1_by_base(parent):
            if container.feature == "country" and container.country == entry.country:
                return container.geonames_id != entry.geonames_id
            if container.feature == "admin1" and container.admin1_code == entry.admin1_code:
                return container.geonames_id != entry.geonames_id
        return False


@dataclass
class DocumentContext:
    """Where the document's places lie, from the first pass's choices. Repeats of one name are
    no evidence for each other: a mention's context leaves out every choice made for its name."""

    countries: Counter
    admin1s: Counter
    by_name: dict[str, tuple[Counter, Counter]]  # name key -> its choices' countries, admin1s
    points: dict[int, tuple[float, float, frozenset[str]]]  # towns chosen: id -> lat, lon, name keys
    skip_key: str | None = None  # the name being scored
    keys: list[str] = field(default_factory=list)

    @classmethod
    def from_choices(cls, mentions: list[Mention], choices: list[Resolution]) -> DocumentContext:
        countries: Counter = Counter()
        admin1s: Counter = Counter()
        by_name: dict[str, tuple[Counter, Counter]] = {}
        points: dict[int, tuple[float, float, frozenset[str]]] = {}
        keys = [name_key(m.lookup) for m in mentions]
        for key, choice in zip(keys, choices):
            entry = choice.entry
            if entry is None:
                continue
            own_countries, own_admin1s = by_name.setdefault(key, (Counter(), Counter()))
            for counter, value in ((countries, entry.country), (own_countries, entry.country),
                                   (admin1s, entry.admin1_code), (own_admin1s, entry.admin1_code)):
                if value:
                    counter[value] += 1
            if entry.feature == "populated_place":
                lat, lon, names = points.get(entry.geonames_id, (entry.lat, entry.lon, frozenset()))
                points[entry.geonames_id] = (lat, lon, names | {key})
        return cls(countries, admin1s, by_name, points, keys=keys)

    def without(self, index: int) -> DocumentContext:
        """This context seen from mention `index`: the choices for its own name left out."""
        key = self.keys[index]
        own_countries, own_admin1s = self.by_name.get(key, (Counter(), Counter()))
        return DocumentContext(self.countries - own_countries, self.admin1s - own_admin1s, self.by_name,
                               self.points, skip_key=key, keys=self.keys)

    @property
    def total(self) -> int:
        return sum(self.countries.values())

    def country_share(self, country: str) -> float:
        total = self.total
        return self.countries[country] / total if country and total else 0.0

    def admin1_share(self, code: str) -> float:
        total = self.total
        return self.admin1s[code] / total if code and total else 0.0

    def is_near(self, entry: GeoEntry) -> bool:
        """Within NEAR_KM of a town or city the document names under another name."""
        return any(
            gid != entry.geonames_id and names != {self.skip_key}
            and haversine_km(entry.lat, entry.lon, lat, lon) <= NEAR_KM
            for gid, (lat, lon, names) in self.points.items()
        )


def is_capitals(text: str) -> bool:
    """A short word in capitals ("EU", "US"): an acronym, not a town's name."""
    letters = [c for c in text if c.isalpha()]
    return 1 < len(letters) <= 4 and all(c.isupper() for c in letters)


def saint_folded(key: str) -> str:
    """"saint petersburg" and "st petersburg" compare equal."""
    return "st " + key[6:] if key.startswith("saint ") else key


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = math.radians
    a = math.sin(r(lat2 - lat1) / 2) ** 2 + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))
