"""Cues that report no one's claim: the writer's own voice, and what someone did not say."""


def cues(nlp, text):
    return [a.cue.text for a in nlp(text)._.wl_attributions]


def test_the_writers_own_voice_is_no_attribution(nlp):
    assert cues(nlp, "We are confident that three vehicles were destroyed.") == []
    assert cues(nlp, "This newspaper does not know how many people died.") == []
    assert cues(nlp, '"We counted 20 bodies," a medic said.') == ["said"]


def test_what_was_not_said_is_no_attribution(nlp):
    assert cues(nlp, "The cooperative said five drivers were missing. It did not say where they were heading.") \
        == ["said"]
    assert cues(nlp, "The army said it would not say whether troops were involved.") == ["said"]


def test_citing_or_quoting_a_source_inside_another_cue_is_no_attribution(nlp):
    assert cues(nlp, "Dakar Matin, citing a source at army headquarters, says four soldiers were killed.") == ["says"]
    assert cues(nlp, "Citing a demining charity, the paper adds that mines have killed 23 people.") == ["adds"]


def test_the_interviewer_of_a_transcript_speaks_for_the_outlet(nlp):
    text = ("Valley Post: How many fighters have you lost this year?\n\n"
            "Okello: We have lost nine soldiers since March.\n\n"
            "Valley Post: The monitors say the army lost 30 men.\n\n"
            "Okello: That is not true.")
    sources = [a.source.text for a in nlp(text)._.wl_attributions]
    assert "Valley Post" not in sources
    assert sources.count("Okello") == 2
    assert [a.source.text for a in nlp("Okello: We have lost nine soldiers since March.")._.wl_attributions] == ["Okello"]


def test_claiming_lives_is_taking_them_not_saying_anything(nlp):
    assert cues(nlp, "A cholera epidemic in Zimbabwe claimed 4,288 lives.") == []
    assert cues(nlp, "The fighting has claimed the lives of 30 people.") == []
    assert cues(nlp, "The rebels claimed 30 soldiers were killed.") == ["claimed"]


def test_a_state_partys_confirming_verb_for_its_own_count_is_its_claim_not_a_check(extract):
    result = extract("1,000 turkeys have been confirmed by UK government officials as dying of avian flu.")
    assert [f.verification for f in result.figures] == ["unstated"]
    result = extract("Reports of 12 dead were confirmed by the Red Cross.")
    assert [f.verification for f in result.figures] == ["confirmed"]
