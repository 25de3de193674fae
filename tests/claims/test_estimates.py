"""Counts given as a party's estimate: 'put the toll at 31', 'gave a toll of 26'."""


def attributions(nlp, text):
    return [(a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text)
            for a in nlp(text)._.wl_attributions]


def test_estimates_put_the_toll_at_and_gave_a_toll_of(nlp):
    out = attributions(nlp, "Government spokesman Wilfried Houngbo put the toll at eight dead and 14 wounded "
                            "in a statement.")
    assert out == [("Government spokesman Wilfried Houngbo", "put", "the toll at eight dead and 14 wounded")]
    out = attributions(nlp, "By Saturday morning the Red Crescent had given a higher toll of 26.")
    assert out == [("the Red Crescent", "had given", "a higher toll of 26")]
    out = attributions(nlp, "The border service gave its own losses as three border guards killed.")
    assert out == [("The border service", "gave", "its own losses as three border guards killed")]
    out = attributions(nlp, "The emergencies ministry put the figure for the whole region at 9,500.")
    assert out == [("The emergencies ministry", "put", "the figure for the whole region at 9,500")]


def test_estimates_need_a_count_noun_and_its_value(nlp):
    for text in ("He put the bags at the door.", "She gave a speech of twenty minutes.",
                 "The army put the town under curfew.", "The ministry gave no figures."):
        assert attributions(nlp, text) == [], text


def test_estimates_make_rival_counts(nlp):
    doc = nlp("Gunmen killed at least 11 people at the post, two security sources said. "
              "The government put the toll at eight dead.")
    assert [f.verification for f in doc._.wl_figures if f.role == "killed"] == ["disputed", "disputed"]
