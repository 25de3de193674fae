from warledger.claims import verification_at
from warledger.models import Verification


def test_verification_anaphor_scopes_previous_sentence(nlp):
    text = ("The army said it destroyed 12 tanks near the river. "
            "Those claims could not be independently verified.")
    doc = nlp(text)
    statements = doc._.wl_verifications
    assert statements and statements[0].status == "unverified"
    figure = text.index("12 tanks")
    assert verification_at(doc, figure, figure + 8) == "unverified"


def test_verification_standalone_paragraph_covers_previous_paragraph(nlp):
    text = ("Officials reported that 40 people were injured. They said 9 were in hospital.\n\n"
            "These figures are not able to be verified.\n\n"
            "Later, 5 more people were hurt.")
    doc = nlp(text)
    for needle in ("40 people", "9 were"):
        pos = text.index(needle)
        assert verification_at(doc, pos, pos + len(needle)) == "unverified"
    later = text.index("5 more")
    assert verification_at(doc, later, later + 6) == "unstated"


def test_verification_inline_without_evidence(nlp):
    text = "The militia claimed, without providing evidence, that it had captured 30 soldiers."
    doc = nlp(text)
    assert doc._.wl_attributions[0].verification == "unverified"


def test_verification_not_confirmed_is_not_confirmation(nlp):
    doc = nlp("The report has not been independently confirmed.")
    assert [v.status for v in doc._.wl_verifications] == ["unverified"]


def test_verification_confirmed_and_disputed(nlp):
    text = ("Rebels said they shot down a helicopter. The government denied the claim.\n\n"
            "Satellite images independently verified by analysts show 3 craters.")
    doc = nlp(text)
    statuses = {v.status for v in doc._.wl_verifications}
    assert {"disputed", "confirmed"} <= statuses
    heli = text.index("a helicopter")
    assert verification_at(doc, heli, heli + 12) == "disputed"


def test_verification_hedge_marks_its_clause(nlp):
    text = "Troops reportedly entered the village on Sunday."
    doc = nlp(text)
    pos = text.index("entered")
    assert verification_at(doc, pos, pos + 7) == "unverified"


def test_verification_at_prefers_narrowest_scope():
    items = [Verification(0, 5, "x", "unverified", 0, 100), Verification(10, 20, "y", "confirmed", 30, 60)]
    assert verification_at(items, 40, 45) == "confirmed"
    assert verification_at(items, 70, 75) == "unverified"
    assert verification_at(items, 200, 210) == "unstated"


def test_verification_negated_confirmation_is_unverified(nlp):
    doc = nlp("Neither side's battlefield claims could be independently verified.")
    assert [v.status for v in doc._.wl_verifications] == ["unverified"]


def test_verification_check_is_not_an_attribution(nlp):
    doc = nlp("The news agency could not independently confirm the report.")
    assert doc._.wl_attributions == []
    assert doc._.wl_verifications[0].status == "unverified"


def test_verification_more_unverified_forms(nlp):
    for text in ("The Guardian has not been able to verify the account.",
                 "It was not immediately possible to verify the claims.",
                 "Russia has claimed, without evidence, that the dam was mined."):
        assert [v.status for v in nlp(text)._.wl_verifications] == ["unverified"], text


def test_verification_denial_disputes_the_claim_before(nlp):
    text = ("The army said its artillery destroyed 4 tanks near the river.\n\n"
            "The other side denied that any tanks had been lost.")
    doc = nlp(text)
    pos = text.index("4 tanks")
    assert verification_at(doc, pos, pos + 7) == "disputed"


def test_verification_neither_account_reaches_back_over_paragraphs(nlp):
    text = ("Rebels said they had captured 3 villages.\n\n"
            "The government said its troops had repelled 5 attacks.\n\n"
            "Neither account could be independently verified.")
    doc = nlp(text)
    for needle in ("3 villages", "5 attacks"):
        pos = text.index(needle)
        assert verification_at(doc, pos, pos + len(needle)) == "unverified", needle


def test_verification_claim_noun_with_relative_clause_is_disputed(nlp):
    text = "The militia said it had captured 30 soldiers, a claim the army rejected."
    doc = nlp(text)
    assert [a.verification for a in doc._.wl_attributions] == ["disputed"]


