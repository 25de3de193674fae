"""Phrasal cues: a particle and a preposition listed together, and 'talk up'."""
from cue_spans import spans


def test_cues_weighed_in_on(nlp):
    found = spans(nlp("The foreign ministry weighed in on the border dispute."))
    assert ("The foreign ministry", "weighed in on", "the border dispute") in found


def test_cues_opened_up_about(nlp):
    found = spans(nlp("The former hostage opened up about her months in captivity."))
    assert ("The former hostage", "opened up about", "her months in captivity") in found


def test_cues_opened_up_without_about_is_no_cue(nlp):
    assert spans(nlp("The army opened up a new front in the north.")) == []


def test_cues_talked_up(nlp):
    found = spans(nlp("The governor talked up his plan to rebuild the bridge."))
    assert ("The governor", "talked up", "his plan to rebuild the bridge") in found
