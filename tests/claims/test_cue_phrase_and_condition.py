"""A verb of saying with 'in a statement' as one reporting phrase; a clause of condition or
cause after the content is part of what is said; rolls of names after a label are no one's words."""
from cue_spans import spans


def test_said_in_a_statement_is_one_cue(nlp):
    found = spans(nlp("The ministry said in a press release that the talks had failed."))
    assert found == [("The ministry", "said in a press release", "that the talks had failed")]
    found = spans(nlp('"We will appeal," the party said in a written statement on Friday.'))
    assert found == [("the party", "said in a written statement", '"We will appeal,"')]


def test_said_in_an_interview_keeps_the_verb_alone(nlp):
    found = spans(nlp("She said in an interview that she would run again."))
    assert found == [("She", "said", "that she would run again")]


def test_condition_after_the_content_is_said(nlp):
    found = spans(nlp("The senator vowed to impose a tariff on imported cars unless the company cancels its new plant."))
    assert found == [("The senator", "vowed",
                      "to impose a tariff on imported cars unless the company cancels its new plant")]


def test_why_the_speaker_is_unnamed_is_not_said(nlp):
    found = spans(nlp("Two officials confirmed the meeting on condition of anonymity because they were not "
                      "authorized to discuss it."))
    assert ("Two officials", "confirmed", "the meeting on condition of anonymity") in found


def test_roll_of_names_after_a_label_is_no_claim(nlp):
    text = ("Members of the panel, not all of whom took part:\n\nOhio: Tim Alder, Brad Anders, Rob Barrow, "
            "Jeff Boyle, Bonnie Camp.\n\nContributing: Iris Oyama, Thomas Vogt.")
    assert spans(nlp(text)) == []