def test_verification_claim_noun_with_passive_is_disputed(nlp):
    for text in ("Officials said 12 villages were shelled, a claim denied by the rebels.",
                 "The ministry said 40 fighters were killed, figures disputed by the other side."):
        doc = nlp(text)
        assert [a.verification for a in doc._.wl_attributions] == ["disputed"], text


def test_verification_account_that_someone_dismissed_is_disputed(nlp):
    text = "Witnesses said the convoy was hit twice, an account that the governor dismissed as rumour."
    doc = nlp(text)
    pos = text.index("the convoy")
    assert verification_at(doc, pos, pos + 10) == "disputed"


def test_verification_complement_clause_after_claim_is_not_a_dispute(nlp):
    doc = nlp("The spokesman repeated a claim that the army rejected the offer of talks.")
    assert all(v.status != "disputed" for v in doc._.wl_verifications)


def test_verification_remote_figures_statement_reaches_the_paragraphs_of_figures(nlp):
    text = ("At least 12 people were killed and 30 wounded in the blast, rescuers said.\n\n"
            "A clinic nearby took in 9 of the wounded, a nurse said.\n\n"
            "The rebels denied any role in the blast.\n\n"
            "The figures could not be independently verified.")
    doc = nlp(text)
    for needle in ("12 people", "30 wounded", "9 of the wounded"):
        pos = text.index(needle)
        assert verification_at(doc, pos, pos + len(needle)) == "unverified", needle


def test_verification_toll_statement_skips_counts_that_are_not_casualties(nlp):
    text = ("The army said 40 fighters were killed in the clash.\n\n"
            "A farmer said 25 houses were burned.\n\n"
            "The toll given for the fighters could not be verified.")
    doc = nlp(text)
    fighters, houses = text.index("40 fighters"), text.index("25 houses")
    assert verification_at(doc, fighters, fighters + 11) == "unverified"
    assert verification_at(doc, houses, houses + 9) == "unstated"


def test_verification_narrowed_statement_takes_the_paragraph_it_names(nlp):
    text = ("A shell hit the bus station on Monday, killing 8 people, the governor said.\n\n"
            "Across the province, 20 people were killed this week, the ministry said.\n\n"
            "Officials could not verify the casualty figures from the bus station.")
    doc = nlp(text)
    station, week = text.index("8 people"), text.index("20 people")
    assert verification_at(doc, station, station + 8) == "unverified"
    assert verification_at(doc, week, week + 9) == "unstated"


def test_verification_ages_and_durations_are_not_counts(nlp):
    text = ("Rescuers said 6 people died when the bridge fell.\n\n"
            "A 45-year-old driver said he had waited two hours.\n\n"
            "These figures could not be verified.")
    doc = nlp(text)
    pos = text.index("6 people")
    assert verification_at(doc, pos, pos + 8) == "unverified"


def test_verification_denial_of_blame_does_not_dispute_the_toll(nlp):
    text = ("Medics said 15 people were killed in the market.\n\n"
            "The army denied that its units had targeted civilians.")
    doc = nlp(text)
    pos = text.index("15 people")
    assert verification_at(doc, pos, pos + 9) == "unstated"


def test_verification_denial_of_the_facts_still_disputes(nlp):
    text = ("The rebels said they shot down 3 helicopters.\n\n"
            "The army denied that any aircraft had been lost.")
    doc = nlp(text)
    pos = text.index("3 helicopters")
    assert verification_at(doc, pos, pos + 13) == "disputed"


def test_verification_a_party_denying_after_its_own_claims_does_not_dispute_them(nlp):
    text = ("The army said 200 rebels had been killed in the offensive. "
            "The army denied that many civilians were killed in the bombardment.")
    doc = nlp(text)
    pos = text.index("200 rebels")
    assert verification_at(doc, pos, pos + 10) == "unstated"


def test_verification_a_different_account_disputes_the_claims_before(nlp):
    text = ("The militants said they killed 50 soldiers in the raid.\n\n"
            "The army gave a different account.")
    doc = nlp(text)
    pos = text.index("50 soldiers")
    assert verification_at(doc, pos, pos + 11) == "disputed"


def test_verification_images_reviewed_by_the_outlet_confirm(nlp):
    text = "Satellite images reviewed by the newspaper showed 22 burned vehicles at the depot."
    doc = nlp(text)
    pos = text.index("22 burned vehicles")
    assert verification_at(doc, pos, pos + 18) == "confirmed"


