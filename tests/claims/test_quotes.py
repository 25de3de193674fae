from warledger.claims.quotes import QuoteIndex, find_quotes


def test_quotes_curly_and_mixed_marks():
    text = 'He said: “We held the line." Then “more” came.'
    quotes = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ['“We held the line."', "“more”"]


def test_quotes_unclosed_quote_ends_with_its_paragraph():
    text = '“The first part of a long quote\n\n“The second part.”'
    quotes = find_quotes(text)
    assert text[quotes[0].start:quotes[0].end] == "“The first part of a long quote"
    assert not quotes[0].closed
    assert text[quotes[1].start:quotes[1].end] == "“The second part.”"


def test_quotes_index_finds_quote_ending_before_cue():
    text = '“We will rebuild,” the governor said.'
    index = QuoteIndex(text)
    q = index.ending_at(text.index(" the governor"))
    assert q is not None and text[q.start:q.end] == "“We will rebuild,”"


def test_quotes_participle_after_cue_does_not_end_the_quotation(nlp):
    text = "“Fine,” the colonel said, trying to smile. “We will hold the bridge until the spring.”"
    att = nlp(text)._.wl_attributions
    assert len(att) == 1 and att[0].content.text.endswith("until the spring.”")


def test_quotes_quotation_left_open_goes_on_in_next_paragraph(nlp):
    text = ("The mayor spoke to reporters. “The water is back in most districts,” she said. “Crews are still at work\n\n"
            "“The last pumps should run by Friday.”\n\nThe river is still high.")
    att = [a for a in nlp(text)._.wl_attributions if a.cue and a.cue.text == "said"]
    assert att and att[0].content.text.endswith("run by Friday.”")


def test_quotes_continuation_after_no_break_space(nlp):
    from warledger.claims.cues import find_attributions
    doc = nlp('"They sue," he said.\xa0"Everybody sues, right?"')
    (item,) = find_attributions(doc)
    assert doc.text[item.content[0]:item.content[1]].endswith('right?"')
    assert len(item.fragments) == 2


def test_quotes_curly_quotation_inside_a_straight_one_does_not_end_it():
    text = '"The ministry is not about “Justice for All” anymore. It is about control.\n\n"The rest.'
    quotes = find_quotes(text)
    assert text[quotes[0].start:quotes[0].end] == '"The ministry is not about “Justice for All” anymore. It is about control.'
    assert not quotes[0].closed
