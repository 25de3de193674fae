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
