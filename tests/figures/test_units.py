"""Unit normalisation and unit classes."""
from __future__ import annotations

from warledger.figures.units import is_measure_unit, is_munition_unit, normalise_unit, role_noun


def test_units_normalise_aliases():
    assert normalise_unit("people") == "person"
    assert normalise_unit("uavs") == "drone"
    assert normalise_unit("servicemen") == "soldier"
    assert normalise_unit("families") == "household"
    assert normalise_unit("attack drone") == "drone"


def test_units_keep_compound_units():
    assert normalise_unit("oil depot") == "oil depot"
    assert normalise_unit("") is None


def test_units_role_nouns_name_what_happened():
    assert role_noun("deaths") == ("person", "killed")
    assert role_noun("idps") == ("person", "displaced")
    assert role_noun("bridge") is None


def test_units_classes():
    assert is_munition_unit("cruise missile") and is_munition_unit("drone")
    assert not is_munition_unit("person")
    assert is_measure_unit("km") and is_measure_unit("year") and not is_measure_unit("house")
