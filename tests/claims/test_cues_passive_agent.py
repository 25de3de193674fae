"""A passive cue of saying or stance with an agent: the agent is the source, the subject the content."""
from cue_spans import spans


def test_cues_passive_with_agent(nlp):
    found = spans(nlp("The strike was confirmed by two local officials."))
    assert ("two local officials", "was confirmed", "The strike") in found


def test_cues_passive_deed_is_no_cue(nlp):
    assert spans(nlp("The town was shelled by rebels.")) == []
