"""Coding a report's events: how sentences join, and which date each event takes."""
from __future__ import annotations

from warledger.events.coder import code_events


def test_coder_undated_interception_after_a_dated_strike_takes_its_date(event_doc):
    text = ("The Rapid Support Forces struck El Obeid with a wave of drones on Monday, killing at least 13 people.\n\n"
            "The army said its air defences had brought down 17 of the drones before they reached the city.")
    doc = event_doc(text, "2026-01-13", [("El Obeid", "SD", "populated_place")],
               [("Monday", "2026-01-12", "2026-01-12", "2026-01-12")])
    interception = next(e for e in code_events(doc) if e.sub_event_type == "Disrupted weapons use")
    assert (interception.date.start, interception.date_source) == ("2026-01-12", "text")


def test_coder_damage_told_paragraphs_later_joins_the_strike(event_doc):
    text = ("A drone struck a crowded market in Bahir Dar on Tuesday, killing 14 people.\n\n"
            "Relatives buried the dead on Wednesday. The regional government declared three days of mourning.\n\n"
            "Fano said none of its fighters were there.\n\n"
            "Satellite images showed at least 15 destroyed stalls at the market site.")
    doc = event_doc(text, "2026-07-02", [("Bahir Dar", "ET", "populated_place")],
               [("Tuesday", "2026-06-30", "2026-06-30", "2026-06-30"), ("Wednesday", "2026-07-01", "2026-07-01", "2026-07-01")])
    events = code_events(doc)
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    assert events[0].end == len(text)


def test_coder_a_strike_told_later_is_an_event_of_its_own(event_doc):
    text = ("A drone struck a crowded market in Bahir Dar on Tuesday, killing 14 people.\n\n"
            "Relatives buried the dead on Wednesday. The regional government declared three days of mourning.\n\n"
            "Federal forces said they had struck a rebel ammunition depot near Gondar.")
    doc = event_doc(text, "2026-07-02", [("Bahir Dar", "ET", "populated_place"), ("Gondar", "ET", "populated_place")],
               [("Tuesday", "2026-06-30", "2026-06-30", "2026-06-30"), ("Wednesday", "2026-07-01", "2026-07-01", "2026-07-01")])
    assert len(code_events(doc)) == 2


def test_coder_the_event_referred_back_to_takes_the_date_given_with_it(event_doc):
    text = ("Gas flows through the pipeline were halted after a bomb blast on the line west of Arish.\n\n"
            "The blast, early on Monday, tore open a 30-metre stretch of the line.")
    doc = event_doc(text, "2026-09-22", [("Arish", "EG", "populated_place")],
               [("early on Monday", "2026-09-21", "2026-09-21", "2026-09-21")])
    [event] = code_events(doc)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert (event.date.start, event.date_source) == ("2026-09-21", "text")


def test_coder_a_paragraph_weapon_does_not_recode_a_sentence_that_only_shares_its_victims(event_doc):
    text = ("An army spokesman said militants had been eliminated in a raid on a hideout near Bir al-Abd on Monday "
            "and put the number of militants killed at six. About 40 workers were moved out of a compressor "
            "station near the blast site, where two soldiers were killed.")
    doc = event_doc(text, "2026-09-22", [("Bir al-Abd", "EG", "populated_place")],
               [("Monday", "2026-09-21", "2026-09-21", "2026-09-21")])
    raid = next(e for e in code_events(doc) if e.start == 0)
    assert raid.sub_event_type == "Armed clash"


def test_coder_a_toll_dated_only_by_its_saying_joins_the_event_before(event_doc):
    text = ("On Saturday night gunmen opened fire on a market quarter of Bawku. "
            "The regional police announced on Sunday that five people had been shot dead and nine injured.")
    doc = event_doc(text, "2026-10-08", [("Bawku", "GH", "populated_place")],
               [("Saturday night", "2026-10-03TNI", "2026-10-03", "2026-10-04"), ("Sunday", "2026-10-04", "2026-10-04", "2026-10-04")])
    [event] = code_events(doc)
    assert (event.sub_event_type, event.date.start, event.date.end, event.fatalities) == ("Attack", "2026-10-03", "2026-10-03", 5)


