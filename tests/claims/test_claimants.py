"""Claimant resolution through the whole component."""


def claimants(nlp, text):
    doc = nlp(text)
    return [(a.cue.text if a.cue else None, a.claimant.name if a.claimant else None,
             a.claimant.type if a.claimant else None, a.claimant.country if a.claimant else None)
            for a in doc._.wl_attributions]


def test_claimants_pronoun_takes_previous_speaker(nlp):
    out = claimants(nlp, "The governor of the region, Oleh Petrenko, said two schools were hit. "
                         "He added that power had been restored.")
    assert out[1][:2] == ("added", "Oleh Petrenko")
    assert out[0][2] == "official"


def test_claimants_it_takes_previous_organisation(nlp):
    out = claimants(nlp, "Interfax reported that a fuel depot was burning. It said firefighters were at the scene.")
    assert out[0][1:] == ("Interfax", "media", "RU")
    assert out[1][1] == "Interfax"


def test_claimants_country_is_state(nlp):
    out = claimants(nlp, "Ukraine said it shot down 20 drones overnight.")
    assert out[0][1:] == ("Ukraine", "state", "UA")


def test_claimants_officials_with_nationality(nlp):
    out = claimants(nlp, "Russian officials said the bridge was damaged.")
    assert out[0][1:] == ("Russian officials", "official", "RU")


def test_claimants_capital_stands_for_government(nlp):
    out = claimants(nlp, "Kyiv said the talks had failed.")
    assert out[0][1:] == ("Kyiv", "government", "UA")


def test_claimants_surname_takes_fullest_name(nlp):
    out = claimants(nlp, "Defence minister Rustem Umerov visited the front on Monday. "
                         "Umerov said the troops needed more shells.")
    assert out[-1][1] == "Rustem Umerov"


def test_claimants_description_takes_antecedent(nlp):
    out = claimants(nlp, "The Kyodo news agency reported that the ship had sunk. "
                         "The agency said no crew were missing.")
    assert out[1][1] == out[0][1] == "Kyodo"


def test_claimants_military_body_with_possessive_country(nlp):
    out = claimants(nlp, "Ukraine's air force said it shot down 30 of 35 drones overnight.")
    assert out[0][1:] == ("Ukraine's air force", "military", "UA")


def test_claimants_catalogue_speaker_gets_office(nlp):
    out = claimants(nlp, "Putin said the operation would go on.")
    assert out[0][1:] == ("Vladimir Putin", "official", "RU")


def test_claimants_seat_of_government(nlp):
    out = claimants(nlp, "The Kremlin said it would respond.")
    assert out[0][1:] == ("Kremlin", "government", "RU")


def test_claimants_description_keeps_its_complement(nlp):
    out = claimants(nlp, "A spokesperson for Ukraine's navy told reporters that a ship was hit.")
    assert out[0][1] == "spokesperson for Ukraine's navy"
    assert out[0][3] == "UA"


def test_claimants_state_media(nlp):
    out = claimants(nlp, "Russian state media reported that a fire broke out at a depot.")
    assert out[0][1:] == ("Russian state media", "media", "RU")


def test_claimants_pronoun_prefers_newer_subject_over_older_speaker(nlp):
    out = claimants(nlp, "The mayor, Anna Bilyk, said the shelters were open. "
                         "Later, Taras Melnyk inspected the damaged school. He said it would reopen in May.")
    assert out[-1][1] == "Taras Melnyk"


def test_claimants_possessor_is_not_the_speaker(nlp):
    out = claimants(nlp, "Kherson's regional governor said a shelter was hit.")
    assert out[0][1:3] == ("Kherson's regional governor", "official")


def test_claimants_armed_group_by_description(nlp):
    out = claimants(nlp, "The jihadist group claimed the attack in a statement.")
    assert out[0][2] == "armed_group"


def test_claimants_organisation_name_keeps_its_of_and_for(nlp):
    out = claimants(nlp, "More than 52,000 people have fled, the International Organization for Migration said.")
    assert out[0][1] == "International Organization for Migration"
    assert out[0][2] == "organisation"


def test_claimants_source_keeps_a_closed_parenthesis(nlp):
    doc = nlp("The clinic was hit, the International Organization for Migration (IOM) said on Tuesday.")
    assert doc._.wl_attributions[0].source.text == "the International Organization for Migration (IOM)"


def test_claimants_group_goes_back_to_the_armed_group_just_named(nlp):
    out = claimants(nlp, "A group of aid workers said a convoy was hit near the town. Hezbollah denied any role. "
                         "On Telegram, the group said its fighters were far from the road.")
    assert out[0][1] == "group of aid workers"
    assert out[-1][:2] == ("said", "Hezbollah")


