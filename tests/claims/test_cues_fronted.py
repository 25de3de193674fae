"""A clause of condition, contrast or cause that opens the sentence before a set-off 'X said,'
belongs to the content."""
from warledger.claims.cues import find_attributions


def found(nlp, text):
    doc = nlp(text)
    t = doc.text
    return [(t[f.source[0]:f.source[1]] if f.source else None, t[f.cue[0]:f.cue[1]],
             [t[a:b] for a, b in f.fragments] or [t[f.content[0]:f.content[1]]]) for f in find_attributions(doc)]


def test_cues_fronted_condition_joins_the_content(nlp):
    items = found(nlp, "If the army withdraws, the governor said, the town will fall within days.")
    assert ("the governor", "said", ["If the army withdraws", "the town will fall within days"]) in items


def test_cues_fronted_contrast_before_a_quotation(nlp):
    items = found(nlp, "While the ceasefire is holding, he said, “the shelling has not stopped.”")
    assert items[0][0:2] == ("he", "said")
    assert items[0][2][0] == "While the ceasefire is holding"


def test_cues_fronted_time_clause_stays_out(nlp):
    items = found(nlp, "When the army withdrew, the governor said, the town fell.")
    assert ("the governor", "said", ["the town fell"]) in items


def test_cues_relative_pronoun_is_the_object_held(nlp):
    items = found(nlp, "He proposed raising taxes on investment income, which Clinton also supports.")
    assert ("Clinton", "also supports", ["which"]) in items
    items = found(nlp, "There were allegations that he assaulted her, which he has denied.")
    assert ("he", "has denied", ["which"]) in items


def test_cues_relative_pronoun_object_of_a_deed_is_no_content(nlp):
    assert found(nlp, "The bill, which the Senate passed on Friday, is now law.") == []


def test_cues_relative_pronoun_with_more_complement_is_not_the_content(nlp):
    items = found(nlp, "It fights a rival faction, whom it accuses of working with the army.")
    assert all(content != ["whom"] for _, _, content in items)