def test_verification_a_denial_phrase_is_not_a_check_and_keeps_its_attribution(nlp):
    from warledger.claims.verification import phrase_spans

    text = "The army said it shot down 4 drones. Officials in Kyiv rejected the claim."
    assert phrase_spans(text) == []
    assert phrase_spans("The claim could not be independently verified.")
    doc = nlp(text)
    assert "rejected" in [a.cue.text for a in doc._.wl_attributions if a.cue]
    pos = text.index("4 drones")
    assert verification_at(doc, pos, pos + 8) == "disputed"


def test_verification_a_claimants_figures_reach_back_over_its_paragraphs(nlp):
    text = ("The navy said it sank 3 boats and seized 2 others, the navy's spokesman said.\n\n"
            "The navy said in a statement that 14 sailors were rescued. "
            "The newspaper could not independently verify the navy's figures.")
    doc = nlp(text)
    for needle in ("3 boats", "2 others", "14 sailors"):
        pos = text.index(needle)
        assert verification_at(doc, pos, pos + len(needle)) == "unverified", needle


def _at(doc, text, needle):
    pos = text.index(needle)
    return verification_at(doc, pos, pos + len(needle))


def test_the_figures_reach_every_paragraph_of_counts_just_before(nlp):
    text = ("Gunmen killed at least 52 civilians on Monday, according to residents.\n\n"
            "A teacher said he had helped bury 17 people in a single grave.\n\n"
            "An aid worker said 3,150 people had registered as displaced.\n\n"
            "The figures could not be independently confirmed.")
    doc = nlp(text)
    for needle in ("52 civilians", "17 people", "3,150 people"):
        assert _at(doc, text, needle) == "unverified", needle


def test_any_of_the_figures_reaches_over_several_claimants(nlp):
    text = ("The health ministry said 38 people had been killed.\n\n"
            "A monitoring group said 61 people had been killed.\n\n"
            "The agency could not independently verify any of the figures.")
    doc = nlp(text)
    assert _at(doc, text, "38 people") == "unverified"


def test_gave_no_evidence_qualifies_the_claim_before(nlp):
    text = ("The army said air strikes had killed more than 100 fighters since Monday. "
            "It gave no evidence.")
    doc = nlp(text)
    assert _at(doc, text, "100 fighters") == "unverified"


def test_a_ministrys_figures_are_those_its_minister_gave(nlp):
    text = ("The defence minister said two soldiers had been killed and seven wounded in the attack.\n\n"
            "The ministry's figures could not be independently confirmed.")
    doc = nlp(text)
    assert _at(doc, text, "two soldiers") == "unverified"


def test_the_death_toll_qualifies_counts_of_the_dead_not_places_hit(extract):
    text = ("Drones hit a fuel depot and killed at least 13 people in the city, the governor said.\n\n"
            "The death toll has not been independently confirmed.")
    result = extract(text)
    status = {f.text: f.verification for f in result.figures}
    assert status["at least 13 people"] == "unverified"
    assert status["a fuel depot"] == "unstated"


def test_neither_account_could_be_checked(extract):
    result = extract("The army said it killed 9 fighters. The group said 22 soldiers died.\n\n"
                     "Neither account could be checked.")
    assert [f.verification for f in result.figures] == ["unverified", "unverified"]


def test_an_independent_party_confirming_the_toll(extract):
    result = extract("Gunmen killed at least 27 people in the town, the UN office said.\n\n"
                     "The director of the town's hospital confirmed the toll in a phone interview.")
    assert result.figures[0].verification == "confirmed"
    denied = extract("The army said it killed 9 fighters. The ministry did not confirm the toll.")
    assert denied.figures[0].verification == "unverified"


def test_either_at_the_end_means_also_not_several_accounts(nlp):
    text = ("Drones hit a fuel depot and killed 13 people in the city, the governor said.\n\n"
            "The army said it had shot down 17 drones. The rebels said they hit only military targets.\n\n"
            "The toll has not been confirmed. The rebels' denial could not be verified either.")
    doc = nlp(text)
    scopes = [v for v in doc._.wl_verifications if "either" in v.text]
    assert scopes and all(v.scope_start > text.index("17 drones") for v in scopes)


