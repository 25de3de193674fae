from __future__ import annotations

import gzip
from pathlib import Path

from warledger.geo.gazetteer import Gazetteer, default_gazetteer, strip_type_words
from warledger.geo.names import name_key


def ids(entries):
    return [e.geonames_id for e in entries]


def test_names_name_key_folds_case_diacritics_dots_hyphens():
    assert name_key("St. Petersburg") == "st petersburg"
    assert name_key("Ivano-Frankivsk") == "ivano frankivsk"
    assert name_key("Zaporizhzhya’s") == "zaporizhzhyas"
    assert name_key("Rafaḩ") == "rafah"


def test_gazetteer_load_gives_a_full_fresh_copy():
    # load time and memory are measured by benchmarks/bench_extract.py, not by a timed test
    gazetteer = Gazetteer.load()  # a fresh copy, not the cached one
    assert len(gazetteer.entries) > 230_000
    assert gazetteer.get(524901) == default_gazetteer().get(524901)


def test_gazetteer_lookup_city_country_and_division(gazetteer):
    assert 524901 in ids(gazetteer.lookup("Moscow"))
    assert 498817 in ids(gazetteer.lookup("St. Petersburg"))
    assert 498817 in ids(gazetteer.lookup("Saint Petersburg"))
    ukraine = gazetteer.lookup("Ukraine")[0]
    assert (ukraine.geonames_id, ukraine.feature, ukraine.country) == (690791, "country", "UA")
    assert gazetteer.lookup("U.S.")[0].geonames_id == 6252001


def test_gazetteer_old_and_new_spellings_name_the_same_city(gazetteer):
    for old, new in (("Kiev", "Kyiv"), ("Zaporozhye", "Zaporizhzhia"), ("Kharkov", "Kharkiv"),
                     ("Zaporizhia", "Zaporizhzhia")):
        old_ids = [e.geonames_id for e in gazetteer.lookup(old) if e.feature == "populated_place"]
        new_ids = [e.geonames_id for e in gazetteer.lookup(new) if e.feature == "populated_place"]
        assert old_ids[0] == new_ids[0], (old, new)


def test_gazetteer_admin1_by_base_name(gazetteer):
    assert ids(gazetteer.admin1_by_base("Kursk")) == [538555]
    assert 524925 in ids(gazetteer.admin1_by_base("Moscow"))
    assert ids(gazetteer.admin1_by_base("Zaporozhye")) == [687699]
    assert gazetteer.lookup("Kharkivshchyna")[0].geonames_id == 706482


def test_gazetteer_english_names_of_divisions(gazetteer):
    kursk_city = next(e for e in gazetteer.lookup("Kursk") if e.feature == "populated_place")
    assert gazetteer.admin1_name(kursk_city) == "Kursk Oblast"
    assert gazetteer.english_name(gazetteer.get(524925)) == "Moscow Oblast"
    assert gazetteer.admin1_name(gazetteer.get(690791)) is None


def test_gazetteer_demonyms_imply_places(gazetteer):
    assert gazetteer.demonym("Ukrainian").geonames_id == 690791
    assert gazetteer.demonym("Scottish").feature == "admin1"
    assert gazetteer.demonym("Ukrainians") is None


def test_gazetteer_derived_coordinates_are_inside_the_place(gazetteer):
    moscow_oblast = gazetteer.get(524925)
    assert 54 < moscow_oblast.lat < 57 and 35 < moscow_oblast.lon < 40
    ukraine = gazetteer.get(690791)
    assert 45 < ukraine.lat < 52 and 22 < ukraine.lon < 40


def test_gazetteer_strip_type_words():
    words = ["oblast", "republic of", "krai"]
    assert strip_type_words("moscow oblast", words) == "moscow"
    assert strip_type_words("republic of tatarstan", words) == "tatarstan"
    assert strip_type_words("texas", words) == "texas"


def test_gazetteer_division_initials_are_names():
    from warledger.geo.gazetteer import default_gazetteer
    assert [e.name for e in default_gazetteer().lookup("NSW")][:1] == ["New South Wales"]


def test_gazetteer_points_file_replaces_derived_points(tmp_path):
    data = Path(__file__).resolve().parents[2] / "src" / "warledger" / "geo" / "data"
    for name in ("gazetteer.tsv.gz", "names.tsv.gz"):
        (tmp_path / name).symlink_to(data / name)
    derived = Gazetteer.load(tmp_path).get(2017370)  # Russia placed by its cities
    with gzip.open(tmp_path / "points.tsv.gz", "wt", encoding="utf-8") as handle:
        handle.write("# a comment\ngeonames_id\tlat\tlon\tsource\n2017370\t60.0\t100.0\tcsc:RU\n")
    russia = Gazetteer.load(tmp_path).get(2017370)
    assert (russia.lat, russia.lon) == (60.0, 100.0) and (derived.lat, derived.lon) != (60.0, 100.0)
    assert russia.name == derived.name and russia.population == derived.population


def test_gazetteer_packaged_points_place_large_countries_centrally(gazetteer):
    # points from the Countries States Cities package, not the centre of the cities (west Siberia)
    russia, canada = gazetteer.get(2017370), gazetteer.get(6251999)
    assert russia.lon > 90 and canada.lat > 55


def test_gazetteer_entries_build_towns_when_asked():
    gazetteer = Gazetteer.load()
    entries = gazetteer.entries
    assert 524901 in entries and 524901 in entries.lines  # Moscow: known, not built yet
    n = len(entries)
    moscow = entries[524901]
    assert (moscow.name, moscow.feature, moscow.country) == ("Moscow", "populated_place", "RU")
    assert entries.get(524901) is moscow and 524901 not in entries.lines and len(entries) == n
    assert entries.get(-999_999) is None and -999_999 not in entries
    assert sum(1 for _ in entries) == n == len(list(entries.values()))