def test_claimants_it_goes_back_to_the_subject_body_of_the_sentence_before(nlp):
    out = claimants(nlp, "The Kremlin said its troops had taken two villages. "
                         "The Ukrainian army did not comment on the report. In a statement, it said "
                         "its units had held their positions.")
    assert out[-1][1] == "Ukrainian army"
    assert out[-1][3] == "UA"


def test_claimants_he_goes_back_to_one_of_a_group_of_people(nlp):
    out = claimants(nlp, "One of the rescue volunteers, at the district clinic, said nine bodies were found. "
                         "He said more people were under the rubble.")
    assert out[0][1] == "One of the rescue volunteers"
    assert out[1][1] == "One of the rescue volunteers"


def test_claimants_a_name_inside_the_quotation_is_not_its_speaker(nlp):
    out = claimants(nlp, "Taras Hlushko, a spokesman for the eastern command, told reporters the road was open. "
                         "\"Kovalenko is wrong about the bridge,\" he said.")
    assert out[-1][0] == "said"
    assert "Hlushko" in out[-1][1]


def test_claimants_description_of_several_words_takes_its_antecedent(nlp):
    out = claimants(nlp, "The Russian general staff said 30 drones were downed over Kursk. "
                         "The general staff added that two soldiers were wounded.")
    assert out[-1][0] == "added"
    assert out[-1][3] == "RU"


def test_claimants_first_name_the_tagger_left_out_belongs_to_the_name(nlp):
    out = claimants(nlp, "Taras Hlushko, a spokesman for the eastern command, told reporters the road was open.")
    assert out[0][1] == "Taras Hlushko"
    out = claimants(nlp, "Defence Minister Rustem Umerov said the line held.")
    assert out[0][1] == "Rustem Umerov"


def test_claimants_army_without_country_is_armed_group(nlp):
    out = claimants(nlp, "The Kachin Independence Army said it had captured a town near the border. "
                         "The Pakistan Army said five soldiers were killed.")
    assert out[0][1:] == ("Kachin Independence Army", "armed_group", None)
    assert out[1][1:] == ("Pakistan Army", "military", "PK")


def test_claimants_state_run_name_is_media_of_the_state(nlp):
    out = claimants(nlp, "Myanmar's military government did not respond. "
                         "State-run MRTV reported that the air force had carried out strikes in Myanmar.")
    assert out[-1][1:] == ("State-run MRTV", "media", "MM")


def test_claimants_name_with_bracketed_acronym_is_whole_and_aliased(nlp):
    out = claimants(nlp, "Hay'at Tahrir al-Sham (HTS) said its fighters had entered the city. "
                         "HTS said it had lost two men.")
    assert out[0][1:3] == ("Hay'at Tahrir al-Sham", "organisation")
    assert out[1][1] == "Hay'at Tahrir al-Sham"


def test_claimants_bracketed_agency_in_dateline_is_no_acronym(nlp):
    out = claimants(nlp, "Philadelphia (AFP) - US President Barack Obama said the vote mattered.")
    assert out[0][1] == "Barack Obama"


def test_claimants_name_set_off_at_the_end_of_the_source(nlp):
    out = claimants(nlp, "Its deputy commander for Lower Shabelle, Col Abdirahman Warsame, told our reporter "
                         "that six soldiers had been killed. He said 21 militants were killed.")
    assert out[0][1] == "Abdirahman Warsame"
    assert out[1][1] == "Abdirahman Warsame"


def test_claimants_he_after_an_unnamed_person(nlp):
    out = claimants(nlp, "“They came from the east,” said a teacher. He said he had helped bury 17 people.")
    assert out[0][1:3] == ("teacher", "person")
    assert out[1][1] == "teacher"


def test_claimants_it_after_a_named_body_that_reported_nothing(nlp):
    out = claimants(nlp, "The Syrian Observatory for Human Rights gave a higher toll. It said 61 people had been killed.")
    assert out[-1][1] == "Syrian Observatory for Human Rights"


def test_claimants_catalogue_body_the_tagger_took_for_a_person(nlp):
    out = claimants(nlp, "The Houthis claimed responsibility for the attack, which they said involved six drones.")
    assert out[0][1:3] == ("Houthis", "armed_group")
    assert out[1][1] == "Houthis"


def test_claimants_network_is_media_only_with_a_media_word(nlp):
    assert claimants(nlp, "The Sudan Doctors Network said 27 people had died.")[0][2] == "organisation"
    assert claimants(nlp, "The television network reported that the bridge was hit.")[0][2] == "media"


