"""A speaker's turn in a transcript or an interview runs to the end of its paragraph."""


def test_a_speakers_turn_holds_every_sentence_of_its_paragraph(nlp):
    text = ("Colonel Fidy Randrianarisoa commands the gendarmerie in the south.\n\n"
            "Tsingy Weekly: How many cattle have been taken?\n"
            "Randrianarisoa: About 8,000 head since January. We have recovered some 3,100 and returned them.")
    doc = nlp(text)
    turn = next(a for a in doc._.wl_attributions if a.source is not None and a.source.text == "Randrianarisoa")
    assert turn.content.text == "About 8,000 head since January. We have recovered some 3,100 and returned them"
    recovered = next(f for f in doc._.wl_figures if f.value == 3100)
    assert doc._.wl_attributions[recovered.attribution].source.text == "Randrianarisoa"


def test_a_titles_label_holds_its_own_sentence_only(nlp):
    doc = nlp("Zelensky: We will not give up. More strikes hit Kharkiv overnight.\n\nThe strikes killed two people.")
    label = [a for a in doc._.wl_attributions if a.cue is not None and a.cue.text == ":"]
    assert [a.content.text for a in label] == ["We will not give up"]
