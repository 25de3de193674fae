"""The build script's pure helpers (the full build takes ~15 s and is run by `make gazetteer`)."""
from __future__ import annotations

import importlib.util
import sys

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

spec = importlib.util.spec_from_file_location("build_gazetteer", REPO / "scripts" / "build_gazetteer.py")
build = importlib.util.module_from_spec(spec)
sys.modules["build_gazetteer"] = build
spec.loader.exec_module(build)


def row(lat, lon, pop=1000):
    return build.Row(geonames_id=1, feature="populated_place", name="x", lat=lat, lon=lon, population=pop)


def test_build_gazetteer_english_keys_keep_latin_capitalised_names():
    keys = build.english_keys(["Moskva", "Москва", "MOW", "mosukuwa", "https://x", "Saint Petersburg"])
    assert keys == {"moskva", "saint petersburg", "st petersburg"}


def test_build_gazetteer_bbox_centre_across_the_antimeridian():
    lat, lon = build.bbox_centre([row(60, 170), row(62, -170)])
    assert lat == 61 and abs(abs(lon) - 180) < 1e-6


def test_build_gazetteer_country_point_ignores_far_islands():
    mainland = [row(50 + i * 0.5, 10 + j * 0.5) for i in range(6) for j in range(6)]
    islands = [row(-20, 60)]
    lat, lon = build.occupied_cell_centroid(mainland + islands)
    assert 50 < lat < 53.5 and 10 < lon < 13.5


def test_build_gazetteer_points_table_overrides_derived_coordinates(tmp_path):
    table = tmp_path / "points.txt"
    table.write_text("2017370\tRussia\tRussia\t\t60.0\t100.0\tA\tPCLI\n", encoding="utf-8")
    russia = build.Row(geonames_id=2017370, feature="country", name="Russia", lat=55.0, lon=68.0)
    town = build.Row(geonames_id=2017370, feature="populated_place", name="x", lat=1.0, lon=1.0)
    assert build.use_points([russia, town], build.read_points(table)) == 1
    assert (russia.lat, russia.lon) == (60.0, 100.0) and (town.lat, town.lon) == (1.0, 1.0)


TYPE_WORDS = sorted(build.place_patterns()["admin1_type_words"], key=len, reverse=True)


def division(gid, code, name, lat, lon):
    return build.Row(geonames_id=gid, feature="admin1", name=name, country=code.split(".")[0], admin1=code,
                     lat=lat, lon=lon, keys={build.name_key(name)})


def town(code, lat, lon, name="x"):
    return build.Row(geonames_id=9, feature="populated_place", name=name, country=code.split(".")[0], admin1=code,
                     lat=lat, lon=lon)


def state(name, iso2, lat, lon, country="UA"):
    return {"name": name, "iso2": iso2, "iso3166_2": f"{country}-{iso2}", "country_code": country,
            "latitude": str(lat), "longitude": str(lon)}


def test_build_gazetteer_division_points_match_names_not_codes():
    # GeoNames' UA.14 is Luhansk, ISO's UA-14 Donetsk: the record goes to the division of its name
    donetsk, luhansk = division(709716, "UA.05", "Donetsk", 48.0, 37.8), division(702657, "UA.14", "Luhansk", 48.6, 39.3)
    cities = [town("UA.05", 48.0, 37.8), town("UA.05", 47.1, 37.5), town("UA.14", 48.6, 39.3), town("UA.14", 49.2, 38.9)]
    records = [state("Donetska", "14", 48.2, 37.7), state("Luhanska", "09", 48.9, 39.1)]
    points = build.admin1_points(records, [donetsk, luhansk], cities, TYPE_WORDS)
    assert points[709716].source == "csc:UA-14" and (points[709716].lat, points[709716].lon) == (48.2, 37.7)
    assert points[702657].source == "csc:UA-09"


def test_build_gazetteer_division_point_must_lie_among_its_cities():
    # a record of the same name placed in another division is not taken; the city-derived point stays
    georgia = division(1, "US.GA", "Georgia", 32.7, -83.4)
    cities = [town("US.GA", 33.7, -84.4), town("US.GA", 31.5, -82.0), town("US.TX", 32.0, -97.0)]
    assert build.admin1_points([state("Georgia", "GA", 32.0, -97.0, "US")], [georgia], cities, TYPE_WORDS) == {}


def test_build_gazetteer_country_points_by_iso_code():
    russia = build.Row(geonames_id=2017370, feature="country", name="Russia", country="RU", lat=55.0, lon=68.0)
    points = build.country_points([{"iso2": "RU", "latitude": "60.00000000", "longitude": "100.00000000"}], [russia])
    assert (points[2017370].lat, points[2017370].lon, points[2017370].source) == (60.0, 100.0, "csc:RU")
