"""A cue that is the infinitive of an adjective after a copula starts at the copula."""
from warledger.claims.cues import find_attributions


def spans(doc):
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else None, t[f.cue[0]:f.cue[1]], t[f.content[0]:f.content[1]])
            for f in find_attributions(doc)]


def test_cues_more_likely_to_say(nlp):
    found = spans(nlp("Displaced families are far more likely to say that the shelling has grown worse."))
    assert ("Displaced families", "are far more likely to say", "that the shelling has grown worse") in found


def test_cues_quick_to_deny(nlp):
    found = spans(nlp("The ministry was quick to deny that its troops had crossed the border."))
    assert ("The ministry", "was quick to deny", "that its troops had crossed the border") in found