def test_figures_named_by_what_they_count(extract):
    result = extract("A drone attack killed two people in the town, the governor said. The air force said 39 drones "
                     "had been shot down and two missiles launched.\n\n"
                     "The agency could not independently verify the figures given by either side for drones and missiles.")
    status = {f.text: f.verification for f in result.figures}
    assert status["two people"] == "unstated"
    assert status["39 drones"] == "unverified"
    assert status["two missiles"] == "unverified"


def test_a_partys_claim_named_by_its_possessor(extract):
    result = extract("Russia said it destroyed 30 drones overnight. Ukraine said 5 drones hit targets in the region. "
                     "Russia's claim could not be verified.")
    status = {f.text: f.verification for f in result.figures}
    assert status["30 drones"] == "unverified"
    assert status["5 drones"] == "unstated"


def test_a_partys_figures_named_by_a_nationality_word(extract):
    result = extract("Russia said it destroyed 30 drones overnight.\n\n"
                     "Ukraine's air force said 5 drones hit targets in the region.\n\n"
                     "The Russian figures could not be verified.")
    status = {f.text: f.verification for f in result.figures}
    assert status["30 drones"] == "unverified"
    assert status["5 drones"] == "unstated"


def test_an_owners_figures_include_what_he_said_next(extract):
    result = extract("The defence minister said two soldiers had been killed. "
                     "Local officials said 14 homes were damaged.\n\n"
                     "He said the army had shot down three of the drones.\n\n"
                     "The ministry's figures could not be independently confirmed.")
    status = {f.text: f.verification for f in result.figures}
    assert status["two soldiers"] == "unverified"
    assert status["14 homes"] == "unstated"


def test_how_a_check_was_made_does_not_narrow_what_it_checks(extract):
    result = extract("Gunmen killed at least 27 people in the town, the UN office said.\n\n"
                     "A spokeswoman said the office had received reports of abuses.\n\n"
                     "The hospital's director confirmed the toll in a phone interview with a local radio station.")
    assert result.figures[0].verification == "confirmed"


def test_yet_to_be_verified_is_no_confirmation(extract):
    for statement in ("The claim has yet to be independently verified.", "Independent verification was not possible."):
        result = extract("The army said it killed 12 fighters. " + statement)
        assert result.figures[0].verification == "unverified", statement
    inline = extract("The army said it killed 12 fighters, without independent verification.")
    assert inline.figures[0].verification == "unverified"
    confirmed = extract("The army said it killed 12 fighters. The claim was independently verified by the UN.")
    assert confirmed.figures[0].verification == "confirmed"


def test_figures_called_absurd_or_said_to_be_fabricated_are_disputed(extract):
    for statement in ("Kyiv called the figures absurd.", "Ukraine said the Russian figures were exaggerated."):
        result = extract("Russia said it killed 300 Ukrainian soldiers. " + statement)
        assert result.figures[0].verification == "disputed", statement
    reported = extract("Residents said 13 people were killed in the strike. "
                       "The RSF said reports of civilian deaths were fabricated.")
    assert reported.figures[0].verification == "disputed"
    unrelated = extract("Residents said 13 people were killed in the strike. The army said the strike was a success.")
    assert unrelated.figures[0].verification == "unstated"


def test_an_independent_body_confirming_what_a_party_claimed(extract):
    result = extract("The rebels said they had fired two missiles at a ship in the Red Sea.\n\n"
                     "The UKMTO agency confirmed that a merchant vessel had been targeted with two missiles.")
    assert {f.verification for f in result.figures} == {"confirmed"}
    party = extract("The rebels said they had killed 10 soldiers.\n\nThe army confirmed that two soldiers were killed.")
    assert "confirmed" not in {f.verification for f in party.figures}  # a party's word checks nothing (rivals here)


def test_verification_checks_by_other_verbs_and_split_infinitives(nlp):
    # "established", "ascertain", "assess" are checks too; an adverb may split the infinitive
    for text in ("The death toll could not be independently established.",
                 "There was no way to independently confirm the toll.",
                 "The agency was unable to ascertain the number of dead.",
                 "The newspaper could not independently assess the claims.",
                 "The militia claimed, citing no evidence, that it had captured 30 soldiers."):
        assert [v.status for v in nlp(text)._.wl_verifications] == ["unverified"], text


