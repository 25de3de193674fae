"""A passive cue of saying or stance with an agent: the agent is the source, the subject the content."""
from warledger.claims.cues import find_attributions


def spans(doc):
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else None, t[f.cue[0]:f.cue[1]], t[f.content[0]:f.content[1]])
            for f in find_attributions(doc)]


def test_cues_passive_with_agent(nlp):
    found = spans(nlp("The strike was confirmed by two local officials."))
    assert ("two local officials", "was confirmed", "The strike") in found


def test_cues_passive_deed_is_no_cue(nlp):
    assert spans(nlp("The town was shelled by rebels.")) == []
