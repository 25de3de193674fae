from __future__ import annotations

import json

import pytest


def places(nlp, text):
    return nlp(text)._.wl_places


def by_text(found):
    return {p.text: p for p in found}


def test_places_seed_article_places(nlp, shared):
    text = json.loads((shared / "seed" / "articles.jsonl").read_text().splitlines()[0])["text"]
    found = places(nlp, text)
    first = {}
    for p in found:
        first.setdefault(p.text, p)
    assert first["Moscow"].geonames_id == 524901
    assert first["Moscow region"].geonames_id == 524925
    assert first["Kursk region"].geonames_id == 538555
    assert first["St. Petersburg"].geonames_id == 498817
    assert (first["Ukraine"].feature, first["Ukraine"].geonames_id) == ("country", 690791)
    assert (first["Russia"].feature, first["Russia"].geonames_id) == ("country", 2017370)


def test_places_record_fields(nlp):
    text = "Drones struck an oil depot in the Bryansk region on Tuesday."
    place = by_text(places(nlp, text))["Bryansk region"]
    assert text[place.start:place.end] == "Bryansk region"
    assert place.feature == "admin1" and place.country == "RU"
    assert place.name == "Bryansk Oblast" and place.admin1 == "Bryansk Oblast"
    assert place.precision == 3 and 50 < place.lat < 56


@pytest.mark.parametrize("text, span, geonames_id", [
    ("Shelling hit the Kharkiv region overnight.", "Kharkiv region", 706482),
    ("Officials in Donetsk oblast reported two dead.", "Donetsk oblast", 709716),
    ("Fighting continued in the Zaporizhzhia Oblast.", "Zaporizhzhia Oblast", 687699),
    ("Air raid alerts sounded across Kharkivshchyna.", "Kharkivshchyna", 706482),
    ("The governor of the Belgorod Region said a drone fell.", "Belgorod Region", 578071),
    # first-level divisions called districts, counties and departments keep their word as written
    ("Some 1,900 people arrived in Zanzan district in May.", "Zanzan district", 11153063),
    ("Militants overran a post in the Alibori department.", "Alibori department", 2597271),
])
def test_places_region_phrases_name_divisions(nlp, text, span, geonames_id):
    assert by_text(places(nlp, text))[span].geonames_id == geonames_id


def test_places_coordinated_regions(nlp):
    found = by_text(places(nlp, "Troops advanced in the Kursk and Belgorod regions."))
    assert found["Kursk"].geonames_id == 538555
    assert found["Belgorod regions"].geonames_id == 578071


def test_places_bare_name_is_the_city_not_the_division(nlp):
    found = by_text(places(nlp, "A drone hit a tower block in Kursk, officials said."))
    assert found["Kursk"].feature == "populated_place"
    assert found["Kursk"].admin1 == "Kursk Oblast"


def test_places_old_and_new_spellings_resolve_alike(nlp):
    old = by_text(places(nlp, "Explosions were heard in Zaporozhye and Kiev."))
    new = by_text(places(nlp, "Explosions were heard in Zaporizhzhia and Kyiv."))
    assert old["Zaporozhye"].geonames_id == new["Zaporizhzhia"].geonames_id
    assert old["Kiev"].geonames_id == new["Kyiv"].geonames_id == 703448


def test_places_context_chooses_among_namesakes(nlp):
    us = by_text(places(nlp, "Rain flooded streets in Paris, Texas, and in nearby Dallas on Sunday."))
    assert us["Paris"].country == "US"
    fr = by_text(places(nlp, "Protesters marched in Paris and Lyon against the reform."))
    assert fr["Paris"].country == "FR"


def test_places_hierarchy_comma_names_the_container(nlp):
    found = by_text(places(nlp, "The strike hit Sudzha, Kursk region, early on Monday."))
    assert found["Sudzha"].country == "RU" and found["Sudzha"].admin1 == "Kursk Oblast"


def test_places_person_sharing_a_place_name_is_not_a_place(nlp):
    found = by_text(places(nlp, "Paris Hilton arrived late. Mr. Jordan and Sen. Kent declined to comment."))
    assert "Paris" not in found and "Paris Hilton" not in found
    assert "Jordan" not in found and "Kent" not in found


