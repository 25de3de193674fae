"""'shot back', 'fired back': a verb of retort with 'back' is a reply in words when it takes a
clause or a quotation."""
from cue_spans import spans


def test_cues_retort_with_quotation(nlp):
    found = spans(nlp("The governor shot back, “We have nothing to hide.”"))
    assert ("The governor", "shot back", "“We have nothing to hide.”") in found


def test_cues_retort_with_clause(nlp):
    found = spans(nlp("The ministry hit back that the report was false."))
    assert ("The ministry", "hit back", "that the report was false") in found


def test_cues_retort_without_words_is_a_deed(nlp):
    assert spans(nlp("The army hit back, shelling the town.")) == []
