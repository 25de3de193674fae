from warledger.claims.paragraphs import paragraph_bounds, sentences


def test_paragraphs_sentences_split_at_line_breaks(nlp):
    doc = nlp("Drones hit the port, officials say\n\nThe fire was put out by noon.")
    texts = [s.text.strip() for s in sentences(doc)]
    assert texts == ["Drones hit the port, officials say", "The fire was put out by noon."]


def test_paragraphs_bounds():
    text = "one\ntwo three\nfour"
    assert paragraph_bounds(text, text.index("three")) == (4, 13)