def test_places_organisation_sharing_a_place_name_is_not_a_place(nlp):
    found = by_text(places(nlp, "The Washington Post and the Moscow Times reported the deal."))
    assert "Washington" not in found and "Moscow" not in found


def test_places_demonym_modifier_implies_country(nlp):
    found = by_text(places(nlp, "Ukrainian drones attacked a Russian airfield."))
    assert found["Ukrainian"].geonames_id == 690791
    assert found["Russian"].country == "RU"


def test_places_near_a_town_has_precision_two(nlp):
    found = by_text(places(nlp, "Shells landed near Kramatorsk and in Sloviansk."))
    assert found["Kramatorsk"].precision == 2
    assert found["Sloviansk"].precision == 1


def test_places_country_leading_an_institution_is_a_place_modifier(nlp):
    found = by_text(places(nlp, "A spokesman for the U.S. Army said the base would reopen in August."))
    assert found["U.S."].country == "US"
    assert "August" not in found


def test_places_small_town_in_a_named_region_is_found(nlp):
    found = by_text(places(nlp, "Russian forces shelled Kupiansk overnight, the governor of the Kharkiv region said."))
    assert found["Kupiansk"].admin1 == "Kharkiv Oblast"


def test_places_region_phrase_after_a_list_of_towns(nlp):
    found = by_text(places(nlp, "Explosions were reported in Odesa, Mykolaiv and Zaporizhzhia oblast overnight."))
    assert found["Zaporizhzhia oblast"].geonames_id == 687699
    assert found["Mykolaiv"].feature == "populated_place"


def test_places_settlement_phrases(nlp):
    found = by_text(places(nlp, "Troops captured the village of Krasnohorivka and fought near the town of Vuhledar."))
    assert found["Krasnohorivka"].admin1 == "Donetsk Oblast" and found["Krasnohorivka"].precision == 1
    assert found["Vuhledar"].precision == 2


def test_places_outlet_country(nlp):
    recognizer = nlp.get_pipe("wl_places")
    assert recognizer.outlet_country("The Kyiv Independent") == "UA"
    assert recognizer.outlet_country("The Irish Times") == "IE"
    assert recognizer.outlet_country("ITV News") is None
    assert recognizer.outlet_country(None) is None


def test_places_state_abbreviation_after_a_town(nlp):
    found = by_text(places(nlp, "The shooting happened in Arlington, Va., on Monday night."))
    assert found["Va."].name == "Virginia" and found["Va."].feature == "admin1"
    assert found["Arlington"].admin1 == "Virginia"


def test_places_towns_listed_with_a_known_place(nlp):
    found = by_text(places(nlp, "Fighters were sent to Bakhmut, Soledar and Kreminna last winter."))
    assert found["Soledar"].country == "UA" and found["Kreminna"].country == "UA"


def test_places_seas_are_not_taken_for_namesake_divisions(nlp):
    found = by_text(places(nlp, "The Houthis fired missiles at ships in the Red Sea from Hodeidah."))
    assert found["Red Sea"].feature == "other" and found["Red Sea"].country is None  # the sea, not Red Sea State
    assert found["Hodeidah"].country == "YE"


def test_places_rivers_the_gazetteer_lacks_are_left_out(nlp):
    assert "Mississippi River" not in by_text(places(nlp, "Barges were stuck on the Mississippi River near Memphis."))


def test_places_conflict_regions_and_unions(nlp):
    found = by_text(places(nlp, "Shelling continued in the Donbas, and the EU said it would send more aid."))
    assert found["Donbas"].country == "UA" and found["Donbas"].geonames_id is None
    assert found["EU"].geonames_id == 6255148 and found["EU"].country is None  # placed as Europe


def test_places_object_of_a_war_verb(nlp):
    found = by_text(places(nlp, "Russian forces shelled Kherson overnight, killing two people."))
    assert found["Kherson"].country == "UA"


