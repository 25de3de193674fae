"""Noun cues with a to-infinitive: the owner is the source, the infinitive the content."""
from cue_spans import spans


def test_cues_nouns_refusal_with_infinitive(nlp):
    found = spans(nlp("The government's refusal to open the crossing has angered aid groups."))
    assert ("The government's", "refusal", "to open the crossing") in found
    assert not any(cue == "to open" for _, cue, _ in found)  # the infinitive is no cue of its own


def test_cues_nouns_modifiers_join_the_cue(nlp):
    found = spans(nlp("The talks stalled after the rebels' surprise proposal to hand over the airport."))
    assert ("the rebels'", "surprise proposal", "to hand over the airport") in found


def test_cues_nouns_intention_is_no_cue(nlp):
    found = spans(nlp("His plan to visit the front was cancelled because of the shelling."))
    assert not any(cue and "plan" in cue for _, cue, _ in found)