def test_claimants_body_in_a_compound_modifier_is_not_the_source(nlp):
    out = claimants(nlp, "Gaza's Hamas-run health ministry said 40 people were killed.")
    assert out[0][2:] == ("government", "PS")
    assert "health ministry" in out[0][1]


def test_claimants_name_after_a_title_given_as_a_second_subject(nlp):
    out = claimants(nlp, "Kyiv's mayor Vitali Klitschko wrote on Telegram that two people were injured.")
    assert out[0][1:3] == ("Vitali Klitschko", "official")


def test_claimants_description_with_an_acronym_in_brackets(nlp):
    out = claimants(nlp, "The UN's mine action office (UNMAS) said 3,000 mines had been cleared. UNMAS said teams were "
                         "blocked.")
    assert out[0][1] == "UN's mine action office (UNMAS)" and out[0][2] == "organisation"
    assert out[1][1] == out[0][1]


def test_claimants_medics_and_residents_are_people(nlp):
    out = claimants(nlp, "Residents said gunmen shot at least 9 people. They said the attackers fled.")
    assert out[0][1:3] == ("Residents", "person")
    assert out[1][1] == "Residents"


def test_claimants_a_document_speaks_for_its_issuer(nlp):
    assert claimants(nlp, "According to a statement from the army, 15 militants were killed.")[0][1:3] == ("army", "military")
    out = claimants(nlp, "The army said it had pushed back the attack. “Twelve terrorists were neutralised,” the statement said.")
    assert out[-1][1] == "army"
    assert claimants(nlp, "The group's statement said 12 soldiers were captured.")[0][1] == "group"


def test_claimants_secretary_general_is_no_military_rank(nlp):
    out = claimants(nlp, "The spokesman for the UN secretary-general, Stephane Dujarric, said 5 aid workers were killed.")
    assert out[0][1:3] == ("Stephane Dujarric", "official")


def test_claimants_a_count_speaks_for_who_gave_it(nlp):
    out = claimants(nlp, "Figures from the health ministry show 40 people were killed.")
    assert out[0][1:3] == ("health ministry", "government")


def test_claimants_a_named_body_the_tagger_missed_is_an_organisation(nlp):
    out = claimants(nlp, "The Emergency Response Room in El Fasher said the drones struck the camp late Tuesday. "
                         "Another 40 people were wounded, it said in a post on Facebook.")
    assert out[0][2] == "organisation"
    assert out[1][1] == out[0][1]


def test_claimants_body_description_skips_the_person_who_speaks_for_it(nlp):
    # "the group" names the group, not its spokesman whose description mentions it
    out = claimants(nlp, "The Houthis said they had fired 12 missiles at ships. Yahya Saree, the group's "
                         "military spokesman, said two vessels were hit. The group also said it downed a drone.")
    assert out[1][1] == "Yahya Saree"
    assert out[2][1:3] == ("Houthis", "armed_group")


def test_claimants_body_description_falls_back_to_the_person(nlp):
    # no body was named before: the person whose description names it is still the best antecedent
    out = claimants(nlp, "Karim Haddad, the ministry's spokesman, said 38 people were killed. "
                         "The ministry said 112 were wounded.")
    assert out[1][1] == "Karim Haddad"


def test_claimants_name_ending_in_brigades_is_an_armed_group(nlp):
    # the tagger may take "the Qassam Brigades" for a person; a plural "Brigades" name without a
    # country is a non-state armed group (a state's brigade is named in the singular)
    for text in ("The Qassam Brigades said its fighters destroyed three tanks.",
                 "The al-Aqsa Martyrs Brigades said its fighters destroyed three tanks."):
        out = claimants(nlp, text)
        assert out[0][2] == "armed_group", (text, out)


def test_claimants_junta_is_a_government(nlp):
    out = claimants(nlp, "The junta said its troops killed 60 jihadists.")
    assert out[0][2] == "government"


def test_claimants_committees_and_services_are_bodies_it_can_name(nlp):
    # a body typed by its head noun is an antecedent of "it"; an untyped one was skipped for an older one
    out = claimants(nlp, "The health ministry said five civilians were killed. The state committee for national "
                         "security said troops had shelled two villages. It said 4,000 residents had been moved.")
    assert out[1][2] == "government"
    assert out[2][1] == out[1][1]


