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


def test_estimates_a_value_hung_on_a_participle_of_the_object_and_in_quotation_marks(nlp):
    out = attributions(nlp, 'The de facto security service puts the number of Georgians detained this year at '
                            '"fewer than 20".')
    assert out == [("The de facto security service", "puts",
                    'the number of Georgians detained this year at "fewer than 20"')]


def test_estimates_a_bare_number_given_is_a_count_given(nlp):
    out = attributions(nlp, "The force itself gives 11.")
    assert out == [("The force itself", "gives", "11")]
    assert attributions(nlp, "We give 11.") == []  # the writer's own
    assert attributions(nlp, "He gave 20 dollars to the boy.") == []


def test_estimates_the_parts_named_with_the_value_are_its_own(nlp):
    out = attributions(nlp, "Local officials put the death toll at 12, including four children, and said 30 others "
                            "were injured.")
    assert out[0] == ("Local officials", "put", "the death toll at 12, including four children")


def test_estimates_need_a_count_noun_and_its_value(nlp):
    for text in ("He put the bags at the door.", "She gave a speech of twenty minutes.",
                 "The army put the town under curfew.", "The ministry gave no figures."):
        assert attributions(nlp, text) == [], text


def test_estimates_make_rival_counts(nlp):
    doc = nlp("Gunmen killed at least 11 people at the post, two security sources said. "
              "The government put the toll at eight dead.")
    assert [f.verification for f in doc._.wl_figures if f.role == "killed"] == ["disputed", "disputed"]


def test_a_body_that_registers_or_counts_gives_its_own_count(nlp):
    out = attributions(nlp, "The UN refugee agency registered 1,900 people arriving in the district in May.")
    assert out == [("The UN refugee agency", "registered", "1,900 people arriving in the district in May")]
    out = attributions(nlp, "The ministry has counted 28 attacks since 2011.")
    assert out == [("The ministry", "has counted", "28 attacks since 2011")]


def test_the_writers_own_count_and_a_count_told_by_someone_else_are_not_estimates(nlp):
    for text in ("We documented 212 deaths in custody.", "Our teams have registered 640 of them at the sites.",
                 "The agency registered the new arrivals."):
        assert attributions(nlp, text) == [], text
    told = attributions(nlp, "A spokesperson said the agency's teams had registered 2,400 children.")
    assert [a[0] for a in told] == ["A spokesperson"]


def test_by_someones_count_names_whose_count_it_is(nlp):
    out = attributions(nlp, "More than 200 people have been killed since 2021, by the police's own count.")
    assert out == [("the police", "by the police's own count", "More than 200 people have been killed since 2021")]
    out = attributions(nlp, "By the government's count, 1,000 people have been detained.")
    assert out == [("the government", "By the government's count", "1,000 people have been detained")]
    for own in ("By this newspaper's count, 73 people were killed.",
                "Officials told the Herald the road was shut. 17 attacks have been made since 2023, by the "
                "Herald's count."):
        assert all(a[0] is None or "newspaper" not in a[0] and "Herald" not in a[0]
                   for a in attributions(nlp, own) if a[1] and "count" in a[1]), own
        assert not any(a[1] and "count" in a[1] for a in attributions(nlp, own)), own


def test_a_possessed_count_with_its_value_is_the_possessors(nlp):
    doc = nlp("Two bodies are visible in the video, but the Polisario's toll of six has not been checked.")
    six = next(f for f in doc._.wl_figures if f.value == 6)
    assert doc._.wl_attributions[six.attribution].source.text == "the Polisario"
    assert attributions(nlp, "Its toll of 12 was revised.") == []
    assert attributions(nlp, "The toll of 12 was revised.") == []
