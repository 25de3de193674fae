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
