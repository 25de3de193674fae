from __future__ import annotations

import pytest

from warledger.geo.resolve import Mention, Resolver, haversine_km


@pytest.fixture(scope="module")
def resolver(gazetteer):
    return Resolver(gazetteer)


def mention(text, kind="name", parent=None, start=0):
    return Mention(start=start, end=start + len(text), text=text, lookup=text, kind=kind, parent=parent)


def resolve(resolver, *mentions):
    return [r.entry for r in resolver.resolve(list(mentions))]


def test_resolve_bare_name_prefers_city_over_its_namesake_division(resolver):
    (kursk,) = resolve(resolver, mention("Kursk"))
    assert kursk.feature == "populated_place" and kursk.country == "RU"


def test_resolve_region_phrase_prefers_the_division(resolver):
    (kursk,) = resolve(resolver, mention("Kursk", kind="region"))
    assert kursk.geonames_id == 538555
    (moscow_oblast,) = resolve(resolver, mention("Moscow", kind="region"))
    assert moscow_oblast.geonames_id == 524925  # not the federal city of Moscow


def test_resolve_without_context_takes_the_prominent_place(resolver):
    (paris,) = resolve(resolver, mention("Paris"))
    assert paris.country == "FR"


def test_resolve_document_context_changes_the_choice(resolver):
    entries = resolve(resolver, mention("Paris"), mention("Texas", start=10), mention("Dallas", start=20),
                      mention("Houston", start=30))
    assert entries[0].country == "US" and entries[0].admin1_code == "US.TX"


def test_resolve_hierarchy_parent_names_the_container(resolver):
    (london,) = resolve(resolver, mention("London", parent="Ontario"))
    assert london.country == "CA"


def test_resolve_country_name_is_the_country(resolver):
    entries = resolve(resolver, mention("Georgia"), mention("Tbilisi", start=10))
    assert entries[0].feature == "country" and entries[0].country == "GE"


def test_resolve_unknown_name_is_unresolved(resolver):
    (entry,) = resolve(resolver, mention("Qwxzyville"))
    assert entry is None


def test_resolve_haversine_km():
    assert abs(haversine_km(55.75, 37.62, 59.94, 30.31) - 634) < 10  # Moscow - St Petersburg


def test_resolve_listed_sea_or_region_beats_a_small_namesake_town(resolver):
    # US context would otherwise carry the towns Atlantic (Iowa) and Middle East
    atlantic, *_ = resolve(resolver, mention("Atlantic"), mention("Texas", start=20), mention("Florida", start=30))
    assert atlantic.name == "Atlantic Ocean"
    (middle_east,) = resolve(resolver, mention("Middle East"))
    assert middle_east.feature == "region"
    # "Atlantic, Iowa": the text places the town
    (town,) = resolve(resolver, mention("Atlantic", parent="Iowa"))
    assert town.feature == "populated_place" and town.country == "US"


def test_resolve_x_city_is_the_city_not_a_division(resolver):
    (manchester,) = resolve(resolver, mention("Manchester City"))
    assert manchester.feature == "populated_place" and manchester.country == "GB"


def test_resolve_namesake_city_counts_when_the_recogniser_kept_only_the_division(resolver, gazetteer):
    # an untagged "St. Louis" keeps Senegal's Saint-Louis region but not its town (not an English
    # name); the bare name is still a town's, so the region loses to St. Louis, Missouri
    m = mention("St. Louis")
    m.candidates = [e for e in gazetteer.lookup("St. Louis") if e.feature == "admin1" or e.country == "US"]
    assert resolve(resolver, m)[0].geonames_id == 4407066
