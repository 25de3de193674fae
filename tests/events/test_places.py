"""Where an event happened: a union of states named as a body is no location."""

PROTEST = (
    "Police in Tbilisi detained 31 people overnight as protesters rallied outside parliament.\n\n"
    "The protests began last week after the government said it would suspend talks on joining "
    "the European Union."
)

MIGRANTS = "Border guards said on Monday that 40 migrants were detained in the EU after crossing from Belarus."


def test_places_union_named_as_a_body_does_not_locate_an_event(extract):
    result = extract(PROTEST, published="2026-11-22")
    names = {result.places[e.place].name for e in result.events if e.place is not None}
    assert names and "Europe" not in names


def test_places_union_as_object_of_locative_preposition_still_locates(extract):
    result = extract(MIGRANTS, published="2026-11-22")
    located = [result.places[e.place].text for e in result.events if e.place is not None]
    assert "EU" in located


def _place(text: str, country: str, feature: str, start: int):
    from warledger.models import Place
    return Place(start, start + len(text), text, country=country, feature=feature)


def test_places_a_stray_country_gives_way_to_the_report_setting():
    from warledger.events.places import setting_instead
    places = [_place("BAMAKO", "ML", "populated_place", 0), _place("Malian", "ML", "country", 40),
              _place("Boni", "DE", "populated_place", 90), _place("Mali", "ML", "country", 200),
              _place("Mopti region", "ML", "admin1", 300)]
    assert places[setting_instead(places, 2, 60)].country == "ML"
    assert setting_instead(places, 4, 300) is None  # a place of the setting stands
    named = places + [_place("Germany", "DE", "country", 400)]
    assert setting_instead(named, 2, 60) is None  # its country is named in the report: no stray reading