def test_places_disease_named_after_a_town(nlp):
    text = "The Marburg virus is spreading in Angola. Marburg kills more slowly than Ebola."
    assert set(by_text(places(nlp, text))) == {"Angola"}


def test_places_demonym_tagged_as_a_person_or_coordinated(nlp):
    found = by_text(places(nlp, "Azerbaijani soldiers met their Russian and Turkish counterparts."))
    assert found["Azerbaijani"].country == "AZ" and found["Turkish"].country == "TR"


def test_places_country_acronym_in_an_institution_name(nlp):
    found = by_text(places(nlp, "The US Justice Department said the EU had been told."))
    assert found["US"].country == "US" and found["EU"].geonames_id == 6255148


def test_places_area_after_a_town_is_approximate(nlp):
    found = by_text(places(nlp, "Russian troops pressed on in the Pokrovsk direction, while Kramatorsk was shelled."))
    assert found["Pokrovsk"].precision == 2 and found["Pokrovsk"].country == "UA"
    assert found["Kramatorsk"].precision == 1


def test_places_possessive_names_the_container(nlp):
    found = by_text(places(nlp, "Officials said Ukraine's Alexandria was not hit; Egypt's Alexandria was calm."))
    firsts = [p for p in places(nlp, "Officials said Ukraine's Alexandria was not hit.") if p.text == "Alexandria"]
    assert firsts and firsts[0].country == "UA"
    assert found["Egypt"].country == "EG"


def test_places_dateline_before_the_agency(nlp):
    found = by_text(places(nlp, "By JOHN DOE, Associated Press WASHINGTON (AP) — The talks will resume on Friday."))
    assert found["WASHINGTON"].country == "US"


def test_places_dateline_of_the_first_paragraph_after_a_headline(nlp):
    text = ("Gunmen kill 12 in raid on border villages\n\n"
            "BUJUMBURA, March 3 (Sahel Wire) - Gunmen killed 12 villagers overnight, the governor said.")
    found = by_text(places(nlp, text))
    assert found["BUJUMBURA"].country == "BI"
    assert "Sahel" not in found  # the agency in brackets is an outlet, not a place


def test_places_town_on_whose_outskirts_something_happened(nlp):
    found = by_text(places(nlp, "Fighters attacked an army base on the outskirts of Afgooye before dawn."))
    assert found["Afgooye"].country == "SO"


def test_places_name_at_the_head_of_a_headline_is_the_place_named_again(nlp):
    text = "EDITORIAL: Bawku deserves an honest count\n\nThe police in Bawku said 13 people had died."
    found = [p for p in places(nlp, text) if p.text == "Bawku"]
    assert len(found) == 2 and {p.country for p in found} == {"GH"}
    assert "Police" not in by_text(places(nlp, "Police said 13 people died in Bawku."))


def test_places_a_name_placed_once_is_the_same_place_elsewhere_not_inside_a_persons_name(nlp):
    text = ("Fighters attacked a base on the outskirts of Afgooye. A resident of Afgooye said shops closed.")
    assert [p.country for p in places(nlp, text) if p.text == "Afgooye"] == ["SO", "SO"]
    text = "Flooding hit Jackson, Mississippi, on Monday. Andrew Jackson High School was closed."
    assert [p.start for p in places(nlp, text) if p.text == "Jackson"] == [text.index("Jackson")]


def test_places_place_leading_a_public_body(nlp):
    found = by_text(places(nlp, "The Kharkiv Regional Council said the Kyiv Post had the story wrong."))
    assert found["Kharkiv"].country == "UA" and "Kyiv" not in found


def test_places_river_named_after_a_town_is_no_town(nlp):
    assert "Dnipro" not in by_text(places(nlp, "Troops crossed the Dnipro river near the village at night."))


def test_places_lowercase_words_are_no_places(nlp):
    assert by_text(places(nlp, "The swan was found near a pond; samples of cheddar cheese were taken.")) == {}


def test_places_demonym_after_a_sentence_opening_word(nlp):
    assert by_text(places(nlp, "Veteran Nigerian actress Joke Silva spoke on Monday."))["Nigerian"].country == "NG"