def test_verification_made_impossible_points_back(nlp):
    text = ("The governor said 14 people had been killed in the shelling.\n\n"
            "Journalists are barred from the area, making independent verification impossible.")
    doc = nlp(text)
    pos = text.index("14 people")
    assert verification_at(doc, pos, pos + 9) == "unverified"


def test_verification_adverbs_anywhere_in_the_check(nlp):
    for text in ("The claims could not immediately be verified.",
                 "The report could not be independently and immediately confirmed.",
                 "Verification of the figures was not possible."):
        assert [v.status for v in nlp(text)._.wl_verifications] == ["unverified"], text


def test_verification_rejecting_someones_account_disputes_it(nlp):
    text = ("The regional governor said 14 people had been killed in the shelling. "
            "Russia rejected the governor's account as a fabrication.")
    doc = nlp(text)
    pos = text.index("14 people")
    assert verification_at(doc, pos, pos + 9) == "disputed"


def test_verification_anaphor_with_its_count_in_its_own_sentence(nlp):
    text = ("The war began in 2023. Local authorities said about 1,800 people had fled to a transit site, "
            "and the UN refugee agency confirmed the figure on Monday evening.")
    doc = nlp(text)
    pos = text.index("1,800 people")
    assert verification_at(doc, pos, pos + 12) == "confirmed"
    text = "The war began in 2023. Police said 3 people were killed, but the figure could not be verified."
    doc = nlp(text)
    pos = text.index("3 people")
    assert verification_at(doc, pos, pos + 8) == "unverified"


def test_verification_figures_from_both_sides_are_narrowed_to_no_one(nlp):
    text = ("The army said rockets hit Surin, killing four civilians and wounding 19.\n\n"
            "How many have fled?\n\nOfficials say about 38,000 residents have moved into shelters.\n\n"
            "Can any of this be checked?\n\n"
            "Only partly. The casualty figures from both sides have not been independently verified.")
    doc = nlp(text)
    for needle in ("four civilians", "19"):
        pos = text.index(needle)
        assert verification_at(doc, pos, pos + len(needle)) == "unverified", needle
    pos = text.index("38,000")
    assert verification_at(doc, pos, pos + 6) == "unstated"


def test_verification_a_partys_account_is_every_claim_of_it(nlp):
    text = ("KDF says 27 fighters killed in forest raid\n\n"
            "The Kenya Defence Forces say soldiers killed 27 militants and destroyed three camps.\n\n"
            "The statement said two soldiers were killed and five wounded.\n\n"
            "The military also said troops had recovered 16 rifles.\n\n"
            "Fishermen said they had heard helicopters for several days.\n\n"
            "The release carried no photographs, so the Observer could not check the military's account.")
    doc = nlp(text)
    for needle in ("27 militants", "three camps", "five wounded", "16 rifles", "27 fighters"):
        pos = text.index(needle)
        assert verification_at(doc, pos, pos + len(needle)) == "unverified", needle


def test_verification_casualty_figures_reach_over_a_paragraph_without_counts(nlp):
    text = ("Seven soldiers were killed and four wounded in the ambush, the joint command said.\n\n"
            "It blamed the attack on the guerrillas, who could not be reached.\n\n"
            "The defence minister said two of the attackers had been killed.\n\n"
            "The casualty figures could not be independently verified.")
    doc = nlp(text)
    for needle in ("Seven soldiers", "four wounded", "two of the attackers"):
        pos = text.index(needle)
        assert verification_at(doc, pos, pos + len(needle)) == "unverified", needle


def test_verification_these_figures_stop_at_a_paragraph_without_counts(nlp):
    text = ("In the past week, they have also struck three bridges.\n\n"
            "Ukraine has stepped up aerial assaults on Russian soil.\n\n"
            "Tass reported that 31 people had died.\n\n"
            "These figures are not able to be verified.")
    doc = nlp(text)
    pos = text.index("three bridges")
    assert verification_at(doc, pos, pos + 13) == "unstated"


def test_verification_what_the_reporter_counted_is_confirmed(nlp):
    text = ("Local officials told me that 11 houses were destroyed. Before a soldier asked me to leave, "
            "I counted nine houses reduced to rubble.\n\n\u201cI saw 20 bodies,\u201d a resident said.")
    doc = nlp(text)
    pos = text.index("nine houses")
    assert verification_at(doc, pos, pos + 11) == "confirmed"
    for needle in ("11 houses", "20 bodies"):
        pos = text.index(needle)
        assert verification_at(doc, pos, pos + len(needle)) == "unstated", needle


