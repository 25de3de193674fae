"""A cue that is the infinitive of an adjective after a copula starts at the copula."""
from cue_spans import spans


def test_cues_more_likely_to_say(nlp):
    found = spans(nlp("Displaced families are far more likely to say that the shelling has grown worse."))
    assert ("Displaced families", "are far more likely to say", "that the shelling has grown worse") in found


def test_cues_quick_to_deny(nlp):
    found = spans(nlp("The ministry was quick to deny that its troops had crossed the border."))
    assert ("The ministry", "was quick to deny", "that its troops had crossed the border") in found