def test_coder_victims_counted_later_with_no_doer_join_the_fighting(event_doc):
    text = ("Fighting between the Congolese army and M23 rebels around the town of Sake has forced about 35,000 "
            "people to flee over the past three days, the UN refugee agency said on Friday.\n\n"
            "Many of the displaced walked towards Goma, a spokesperson told a news briefing. She said the agency "
            "had registered 2,400 unaccompanied children among the newly displaced since Tuesday.\n\n"
            "Medecins Sans Frontieres said its teams at Kyeshero hospital had treated 57 wounded people, "
            "21 of them women, since Wednesday.")
    doc = event_doc(text, "2025-12-12", [("Sake", "CD", "populated_place"), ("Goma", "CD", "populated_place")],
               [("the past three days", "2025-12-09/2025-12-12", "2025-12-09", "2025-12-12"),
                ("Friday", "2025-12-12", "2025-12-12", "2025-12-12")])
    events = code_events(doc)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].end == len(text)


def test_coder_a_headline_is_part_of_the_event_its_lead_tells(event_doc):
    text = ("Tanker hit by sea drone off the Black Sea coast, crew taken off safely\n\n"
            "A Panama-flagged tanker carrying sunflower oil was struck by an unmanned surface vessel about 40 nautical miles "
            "north of Sinop early on Wednesday, the transport ministry said.")
    doc = event_doc(text, "2026-12-03", [("Sinop", "TR", "populated_place")],
               [("early on Wednesday", "2026-12-02", "2026-12-02", "2026-12-02")])
    events = [e for e in code_events(doc) if e.event_type == "Explosions/Remote violence"]
    assert len(events) == 1
    assert (events[0].start, events[0].date.start) == (0, "2026-12-02")


def test_coder_a_denied_act_is_no_event(event_doc):
    text = ("A drone struck a crowded market in Bahir Dar on Tuesday, killing 14 people.\n\n"
            "Relatives buried the dead on Wednesday. The regional government declared three days of mourning.\n\n"
            "Fano said on its Facebook page that none of its fighters were in the market at the time of the attack.\n\n"
            "\"Our soldiers have killed no civilian.\"")
    doc = event_doc(text, "2026-07-02", [("Bahir Dar", "ET", "populated_place")],
               [("Tuesday", "2026-06-30", "2026-06-30", "2026-06-30"), ("Wednesday", "2026-07-01", "2026-07-01", "2026-07-01")])
    assert [e.sub_event_type for e in code_events(doc)] == ["Air/drone strike"]


def test_coder_a_general_accusation_is_no_event(event_doc):
    text = ("Clashes between Druze gunmen and Bedouin fighters in As-Suwayda killed 38 people on Sunday.\n\n"
            "Tribal elders said 14 of their fighters had died. They accused Druze factions of abducting travellers "
            "on the highway to the capital.")
    doc = event_doc(text, "2026-02-17", [("As-Suwayda", "SY", "admin1")],
               [("Sunday", "2026-02-15", "2026-02-15", "2026-02-15")])
    assert "Abduction/forced disappearance" not in [e.sub_event_type for e in code_events(doc)]


def test_coder_a_withdrawal_after_a_battle_is_its_outcome(event_doc):
    text = ("Militants attacked an army camp near Boni on Wednesday, killing nine soldiers.\n\n"
            "A local official said the army had withdrawn from the camp on Wednesday afternoon.")
    doc = event_doc(text, "2026-02-05", [("Boni", "ML", "populated_place")],
               [("Wednesday", "2026-02-04", "2026-02-04", "2026-02-04"),
                ("Wednesday afternoon", "2026-02-04", "2026-02-04", "2026-02-04")])
    assert [e.event_type for e in code_events(doc)] == ["Battles"]


def test_coder_an_event_dated_after_the_report_is_planned_not_reported(event_doc):
    text = "Both sides agreed in principle to a ceasefire meeting in Kuala Lumpur next week, the foreign minister said."
    doc = event_doc(text, "2026-05-08", [("Kuala Lumpur", "MY", "populated_place")],
               [("next week", "2026-W20", "2026-05-11", "2026-05-17")])
    assert code_events(doc) == []


def test_coder_property_burned_by_the_attackers_joins_their_attack(event_doc):
    text = ("Rebels killed at least 31 people in an overnight attack on the village of Mabasele, a civil society "
            "leader said on Tuesday.\n\n"
            "He said the attackers had used machetes and guns and burned down dozens of homes in Mabasele.")
    doc = event_doc(text, "2026-07-29", [("Mabasele", "CD", "populated_place")],
               [("overnight", "2026-07-28TNI", "2026-07-28", "2026-07-29"), ("Tuesday", "2026-07-28", "2026-07-28", "2026-07-28")])
    assert "Looting/property destruction" not in [e.sub_event_type for e in code_events(doc)]
