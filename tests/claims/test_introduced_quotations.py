"""Quotations introduced by a colon: a paragraph ending 'X released the following statement:',
an inverted 'Said X:', and a name or 'From the report' set off before a colon in a list of excerpts."""
from cue_spans import spans


def test_statement_announced_at_paragraph_end_is_the_next_paragraph(nlp):
    text = ("After the flood, Governor Alma Reyes released the following statement:\n\n"
            "“Our thoughts are with the families who lost their homes tonight.”\n\nThe river fell on Monday.")
    found = spans(nlp(text))
    assert ("Governor Alma Reyes", "released the following statement:",
            "“Our thoughts are with the families who lost their homes tonight.”") in found


def test_inverted_verb_of_saying_before_a_colon(nlp):
    text = "The hall went quiet. Said Okonkwo: “We will not sign this treaty as it stands.” Then the vote began."
    found = spans(nlp(text))
    assert ("Okonkwo", "Said", "“We will not sign this treaty as it stands.”") in found


def test_name_set_off_by_a_dash_before_a_colon_and_quotation(nlp):
    text = ("TURNOUT IS UP - Early voting has broken records in the north - Lena Hart: “Turnout in the three "
            "northern counties is twice what it was four years ago.” [Ledger]")
    found = spans(nlp(text))
    assert ("Lena Hart", ":", "“Turnout in the three northern counties is twice what it was four years ago.”") in found


def test_from_the_report_before_a_colon_and_quotation(nlp):
    text = "Not all samples are alike. From the report: “Samples weighted on more variables were more accurate.”"
    found = spans(nlp(text))
    assert ("the report", ":", "“Samples weighted on more variables were more accurate.”") in found


def test_colon_after_a_plain_clause_introduces_no_one(nlp):
    text = "He has one plan for the summer - stay home: “It is too hot to travel.”"
    assert not any(c == ":" for _, c, _ in spans(nlp(text)))


def test_more_from_a_name_after_a_dash(nlp):
    text = "TURNOUT WAS THERE ALL ALONG -More from Ruiz and Chen: “Data from our panel confirms that both issues mattered.”"
    found = spans(nlp(text))
    assert ("Ruiz and Chen", ":", "“Data from our panel confirms that both issues mattered.”") in found


def test_quotation_credited_to_an_outlet_in_brackets(nlp):
    text = ("TOP STORIES.\n\nPORT STRIKE ENDS AFTER TEN DAYS “Dock workers returned to the cranes on Monday after "
            "the union accepted a pay offer of four percent.” [AP.]\n\nHOLD ON We have a trailer for “Sherlock.” [Buzzfeed]")
    found = spans(nlp(text))
    assert ("AP", "[AP.]", "“Dock workers returned to the cranes on Monday after the union accepted a pay offer of "
            "four percent.”") in found
    assert not any(c == "[Buzzfeed]" for _, c, _ in found)  # a title in quotation marks is no excerpt