def test_places_other_spelling_of_a_city_after_a_preposition(nlp):
    assert by_text(places(nlp, "Militias from Misrata joined the offensive."))["Misrata"].country == "LY"


def test_places_canadian_province_abbreviation(nlp):
    found = by_text(places(nlp, "The dogs were taken from a farm in Fredericton, N.B., on Sunday."))
    assert found["N.B."].name == "New Brunswick"


def test_places_sudan_states_by_english_name(nlp):
    found = by_text(places(nlp, "The RSF attacked El Fasher in North Darfur and advanced into Gezira state."))
    assert found["North Darfur"].feature == "admin1" and found["North Darfur"].country == "SD"
    assert found["El Fasher"].country == "SD"


def test_places_governor_heads_the_division(nlp):
    found = by_text(places(nlp, "Belgorod Governor Vyacheslav Gladkov said the village was shelled."))
    assert found["Belgorod"].feature == "admin1" and found["Belgorod"].country == "RU"


def test_places_hyphenless_ethnicity_is_no_place(nlp):
    found = by_text(places(nlp, "African American voters in Georgia turned out in large numbers."))
    assert "African" not in found and "American" not in found and "Georgia" in found
    assert by_text(places(nlp, "The North American market grew."))["North American"].feature == "region"


def test_places_division_initials(nlp):
    found = by_text(places(nlp, "Militants attacked a checkpoint in KPK; horses in NSW were quarantined."))
    assert found["KPK"].country == "PK" and found["NSW"].name == "New South Wales"


def test_places_unresolvable_tagged_stretch_does_not_hide_a_name(nlp):
    found = by_text(places(nlp, "Representatives from the City of Santa Ana met on Monday in South West England."))
    assert found["Santa Ana"].country == "US" and found["South West England"].country == "GB"


def test_places_county_is_no_namesake_town(nlp):
    assert "Suffolk" not in by_text(places(nlp, "Suffolk County detectives found a skeleton near Southold."))
    found = by_text(places(nlp, "The swan was found at the Dresden Zoo, near the Korean Peninsula."))
    assert found["Dresden"].country == "DE" and "Korean Peninsula" in found


def test_places_continent_part_is_no_continent(nlp):
    found = by_text(places(nlp, "Jihadist groups have spread across West Africa and North Africa."))
    for name in ("West Africa", "North Africa"):
        assert found[name].name == name and found[name].feature == "region"


def test_places_feature_word_ending_a_name_is_no_place(nlp):
    found = by_text(places(nlp, "She was born in a village north of Cairo, in the Nile Delta."))
    assert "Delta" not in found and found["Cairo"].country == "EG"
    assert by_text(places(nlp, "Gunmen attacked Warri in Delta on Monday."))["Delta"].feature == "admin1"


def test_places_saint_abbreviation_in_capitals(nlp):
    # the tokeniser splits "ST." off in a dateline; the name is St. Louis, Missouri, not "LOUIS"
    found = places(nlp, "ST. LOUIS – St. Louis Police announced two arrests.")
    assert [(p.text, p.geonames_id) for p in found] == [("ST. LOUIS", 4407066), ("St. Louis", 4407066)]


def test_places_western_before_a_common_noun_is_the_west(nlp):
    found = places(nlp, "Russia expelled Western diplomats. The Western Cape is dry. A Western blot test was run.")
    western = [p for p in found if p.text == "Western"]
    assert [p.geonames_id for p in western] == [9408659]  # Western Europe; not "Western blot"
    assert by_text(found)["Western Cape"].geonames_id == 1085599


def test_places_english_modifier_is_england_not_the_language(nlp):
    found = by_text(places(nlp, "She grew up in the southern English city of Salisbury and reads English-language papers."))
    assert found["English"].geonames_id == 6269131
    assert [p.start for p in places(nlp, "He reads English-language papers and Russian speakers agree.")] == []


def test_places_country_before_a_currency_in_an_amount(nlp):
    found = by_text(places(nlp, "The projects cost 59.2 billion US dollars in 2018."))
    assert found["US"].geonames_id == 6252001


