"""The gazetteer: GeoNames entries (countries, first-level divisions, populated places, continents)
with a name index, loaded once from the package data built by scripts/build_gazetteer.py and
completed with the English alias lexicons of lang/en/places_*.tsv."""
from __future__ import annotations

import csv
import gzip
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .names import name_key

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_PATH = DATA_DIR
LANG_DIR = Path(__file__).resolve().parent.parent / "lang" / "en"


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One gazetteer entry. `feature` is country, admin1, populated_place, region
    (continents and the land regions of places_regions.tsv) or water (seas, straits, oceans)."""

    geonames_id: int  # negative for a lexicon place without a known GeoNames id
    feature: str
    name: str
    country: str  # ISO2, "" for continents
    admin1_code: str  # "RU.47", "" for countries and continents
    lat: float
    lon: float
    population: int
    capital: bool = False  # a country's capital


def read_lexicon(name: str, lang_dir: Path = LANG_DIR) -> Iterator[list[str]]:
    """Rows of a lang/en TSV lexicon, without its comment lines and its header row."""
    with (lang_dir / name).open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows, None)  # header
        yield from (row for row in rows if row)


@lru_cache(maxsize=1)
def place_patterns(lang_dir: Path = LANG_DIR) -> dict[str, list[str]]:
    """The English word lists of lang/en/places_patterns.json."""
    with (lang_dir / "places_patterns.json").open(encoding="utf-8") as handle:
        return {k: v for k, v in json.load(handle).items() if not k.startswith("_")}


class Gazetteer:
    """Lookups by name, by GeoNames id, by country code and admin1 code."""

    def __init__(self, entries: dict[int, GeoEntry], names: dict[str, str | list[int]]) -> None:
        self.entries = entries
        self.names = names
        known = entries.parsed() if isinstance(entries, Entries) else list(entries.values())
        self.countries = {e.country: e for e in known if e.feature == "country"}
        self.admin1s = {e.admin1_code: e for e in known if e.feature == "admin1"}
        self.admin1_english: dict[int, str] = {}
        self.admin1_bases: dict[str, list[int]] = defaultdict(list)
        self.demonyms: dict[str, int] = {}
        self.abbreviations: dict[str, int] = {}
        self.lexicon_names: set[tuple[str, int]] = set()  # (name key, id) added from lang/en lexicons
        self.region_ids: set[int] = set()  # entries of places_regions.tsv

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path = DEFAULT_PATH, lang_dir: Path = LANG_DIR) -> Gazetteer:
        """Read `path`/gazetteer.tsv.gz and `path`/names.tsv.gz, the representative points of
        countries and divisions in `path`/points.tsv.gz (when there: they replace the points
        derived from their cities), then the lexicons of `lang_dir`."""
        entries = Entries()
        for line in data_lines(path / "gazetteer.tsv.gz"):
            gid, feature, _ = line.split("\t", 2)
            if feature == "populated_place":
                entries.lines[int(gid)] = line  # parsed when first asked for: most towns never are
            else:
                entries[int(gid)] = parse_entry(line)
        for gid, (lat, lon) in read_points(path / "points.tsv.gz").items():
            if gid in entries:
                entries[gid] = replace(entries[gid], lat=lat, lon=lon)
        # ids stay a comma-separated string until looked up: most names are never asked for
        names: dict[str, str | list[int]] = dict(data_rows(path / "names.tsv.gz"))
        gazetteer = cls(entries, names)
        gazetteer.add_lexicons(lang_dir)
        return gazetteer

    def add_lexicons(self, lang_dir: Path = LANG_DIR) -> None:
        """Merge the English alias lexicons: country names, admin1 names and bases, spellings,
        abbreviations, demonyms."""
        for iso, aliases in read_lexicon("places_countries.tsv", lang_dir):
            if iso in self.countries:
                for alias in aliases.split("|"):
                    self._add_name(alias, self.countries[iso].geonames_id)
        self._add_admin1_bases(lang_dir)
        for spelling, canonical, iso in read_lexicon("places_spellings.tsv", lang_dir):
            target = self._most_populous(canonical, iso)
            if target is not None:
                self._add_name(spelling, target.geonames_id)
        for abbreviation, code in read_lexicon("places_abbreviations.tsv", lang_dir):
            if code in self.admin1s:
                self.abbreviations[abbreviation] = self.admin1s[code].geonames_id
        self._add_regions(lang_dir)
        for demonym, place in read_lexicon("places_demonyms.tsv", lang_dir):
            target = self.countries.get(place) or self.admin1s.get(place) or self._region(place)
            if target is not None:
                self.demonyms[name_key(demonym)] = target.geonames_id

    def _add_regions(self, lang_dir: Path) -> None:
        """The regions, unions and seas of places_regions.tsv, as entries of their own (a negative
        id when the GeoNames id is not known)."""
        for k, (name, aliases, feature, iso, lat, lon, gid) in enumerate(read_lexicon("places_regions.tsv", lang_dir)):
            ident = int(gid) if gid else -(k + 1)
            if ident not in self.entries:
                self.entries[ident] = GeoEntry(ident, feature, name, iso, "", float(lat), float(lon), 0)
            self.region_ids.add(ident)
            for alias in [name, *filter(None, aliases.split("|"))]:
                self._add_name(alias, ident)

    def _add_admin1_bases(self, lang_dir: Path) -> None:
        """Base names of divisions ("Moscow Oblast" -> "moscow") for "X region" phrases."""
        type_words = sorted(place_patterns(lang_dir)["admin1_type_words"], key=len, reverse=True)
        for entry in self.admin1s.values():
            self._add_base(strip_type_words(name_key(entry.name), type_words), entry.geonames_id)
        for gid, english, aliases in read_lexicon("places_admin1.tsv", lang_dir):
            entry = self.entries.get(int(gid))
            if entry is None or entry.feature != "admin1":
                continue
            self.admin1_english[entry.geonames_id] = english
            self._add_name(english, entry.geonames_id)
            self._add_base(strip_type_words(name_key(english), type_words), entry.geonames_id)
            for alias in aliases.split("|"):
                self._add_base(name_key(alias), entry.geonames_id)
                if alias.endswith(("shchyna", "chchyna", "shchina")) or is_initialism(alias):  # a name on its own
                    self._add_name(alias, entry.geonames_id)

    def _add_name(self, name: str, gid: int) -> None:
        key = name_key(name)
        self.lexicon_names.add((key, gid))
        ids = self._ids(key)
        if gid not in ids:
            self.names[key] = [*ids, gid]

    def _ids(self, key: str) -> list[int]:
        ids = self.names.get(key, ())
        if isinstance(ids, str):
            ids = self.names[key] = [int(i) for i in ids.split(",")]
        return list(ids)

    def _add_base(self, key: str, gid: int) -> None:
        if key and gid not in self.admin1_bases[key]:
            self.admin1_bases[key].append(gid)

    def _most_populous(self, name: str, iso: str) -> GeoEntry | None:
        found = [e for e in self.lookup(name) if e.country == iso and e.feature == "populated_place"]
        return max(found, key=lambda e: e.population, default=None)

    def _region(self, name: str) -> GeoEntry | None:
        return next((e for e in self.lookup(name) if e.feature == "region"), None)

    # -- lookups -------------------------------------------------------------------------------
    def lookup(self, name: str) -> list[GeoEntry]:
        """Entries with this name (any of their names), most populous first."""
        return sorted((self.entries[i] for i in self._ids(name_key(name))), key=lambda e: -e.population)

    def is_english_name(self, name: str, entry: GeoEntry) -> bool:
        """True when `name` is the entry's GeoNames or English name, or a name our lexicons give it."""
        key = name_key(name)
        names = {name_key(entry.name), name_key(self.english_name(entry))}
        return key in names or (key, entry.geonames_id) in self.lexicon_names

    def has_name(self, key: str) -> bool:
        """True when `key` (a name_key) names some entry."""
        return key in self.names

    def admin1_by_base(self, name: str) -> list[GeoEntry]:
        """Divisions whose base name is `name` ("Kursk" -> Kursk Oblast), most populous first."""
        ids = self.admin1_bases.get(name_key(name), ())
        return sorted((self.entries[i] for i in ids), key=lambda e: -e.population)

    def base_name(self, name: str) -> str:
        """The name without a division type word: "Republic of Armenia" -> "armenia"."""
        words = sorted(place_patterns()["admin1_type_words"], key=len, reverse=True)
        return strip_type_words(name_key(name), words)

    def demonym(self, word: str) -> GeoEntry | None:
        """The country (or division, continent) a demonym implies: "Ukrainian" -> Ukraine."""
        gid = self.demonyms.get(name_key(word))
        return self.entries[gid] if gid is not None else None

    def abbreviation(self, text: str) -> GeoEntry | None:
        """The division an abbreviation names, as written ("Va." -> Virginia)."""
        gid = self.abbreviations.get(text)
        return self.entries[gid] if gid is not None else None

    def is_lexicon_name(self, name: str) -> bool:
        """True when one of our lang/en lexicons gives `name` to some entry ("UK", "NSW", "EU")."""
        key = name_key(name)
        return any((key, i) in self.lexicon_names for i in self._ids(key))

    def is_lexicon_region(self, name: str) -> bool:
        """True when `name` names a region, union or sea of places_regions.tsv ("the Black Sea")."""
        return any(i in self.region_ids for i in self._ids(name_key(name)))

    def get(self, geonames_id: int) -> GeoEntry | None:
        return self.entries.get(geonames_id)

    def english_name(self, entry: GeoEntry) -> str:
        """The English name: the lexicon's for divisions it lists ("Kursk Oblast"), else GeoNames'."""
        return self.admin1_english.get(entry.geonames_id, entry.name)

    def admin1_name(self, entry: GeoEntry) -> str | None:
        """English name of the entry's first-level division; None for countries and continents."""
        if entry.feature in ("country", "region"):
            return None
        division = self.admin1s.get(entry.admin1_code)
        return self.english_name(division) if division else None

    def admin1_of(self, entry: GeoEntry) -> GeoEntry | None:
        return self.admin1s.get(entry.admin1_code) if entry.admin1_code else None


