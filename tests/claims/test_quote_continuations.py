"""Quotations that go on after their cue, and cues set off by commas that the parser hung elsewhere."""
from cue_spans import spans


def test_quotation_after_cue_goes_on_past_a_modifier_the_parser_gave_the_cue(nlp):
    # the quoted words after the cue may be parsed as the cue's prepositional modifier
    text = '"The plan seems less popular," the Daily Ledger wrote, "given the cost of the bridge and the delays."'
    found = spans(nlp(text))
    assert found == [("the Daily Ledger", "wrote",
                      '"The plan seems less popular," the Daily Ledger wrote, "given the cost of the bridge and the delays."')]


def test_plain_content_before_cue_goes_on_in_quotation_after_it(nlp):
    text = "The roads were empty, she added, “but the shops stayed open all night.”"
    found = spans(nlp(text))
    assert found == [("she", "added", "The roads were empty, she added, “but the shops stayed open all night.”")]


def test_quotation_goes_on_after_a_quoted_title_that_ends_the_cue_sentence(nlp):
    text = ('"The tax is a bigger worry than it was," Ms. Okafor said in an interview on the program "Morning Hour." '
            '"Nobody expected the rise to be this fast."')
    found = spans(nlp(text))
    assert len(found) == 1 and found[0][2].endswith('"Nobody expected the rise to be this fast."')


def test_words_of_a_quotation_hung_on_the_cue_are_not_its_subject(nlp):
    # the parser may take the quotation's last clause ("it will ...") for the subject of "said"
    text = ('"If the levee does not hold this week, it will at some point, probably sooner rather than later," '
            'said Tomas Berg, an engineer who works for the county. "The river is simply too high."')
    found = spans(nlp(text))
    assert len(found) == 1
    source, cue, content = found[0]
    assert source.startswith("Tomas Berg") and cue == "said"
    assert content.startswith('"If the levee') and content.endswith('too high."')


def test_speaker_set_off_inside_a_sentence_the_parser_broke(nlp):
    text = "The new ferry, Mr. Lindqvist said, carried twice as many passengers as the old one."
    found = spans(nlp(text))
    assert ("Mr. Lindqvist", "said",
            "The new ferry, Mr. Lindqvist said, carried twice as many passengers as the old one") in found


def test_inverted_speaker_set_off_at_sentence_end(nlp):
    text = ("In nearby Harlow, the old mill is still running, but it is under pressure from cheap imports, "
            "said the company's owner, Jane Q. Marsh.")
    found = spans(nlp(text))
    assert any(s == "the company's owner, Jane Q. Marsh" and c == "said" and t.endswith("cheap imports")
               for s, c, t in found)
