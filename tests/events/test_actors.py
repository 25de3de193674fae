"""ACLED actor names from the actor table."""
from __future__ import annotations

from warledger.events.actors import actor_name, country_of, sides_in


def test_actors_military_forces_with_years():
    assert actor_name("RU") == "Military Forces of Russia (2000-)"
    assert actor_name("UA") == "Military Forces of Ukraine (2019-)"


def test_actors_civilians_named_after_country():
    assert actor_name("UA", "civilians") == "Civilians (Ukraine)"
    assert actor_name("US", "civilians") == "Civilians (United States)"
    assert actor_name(None) is None


def test_actors_demonyms_and_aliases():
    assert country_of("Ukrainian") == "UA"
    assert country_of("Kremlin") == "RU"
    assert country_of("Narnia") is None


def test_actors_sides_owner_of_munitions_and_subject(nlp):
    sides = sides_in(nlp("Russia said it shot down 30 Ukrainian drones.")[:])
    assert [(s.iso, s.munitions) for s in sides] == [("RU", False), ("UA", True)]
    assert sides[0].agentive


def test_actors_named_groups_matched_on_text(nlp):
    sides = sides_in(nlp("Islamic State militants seized the town from Iraqi troops.")[:])
    assert [(s.group, s.iso, s.agentive) for s in sides] == [("Islamic State", None, True), (None, "IQ", True)]


def test_actors_forces_of_a_country_act(nlp):
    [side] = sides_in(nlp("Russian forces shelled the city.")[:])
    assert side.iso == "RU" and side.agentive


def test_actors_countries_named_as_locations_are_no_parties(nlp):
    sides = sides_in(nlp("Gunmen attacked a village in Mali near the border with Niger, while Chad sent troops.")[:])
    assert [(s.iso, s.location) for s in sides] == [("ML", True), ("NE", True), ("TD", False)]


def test_actors_demonym_of_a_place_is_a_location(nlp):
    sides = sides_in(nlp("A bomb went off in the Moldovan capital as Russian troops shelled the port.")[:])
    assert [(s.iso, s.location) for s in sides] == [("MD", True), ("RU", False)]


def test_actors_named_groups_of_myanmar_and_gaza(nlp):
    sides = sides_in(nlp("The Arakan Army said Palestinian Islamic Jihad fighters were not involved.")[:])
    assert [s.group for s in sides] == ["AA: Arakan Army", "PIJ: Palestinian Islamic Jihad"]


def test_actors_a_speaker_acts_only_through_its_report(nlp):
    sides = sides_in(nlp("Russia said Ukrainian forces attacked a village in the region.")[:])
    assert [(s.iso, s.agentive) for s in sides] == [("RU", False), ("UA", True)]
    sides = sides_in(nlp("Russia's Defence Ministry said its forces had captured the village, a claim Ukraine's military denied.")[:])
    assert [(s.iso, s.agentive) for s in sides] == [("RU", True), ("UA", False)]


def test_actors_the_country_of_a_named_group_is_no_party(nlp):
    sides = sides_in(nlp("Sudan's paramilitary Rapid Support Forces said they had taken the base.")[:])
    assert [(s.iso, s.group) for s in sides] == [(None, "RSF: Rapid Support Forces")]
