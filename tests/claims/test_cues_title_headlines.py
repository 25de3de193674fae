"""A headline in title case: the first verb of saying, thinking or stance after a subject of
capitalised words is the cue, the words before it the source, the rest of the line the content."""
from cue_spans import spans


def test_cues_title_headline_verb_with_s(nlp):
    doc = nlp("Conservative Icon Morton Blackwell Endorses Ted Cruz.\n\nThe endorsement came on Monday.")
    assert ("Conservative Icon Morton Blackwell", "Endorses", "Ted Cruz") in spans(doc)


def test_cues_title_headline_past_with_adverb_and_preposition(nlp):
    doc = nlp("This Cable News Panel Just Dismissed Bernie Sanders’ Wall Street Tax Plan\n\nIt was a short segment.")
    assert ("This Cable News Panel", "Just Dismissed", "Bernie Sanders’ Wall Street Tax Plan") in spans(doc)
    doc = nlp("Zoe Saldana Responds To Anti-Immigrant Hate\n\nShe spoke on Monday.")
    assert ("Zoe Saldana", "Responds To", "Anti-Immigrant Hate") in spans(doc)


def test_cues_title_headline_bare_verb_after_plural_subject(nlp):
    doc = nlp("Hedge Funds Support Hillary Clinton\n\nThe filings were released on Friday.")
    assert ("Hedge Funds", "Support", "Hillary Clinton") in spans(doc)


def test_cues_title_headline_noun_before_a_verb_is_no_cue(nlp):
    doc = nlp("The Republican Tax Plans Would Hurt Families\n\nThe analysis was published on Friday.")
    assert all(cue != "Plans" for _, cue, _ in spans(doc))


def test_cues_sentence_case_line_is_no_title_headline(nlp):
    doc = nlp("Donald Trump supports a wall along the border with Mexico and plans more rallies.")
    assert all(cue not in ("Supports", "Plans") for _, cue, _ in spans(doc))


def test_cues_title_headline_bare_verb_after_auxiliary(nlp):
    doc = nlp("Bernie Sanders Doesn’t Support The Trade Deal\n\nHe spoke in Ohio.")
    assert ("Bernie Sanders", "Doesn’t Support", "The Trade Deal") in spans(doc)