class Entries(dict):
    """geonames_id -> GeoEntry. Populated places stay their gazetteer line (`lines`) until first
    asked for; countries, divisions and regions are parsed at load. Loading thus costs the reading
    of the file, not the building of 235k entries."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[int, str] = {}

    def __missing__(self, gid: int) -> GeoEntry:
        line = self.lines.get(gid)
        if line is None:  # unknown, or built meanwhile by another thread
            if dict.__contains__(self, gid):
                return dict.__getitem__(self, gid)
            raise KeyError(gid)
        entry = self.setdefault(gid, parse_entry(line))
        self.lines.pop(gid, None)
        return entry

    def get(self, gid: int, default: GeoEntry | None = None) -> GeoEntry | None:  # type: ignore[override]
        try:
            return self[gid]
        except KeyError:
            return default

    def __contains__(self, gid: object) -> bool:
        return dict.__contains__(self, gid) or gid in self.lines

    def __len__(self) -> int:
        return dict.__len__(self) + sum(1 for gid in list(self.lines) if not dict.__contains__(self, gid))

    def __iter__(self) -> Iterator[int]:
        yield from list(dict.keys(self))
        yield from (gid for gid in list(self.lines) if not dict.__contains__(self, gid))

    def parsed(self) -> list[GeoEntry]:
        """The entries built so far (every country, division and region, and the towns asked for)."""
        return list(dict.values(self))

    def values(self):  # type: ignore[override]
        """Every entry (builds the rest)."""
        for gid in list(self.lines):
            self[gid]  # noqa: B018 - builds it
        return dict.values(self)

    def keys(self):  # type: ignore[override]
        return list(iter(self))

    def items(self):  # type: ignore[override]
        self.values()
        return dict.items(self)


def parse_entry(line: str) -> GeoEntry:
    """A GeoEntry from its gazetteer.tsv.gz line."""
    gid, feature, name, country, admin1, lat, lon, pop, capital = line.split("\t")
    return GeoEntry(int(gid), feature, name, country, admin1, float(lat), float(lon), int(pop), capital == "1")


def data_lines(path: Path) -> Iterator[str]:
    """Lines of a gzipped data file, without its comment lines and header."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        next((line for line in handle if not line.startswith("#")), None)  # header
        for line in handle:
            yield line.rstrip("\n")


def read_points(path: Path) -> dict[int, tuple[float, float]]:
    """geonames_id -> (lat, lon) of a points file (geonames_id, lat, lon, source); {} without one."""
    if not path.is_file():
        return {}
    return {int(gid): (float(lat), float(lon)) for gid, lat, lon, *_ in data_rows(path)}


def data_rows(path: Path) -> Iterator[list[str]]:
    """Tab-separated rows of a gzipped data file, without its comment lines and header."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        next((line for line in handle if not line.startswith("#")), None)  # header
        for line in handle:
            yield line.rstrip("\n").split("\t")


def is_initialism(name: str) -> bool:
    """A division's initials in capitals ("NSW", "KZN"): a name of its own, used without a region word."""
    return len(name) >= 3 and name.isalpha() and name.isupper()


def strip_type_words(key: str, type_words: list[str]) -> str:
    """"moscow oblast" -> "moscow", "republic of tatarstan" -> "tatarstan" (longest words first)."""
    for word in type_words:
        w = name_key(word)
        if key.endswith(" " + w):
            return key[: -len(w) - 1].strip()
        if key.startswith(w + " "):
            return key[len(w) + 1:].strip()
    return key


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return Gazetteer.load()
