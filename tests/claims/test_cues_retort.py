"""'shot back', 'fired back': a verb of retort with 'back' is a reply in words when it takes a
clause or a quotation."""
from warledger.claims.cues import find_attributions


def spans(doc):
    t = doc.text
    return [
        (t[f.source[0]:f.source[1]] if f.source else None,
         t[f.cue[0]:f.cue[1]] if f.cue else None,
         t[f.content[0]:f.content[1]])
        for f in find_attributions(doc)
    ]


def test_cues_retort_with_quotation(nlp):
    found = spans(nlp("The governor shot back, “We have nothing to hide.”"))
    assert ("The governor", "shot back", "“We have nothing to hide.”") in found


def test_cues_retort_with_clause(nlp):
    found = spans(nlp("The ministry hit back that the report was false."))
    assert ("The ministry", "hit back", "that the report was false") in found


def test_cues_retort_without_words_is_a_deed(nlp):
    assert spans(nlp("The army hit back, shelling the town.")) == []
