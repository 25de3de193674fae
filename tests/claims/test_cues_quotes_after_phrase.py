"""A quotation after the cue's own phrase and a comma ('asked the crowd at the school, “...”')."""
from warledger.claims.cues import _quote_after_own_phrase, find_attributions
from warledger.claims.quotes import QuoteIndex

from cue_spans import spans


def test_cues_quote_after_place_of_a_question(nlp):
    found = spans(nlp("The commander asks at the checkpoint, “Any papers I can see?”"))
    assert ("The commander", "asks", "“Any papers I can see?”") in found


def test_cues_quote_after_the_hearer(nlp):
    found = spans(nlp("The mayor told local radio host Anna Berg, “The bridge will be rebuilt by May.”"))
    assert ("The mayor", "told", "“The bridge will be rebuilt by May.”") in found


def test_cues_no_quote_after_another_verb(nlp):
    doc = nlp("The mayor told the crowd that gathered outside, “Go home.”")
    told = next(t for t in doc if t.text == "told")
    assert _quote_after_own_phrase(told, QuoteIndex(doc.text)) is None  # "gathered" is another verb's clause