def test_places_possessive_name_owns_the_longer_name(nlp):
    found = by_text(places(nlp, "WINNIPEG — Manitoba's Opposition New Democrats said Thursday."))
    assert found["Manitoba"].geonames_id == 6065171
    assert "Moody" not in by_text(places(nlp, "An economist at Moody's Analytics says growth slowed."))


def test_places_tropical_is_no_title(nlp):
    found = by_text(places(nlp, "Sea temperatures in the tropical Atlantic are high; Tropical Storm Florence formed."))
    assert found["Atlantic"].geonames_id == 3373405
    assert "Florence" not in found


def test_places_town_before_its_division_and_a_comma(nlp):
    found = by_text(places(nlp, "The poultry trader from Sukoharjo, Central Java, died in Indonesia."))
    assert found["Sukoharjo"].geonames_id == 1626272


def test_places_every_name_of_a_list_after_a_settlement_word(nlp):
    found = by_text(places(nlp, "The virus had been detected in nearby villages of Bumbacari and Dudescu in Romania."))
    assert found["Dudescu"].geonames_id == 678787
    assert by_text(places(nlp, "It was found in the community of O'Leary in Canada."))["O'Leary"].country == "CA"


def test_places_person_stretch_with_a_place_word_is_no_person(nlp):
    text = ("The situation in SOS Children's Village Malakal is also stable. "
            "NGOs have returned to work in both Darfur and Malakal.")
    assert [p.geonames_id for p in places(nlp, text) if p.text == "Malakal"] == [370737]


def test_places_name_joined_to_a_non_place_by_a_hyphen(nlp):
    found = by_text(places(nlp, "It happened at a school in southwest Miami-Dade, according to South Florida news reports. "
                                "The Syria-Turkey border and the DPRK-South Korea talks."))
    assert "Miami" not in found
    assert {"Syria", "Turkey", "DPRK", "South Korea"} <= set(found)


def test_places_tagged_town_ending_in_a_nature_word(nlp):
    found = by_text(places(nlp, "Vassell was killed Wednesday in the Crown Heights neighborhood of Brooklyn. "
                                "Barges moved down the Mississippi River."))
    assert found["Crown Heights"].geonames_id == 5114252
    assert not any("Mississippi" in t for t in found)


def test_places_lowercase_title_word_before_a_demonym_is_an_adjective(nlp):
    found = places(nlp, "All the major European countries refused. European languages are related.")
    assert [p.geonames_id for p in found if p.text == "European"] == [6255148, 6255148]


def test_places_possessive_inside_a_name_and_country_in_a_person_stretch(nlp):
    found = by_text(places(nlp, "The threat facing the Democratic People's Republic of Korea (DPRK) grew. "
                                "Russia's Kursk region was hit. The toll: Sri Lanka - approximately 28,500."))
    assert found["Democratic People's Republic of Korea"].geonames_id == 1873107
    assert found["Kursk region"].geonames_id == 538555 and found["Russia"].geonames_id == 2017370
    assert found["Sri Lanka"].geonames_id == 1227603


def test_places_two_missed_towns_of_one_division_side_by_side(nlp):
    found = by_text(places(nlp, "Russia said the outbreak originated with coots in the Temryuk and Anapa."))
    assert (found["Temryuk"].geonames_id, found["Anapa"].geonames_id) == (483661, 582182)


def test_places_disease_name_tagged_as_person_hides_no_town(nlp):
    text = ("Ebola Reston was found in pigs. There was an outbreak among monkeys imported from the "
            "Philippines to Reston, Virginia. The Ebola-Reston strain was found again.")
    assert [p.geonames_id for p in places(nlp, text) if p.text == "Reston"] == [4781530]


def test_places_congo_alone_is_the_larger_congo_unless_the_republic_was_named(nlp):
    found = places(nlp, "Fighting in eastern Congo continued near Goma.")
    assert by_text(found)["Congo"].geonames_id == 203312
    found = places(nlp, "Nine people have died in the Republic of Congo. The government of Congo said so.")
    assert [p.geonames_id for p in found if p.text == "Congo"] == [2260494]