def test_verification_rejecting_that_points_back(nlp):
    text = ("Cambodia's defence ministry said the jets hit a pagoda and a road. "
            "The air force rejected that, saying every target had been military.")
    doc = nlp(text)
    pos = text.index("a pagoda")
    assert verification_at(doc, pos, pos + 8) == "disputed"


def test_verification_a_dispute_of_what_follows_it(nlp):
    text = ("The ship's manager said all 22 crew members were safe, contradicting a report by state "
            "television that several sailors had been killed.")
    doc = nlp(text)
    pos = text.index("several sailors")
    assert verification_at(doc, pos, pos + 15) == "disputed"
    pos = text.index("22 crew")
    assert verification_at(doc, pos, pos + 7) == "unstated"


def test_verification_rejecting_allegations_leaves_the_counts_before(nlp):
    text = ("About 18,500 people have been newly displaced in the province this year, the envoy said.\n\n"
            "The ambassador rejected what she called unverified allegations against the national army.")
    doc = nlp(text)
    pos = text.index("18,500")
    assert verification_at(doc, pos, pos + 6) == "unstated"


def test_verification_a_restated_claim_qualifies_the_claims_that_gave_its_count(nlp):
    text = ("A video shared by a student group says soldiers killed 40 civilians in the village.\n\n"
            "Police say seven people died.\n\n"
            "The army says it killed seven militants in a gunfight.\n\n"
            "We found no evidence to support the claim that 40 civilians were killed.")
    doc = nlp(text)
    pos = text.index("40 civilians")
    assert verification_at(doc, pos, pos + 12) == "unverified"
    for needle in ("seven people", "seven militants"):
        pos = text.index(needle)
        assert verification_at(doc, pos, pos + len(needle)) == "unstated", needle


def test_verification_passive_reports_mark_their_own_sentence(nlp):
    text = ("Police said 3 people were killed. Twelve soldiers are said to have been killed. "
            "The government is said to be considering talks.")
    doc = nlp(text)
    pos = text.index("Twelve soldiers")
    assert verification_at(doc, pos, pos + 15) == "unverified"
    pos = text.index("3 people")
    assert verification_at(doc, pos, pos + 8) == "unstated"
    assert [f.role for f in doc._.wl_figures] == ["killed", "killed"]


def test_verification_a_party_contradicting_the_harm_disputes_it(nlp):
    for said in ("The army insisted that no civilians were harmed.",
                 "The air force said all targets were legitimate military objectives.",
                 "The army said those killed were fighters, not civilians.",
                 "The government said the attack never happened."):
        text = "Local officials said 14 civilians were killed in the air strike on the market. " + said
        doc = nlp(text)
        pos = text.index("14 civilians")
        assert verification_at(doc, pos, pos + 12) == "disputed", said


def test_verification_the_outlets_own_no_one_was_hurt_disputes_nothing(nlp):
    text = "The two earlier attacks hit a bulk carrier and a tanker; no one was hurt in either."
    doc = nlp(text)
    pos = text.index("a bulk carrier")
    assert verification_at(doc, pos, pos + 14) == "unstated"


def test_verification_a_report_called_fake_in_quotation_marks_is_disputed(nlp):
    for called in ("'fake'", "“a fabrication”", "as \"lies\""):
        text = f"Kyiv said 11 drones were shot down. Moscow called the report {called}."
        doc = nlp(text)
        drones = text.index("11 drones")
        assert verification_at(doc, drones, drones + 9) == "disputed", called


def _at(doc, text, needle):
    pos = text.index(needle)
    return verification_at(doc, pos, pos + len(needle))


def test_verification_neither_report_has_been_corroborated(nlp):
    text = ("A local source told us that a herder was shot dead and that the attackers drove off in two "
            "pickup trucks. Neither report has been corroborated.")
    assert _at(nlp(text), text, "two pickup trucks") == "unverified"


def test_verification_seen_or_found_no_evidence(nlp):
    text = "Officials said 30 houses were burned. Monitors found no evidence of fire damage in the village."
    doc = nlp(text)
    assert [v.status for v in doc._.wl_verifications] == ["unverified"]


