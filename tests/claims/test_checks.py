"""Check statements found by their grammar (claims/checks.py), where no phrase of the lexicon names them.

Every sentence here is invented; each follows a claim whose figure the statement qualifies (or not)."""
import pytest

LEAD = "The district commissioner said 41 people were killed when rockets hit the bus station on Friday. "


def _status(extract, statement):
    result = extract(LEAD + statement)
    figure = next(f for f in result.figures if "41" in f.text)
    return figure.verification


@pytest.mark.parametrize("statement", [
    "Journalists have not been allowed into the district to verify the toll.",  # negation two heads up
    "No one outside the security forces has been able to check the figure.",  # a negative subject
    "Nobody independent of the government has verified the count.",  # not the lexicon's "has verified"
    "He posted no photographs of the victims.",  # evidence not given, the giving verb a cue
    "The commissioner has not released the names of the dead.",  # evidence not given, negated verb
    "Independent confirmation was not available.",
    "There is no way of knowing whether his toll is accurate.",
])
def test_a_check_left_undone_leaves_the_figure_unverified(extract, statement):
    assert _status(extract, statement) == "unverified"


@pytest.mark.parametrize("statement", [
    "Rebel commanders questioned the commissioner's figure.",
    "Opposition lawmakers accused the commissioner of inflating the toll.",
    "A rebel spokesman said the commissioner was lying.",
    "Rebel spokesmen ridiculed the figure.",
    "The rebels described the toll as a gross exaggeration.",
    "The army said the commissioner's figure was wrong.",
    "A spokeswoman for the rebels said the number does not correspond to reality.",
    "The claim was flatly denied by the rebels.",
    "“Nobody was killed at the station,” a rebel spokesman told reporters.",
])
def test_a_challenge_to_the_figure_disputes_it(extract, statement):
    assert _status(extract, statement) == "disputed"


@pytest.mark.parametrize("statement", [
    "The OSCE monitoring mission verified his account on Monday.",
    "Satellite imagery analysed by independent researchers corroborated the commissioner's account.",
])
def test_a_check_done_by_another_party_confirms_the_figure(extract, statement):
    assert _status(extract, statement) == "confirmed"


@pytest.mark.parametrize("statement", [
    "The rebels have regularly disputed casualty figures published by officials.",  # a habit, claims in general
    "Reporters could not verify who fired the rockets.",  # a check of an open question without a count
    "It could not be confirmed whether the station was used by fighters.",
    "It is wrong to shell a bus station, the bishop said.",  # a judgement of an act, not of a claim
    "Bodies were lying in the street for hours.",
    "The UN said it was still working to verify the toll of an earlier attack in the north.",
])
def test_statements_that_do_not_bear_on_the_figure_leave_it(extract, statement):
    assert _status(extract, statement) != "confirmed"
    if "verify the toll" not in statement:
        assert _status(extract, statement) == "unstated"


def test_a_check_of_an_open_question_that_names_the_claim_still_counts(extract):
    assert _status(extract, "Reporters could not verify whether the toll was accurate.") == "unverified"



@pytest.mark.parametrize("statement, status", [
    ('The regional commander told reporters that the figure of 13 was "simply false".', "disputed"),
    ("The army said it rejected the toll of 13 that the group gave.", "disputed"),
    ("The army said the figure of 13 was accurate.", "unstated"),  # a count upheld, not rejected
])
def test_a_count_named_in_a_claim_called_false_or_rejected_is_disputed(extract, statement, status):
    result = extract("On Monday the interior minister announced the arrest of two suspects. " + statement)
    figure = next(f for f in result.figures if f.value == 13)
    assert figure.verification == status


@pytest.mark.parametrize("statement", [
    "Journalists have yet to verify the toll.",
    "The toll remains to be confirmed.",
    "The Red Cross has yet to confirm the figure.",
])
def test_a_check_still_to_come_leaves_the_figure_unverified(extract, statement):
    assert _status(extract, statement) == "unverified"


@pytest.mark.parametrize("text", [
    "However, no infection has been found in the country since a cow tested positive in 2015.",
    "The work seems to cast doubts on the ability of the US to live up to its commitments.",
    "There is no more complete source for urban news than the Electronic Urban Report.",
    "Our power, as journalists, is to ask questions and question those who have power.",
    "Senators did not confirm a judge that the president had picked.",
])
def test_no_check_where_nothing_claimed_is_checked(nlp, text):
    from warledger.claims.checks import parsed_checks
    assert [c for s in nlp(text).sents for c in parsed_checks(s)] == []


@pytest.mark.parametrize("text", [
    "Cholera may appear if sanitary conditions for those displaced are not established.",
    "Mr. Corby expressed doubts that politicians could work things out.",
    "The WHO said 12 people had died. To raise the alert level, the organisation must confirm a significant "
    "spread of the virus in two continents.",
])
def test_no_check_in_a_condition_a_duty_or_a_doubt_about_the_future(extract, text):
    assert extract(text).verifications == []


@pytest.mark.parametrize("text", [
    "Rescuers were still searching for at least three people believed to be trapped under the rubble.",
    "Ten fishermen are feared dead after the boat sank.",
])
def test_a_count_believed_or_feared_is_hearsay(extract, text):
    assert [f.verification for f in extract(text).figures] == ["unverified"]


def test_confirming_an_appointment_or_asking_what_we_see_checks_no_count(extract):
    text = ("Rebels said 40 soldiers died on Monday. With months left in the term, the Senate has all but stopped "
            "confirming his judicial picks. And what do we see?")
    assert [f.verification for f in extract(text).figures] == ["unstated"]
    text = "Rebels said 40 soldiers died on Monday. The Red Cross confirmed the toll."
    assert [f.verification for f in extract(text).figures] == ["confirmed"]


@pytest.mark.parametrize("statement", [
    "The UN human rights office said it was still working to verify the toll.",
    "No images from the scene have emerged to support his account.",
])
def test_a_check_under_way_or_evidence_that_has_not_emerged_leaves_the_figure_unverified(extract, statement):
    assert _status(extract, statement) == "unverified"


def test_a_check_of_a_claim_restated_as_a_question_qualifies_the_claim(extract):
    assert _status(extract, "Whether 41 people died could not be confirmed.") == "unverified"


def test_a_check_tried_and_failed_leaves_the_figure_unverified(extract):
    assert _status(extract, "Efforts to verify the figure were unsuccessful.") == "unverified"