def test_claimants_the_military_is_the_forces_named_before(nlp):
    out = claimants(nlp, "The Sudanese Armed Forces (SAF) said it repelled an attack on El Fasher. "
                         "The army said the RSF lost 20 vehicles.")
    assert out[1][1:3] == ("Sudanese Armed Forces", "military")
    out = claimants(nlp, "The Kenya Defence Forces say soldiers killed 27 militants. Fishermen said they heard "
                         "helicopters. The military also said troops had recovered 16 rifles.")
    assert out[-1][1] == "Kenya Defence Forces"


def test_claimants_capitals_and_countries_the_tagger_takes_for_persons(nlp):
    assert claimants(nlp, "Kampala denied the report.")[0][1:] == ("Kampala", "government", "UG")
    assert claimants(nlp, "Togo said five soldiers died.")[0][1:] == ("Togo", "state", "TG")
    assert claimants(nlp, "Guinea-Bissau's army said three soldiers were killed.")[0][3] == "GW"


def test_claimants_a_catalogue_name_inside_a_longer_name_is_another_body(nlp):
    out = claimants(nlp, "The Uganda Red Cross Society said 26 people were killed.")
    assert out[0][1] == "Uganda Red Cross Society"
    out = claimants(nlp, "The Red Cross said three people died.")
    assert out[0][1] == "International Committee of the Red Cross"


def test_claimants_the_military_is_not_one_branch(nlp):
    out = claimants(nlp, "The border service gave its own losses as three border guards killed. "
                         "The armed forces said three soldiers died.")
    assert out[1][1] == "armed forces"


def test_claimants_a_description_with_a_backer_named_in_it(nlp):
    out = claimants(nlp, "Hezbollah said it fired 30 rockets at northern Israel. The Iran-backed group said "
                         "the attack was a response.")
    assert out[1][1:3] == ("Hezbollah", "armed_group")


def test_claimants_a_transcript_label_in_capitals_is_the_person_named_before(nlp):
    out = claimants(nlp, "Police chief Marcos Vieira spoke to reporters on Tuesday.\n\n"
                         "VIEIRA: Our officers killed eight gang members in the operation.")
    assert out[0][1] == "Marcos Vieira"


def test_claimants_it_is_the_subject_before_not_a_body_named_inside_that_sentence(nlp):
    out = claimants(nlp, "Le Soleil published a statement signed by a faction of the separatist MFDC rejecting any "
                         "part in the attack. Citing a charity, it adds that mines have killed 23 people.")
    assert ("adds", "Le Soleil") == out[-1][:2]


def test_claimants_an_acronym_with_small_letters_names_the_body_again(nlp):
    out = claimants(nlp, "The Ministry of Defence (MoD) has named the serviceman who died on Thursday. "
                         "The MoD said five others were wounded.")
    assert out[-1][:2] == ("said", "Ministry of Defence")


def test_claimants_a_surname_that_is_also_a_country_is_the_person_named_before(nlp):
    out = claimants(nlp, "“It had fallen off the radar,” recalled former reporter Bill Holland. "
                         "Holland said five people were killed. Officials in Holland said three were hurt.")
    assert out[1][:2] == ("said", "Bill Holland")
    assert out[2][1] != "Bill Holland"


def test_claimants_international_agencies_of_war_reporting_are_in_the_catalogue(nlp):
    out = claimants(nlp, "WHO said 12 people died of cholera. It added that 40 were in hospital. "
                         "The UN refugee agency said 3,000 had fled. Doctors Without Borders said its clinic was hit.")
    assert [o[1:3] for o in out] == [("World Health Organization", "organisation"),
                                      ("World Health Organization", "organisation"),
                                      ("UN High Commissioner for Refugees", "organisation"),
                                      ("Médecins Sans Frontières", "organisation")]


def test_claimants_he_is_the_speaker_not_a_subject_inside_what_he_said(nlp):
    out = claimants(nlp, "Ryan said Obama has never respected gun owners. He says Obama knows full well that 12 died.")
    assert out[1][:2] == ("says", "Ryan")


def test_claimants_a_pronoun_agrees_with_the_gender_it_was_given_and_full_names_stay_apart(nlp):
    out = claimants(nlp, "Bernie Sanders said 30 volunteers joined him. Hillary Clinton says 40 joined her. "
                         "She says 12 more came. He said 50 came in all.")
    assert [o[1] for o in out] == ["Bernie Sanders", "Hillary Clinton", "Hillary Clinton", "Bernie Sanders"]
    out = claimants(nlp, "Melania Trump tells supporters that he loves them. Donald Trump says he goes back to war "
                         "tomorrow. Trump said 13 came.")
    assert [o[1] for o in out][:2] == ["Melania Trump", "Donald Trump"] and out[2][1] != "Melania Trump"