def test_verification_records_that_contradict_an_account_dispute_it(nlp):
    text = ("The prisons directorate has acknowledged 94 deaths in custody, all from illness. "
            "Our records contradict that account.")
    assert _at(nlp(text), text, "94 deaths") == "disputed"


def test_verification_calling_a_claim_a_lie_disputes_it(nlp):
    for said in ('The ministry called that "a deliberate lie".',
                 "The government calls the group's numbers “fabrications by foreign-funded provocateurs”."):
        text = "The group said 38 people were killed. " + said
        assert _at(nlp(text), text, "38 people") == "disputed", said


def test_verification_that_is_false_answers_the_claim_before_it(nlp):
    text = ("Reporter: The rights group says at least 19 of those killed were villagers.\n"
            "Commander: That is false. Every person killed was carrying a weapon.")
    assert _at(nlp(text), text, "at least 19") == "disputed"
    quiet = "The rights group says at least 19 of those killed were villagers. That is the highest count yet."
    assert _at(nlp(quiet), quiet, "at least 19") == "unstated"


def test_verification_never_accepting_a_toll_disputes_it(nlp):
    text = ("The prosecutor's office has kept to its figures: 19 dead.\n\n"
            "Independent rights groups have never accepted the official toll.")
    assert _at(nlp(text), text, "19 dead") == "disputed"


def test_verification_a_checked_pronoun_points_at_the_count_of_its_own_sentence(nlp):
    text = ("The group says it has gathered the names of 38 people who were killed.\n\n"
            "A UN spokesperson said the office had credible reports of at least 25 deaths, but added that it "
            "could not verify them without access.")
    doc = nlp(text)
    assert _at(doc, text, "at least 25 deaths") == "unverified"
    assert _at(doc, text, "38 people") == "unstated"


def test_verification_a_denial_of_who_killed_them_leaves_the_count(nlp):
    text = ("Prosecutors say nine people were killed in the clashes. A community association says three of "
            "them were its members; the police deny that any of the three was killed by an officer.")
    assert _at(nlp(text), text, "nine people") == "unstated"


def test_verification_what_the_outlet_saw_or_matched_itself_is_confirmed(nlp):
    for own in ("Over four days we were able to match 20 of those names to fresh graves.",
                "Our reporter has seen 11 names in the admissions register.",
                "We are confident that three vehicles were destroyed at that spot."):
        doc = nlp(own)
        assert [v.status for v in doc._.wl_verifications] == ["confirmed"], own
    for not_own in ("We could not verify the 20 names.", "“We saw 20 bodies,” a resident said."):
        assert "confirmed" not in [v.status for v in nlp(not_own)._.wl_verifications], not_own


def test_verification_unable_to_test_a_figure(nlp):
    text = "The government says it has detained 86,000 people. We were unable to test that figure against court records."
    assert _at(nlp(text), text, "86,000 people") == "unverified"


def test_verification_no_civilians_among_the_dead_contradicts_the_toll(nlp):
    text = ("The Polisario Front says a drone killed six civilians.\n\n"
            "A military source said the drone struck a vehicle of armed men and that no civilians were among "
            "those killed.")
    assert _at(nlp(text), text, "six civilians") == "disputed"


def test_verification_a_confirmed_part_leaves_the_whole_as_it_was(nlp):
    text = ("The security service says border guards have detained 47 citizens since January. The monitoring "
            "mission says it has confirmed 31 of those cases through its own patrols.")
    doc = nlp(text)
    assert _at(doc, text, "31 of those cases") == "confirmed"
    assert _at(doc, text, "47 citizens") == "unstated"


def test_verification_what_the_reporter_saw_checks_the_counts_an_anaphor_names(nlp):
    text = ("The hospital says it received 11 wounded people that night, two of whom have since died. Those "
            "numbers, at least, can be checked: our reporter has seen the admissions register.")
    doc = nlp(text)
    assert _at(doc, text, "11 wounded people") == "confirmed"
    alone = "The hospital says it received 11 wounded people. Our reporter has seen the ward."
    assert _at(nlp(alone), alone, "11 wounded people") == "unstated"


def test_verification_a_confirmed_part_statement_ends_where_its_text_does(nlp):
    text = "Guards have detained 47 citizens. The mission says it has confirmed 31 of those cases."
    statement = next(v for v in nlp(text)._.wl_verifications if v.status == "confirmed")
    assert text[statement.start:statement.end] == statement.text
