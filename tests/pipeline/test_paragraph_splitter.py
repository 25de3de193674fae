def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_paragraph_splitter_a_title_without_a_stop_is_its_own_sentence(nlp):
    assert sentences(nlp, "Drones hit Kursk region overnight\n\nThe governor said two people died.") == [
        "Drones hit Kursk region overnight", "The governor said two people died."]


def test_paragraph_splitter_single_break_after_a_colon_starts_a_sentence(nlp):
    assert sentences(nlp, "The ministry said:\nTwo drones were shot down.")[0] == "The ministry said:"


def test_paragraph_splitter_table_layout_stays_one_sentence(nlp):
    assert sentences(nlp, "321\nHouses\ndestroyed") == ["321\nHouses\ndestroyed"]


def test_paragraph_splitter_hard_wrapped_line_stays_one_sentence(nlp):
    text = "Floods in the north displaced more than 1,200\nfamilies, the agency said on Monday."
    assert sentences(nlp, text) == [text]


def test_paragraph_splitter_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("wl_paragraphs") < names.index("parser")
