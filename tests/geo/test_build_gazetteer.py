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
