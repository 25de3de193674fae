"""Rival counts: two parties' different tolls for the same thing dispute each other."""


def _status(extraction, needle):
    text = extraction.article.text if hasattr(extraction, "article") else None
    for figure in extraction.figures:
        if needle in figure.text or (text and needle in text[figure.start:figure.end]):
            return figure.verification
    raise AssertionError(f"no figure {needle!r} in {[f.text for f in extraction.figures]}")


def test_two_claimants_different_death_tolls_are_both_disputed(extract):
    result = extract(
        "Clashes in the province have killed 38 people since Sunday, the health ministry said on Tuesday.\n\n"
        "The Syrian Observatory for Human Rights gave a higher toll. It said 61 people had been killed.")
    assert _status(result, "38 people") == "disputed"
    assert _status(result, "61 people") == "disputed"


def test_compatible_ranges_and_same_claimant_are_not_rivals(extract):
    result = extract(
        "At least 31 people were killed in the attack, a local official said.\n\n"
        "The army said 40 people had been killed. The army later said 45 people had been killed.")
    assert _status(result, "At least 31 people") == "unstated"
    assert _status(result, "40 people") == "unstated"


def test_counts_of_another_incident_or_another_place_are_not_rivals(extract):
    separate = extract(
        "The governor said 12 people were killed in the shelling.\n\n"
        "In a separate attack, police said 3 people were killed.")
    assert _status(separate, "12 people") == "unstated"
    apart = extract(
        "A drone killed two people in Shebekino, Russia, the governor of Belgorod said.\n\n"
        "In Kharkiv, Ukraine, regional governor Oleh Synehubov said five people were killed.")
    assert _status(apart, "two people") == "unstated"


def test_rival_counts_of_drones_are_not_compared(extract):
    result = extract(
        "Russia's defence ministry said its air defences destroyed 63 Ukrainian drones overnight.\n\n"
        "Ukraine's air force said 39 drones had been shot down.")
    assert _status(result, "63 Ukrainian drones") != "disputed"


def test_the_claims_that_give_rival_counts_are_disputed_too(extract):
    result = extract(
        "Clashes in the province have killed 38 people since Sunday, the health ministry said on Tuesday.\n\n"
        "The Syrian Observatory for Human Rights gave a higher toll. It said 61 people had been killed.")
    assert [a.verification for a in result.attributions] == ["disputed", "disputed"]


def test_a_later_count_is_an_update_not_a_rival(extract):
    later = extract(
        "Local media reported that 5 people were killed in the strike.\n\n"
        "The regional governor said the death toll had risen to 7.")
    assert _status(later, "5 people") == "unstated"
    assert _status(later, "7") == "unstated"
    risen = extract(
        "Medics said 6 people were killed in the strike. Police said the toll had risen to 9.")
    assert _status(risen, "6 people") == "unstated"
    rival = extract(
        "Local media reported that 5 people were killed in the strike.\n\n"
        "The regional governor said 7 people had died.")
    assert _status(rival, "5 people") == "disputed"


def test_parts_of_a_group_and_people_of_two_nations_are_not_rivals(extract):
    partitive = extract(
        "Police said 23 people were killed in the attack on the school.\n\n"
        "The army said its troops had followed the attackers across the border, killing five of them.")
    assert _status(partitive, "23 people") == "unstated"
    nations = extract(
        "The Israeli military said rockets fired from the north killed four Israeli civilians. Lebanon's "
        "health ministry said strikes on border villages killed three Lebanese civilians.")
    assert _status(nations, "four Israeli civilians") == "unstated"


def test_a_marker_of_another_incident_between_two_counts_must_lead_into_the_second(extract):
    result = extract(
        "The army said two soldiers were killed in the raid.\n\n"
        "The army also said it freed four women abducted last year.\n\n"
        "The militants said they killed 19 soldiers in the raid.")
    assert _status(result, "two soldiers") == "disputed"
    assert _status(result, "19 soldiers") == "disputed"


def test_a_count_taken_back_is_disputed_by_the_later_one(extract):
    result = extract(
        "Seven soldiers were killed in the ambush, the joint command said.\n\n"
        "An earlier version of this story said 12 soldiers had been killed.")
    assert _status(result, "12 soldiers") == "disputed"
    assert _status(result, "Seven soldiers") == "unstated"


def test_rival_counts_of_the_displaced_are_disputed(extract):
    result = extract(
        "The fighting has forced 9,200 families from their homes in the valley, the rights group Horizonte "
        "said on Monday.\n\n"
        "The provincial government said it had registered 2,750 displaced families.")
    assert _status(result, "9,200 families") == "disputed"
    assert _status(result, "2,750 displaced families") == "disputed"


def test_a_spokesperson_and_the_body_named_by_one_acronym_are_one_claimant(extract):
    result = extract(
        "Shelling around the town has forced about 18,000 people to flee this week, the UN refugee agency "
        "UNHCR said on Friday.\n\n"
        "Many went to the provincial capital, where 6,500 people had fled, UNHCR spokesperson Mara Olsen "
        "told reporters.")
    assert _status(result, "18,000 people") == "unstated"
    assert _status(result, "6,500 people") == "unstated"


def test_people_who_fled_earlier_rounds_of_fighting_are_another_count(extract):
    result = extract(
        "The clashes forced 4,000 people to flee on Sunday, the district commissioner said.\n\n"
        "The camp already shelters 60,000 people who fled earlier rounds of fighting, an aid worker said.")
    assert _status(result, "4,000 people") == "unstated"


def test_a_count_of_what_may_happen_is_no_rival_of_a_count_of_what_did(extract):
    result = extract("The government said 500,000 people had been displaced. The UN warned that up to two million "
                     "people could be displaced by the fighting.")
    assert _status(result, "500,000 people") == "unstated"
    assert _status(result, "two million people") == "unstated"
