"""The wl_events component: events from hand-built places and times, and from the seed article."""
from __future__ import annotations

import json

from warledger.events.coder import code_events
from warledger.models import DateRange, Time


def test_events_interception_coded_with_actors_place_and_date(event_doc):
    text = "Russia said its air defences shot down 30 Ukrainian drones over the Belgorod region overnight."
    doc = event_doc(text, "2026-11-25", [("Belgorod region", "RU", "admin1")],
               [("overnight", "2026-11-24TNI", "2026-11-24", "2026-11-25")])
    [event] = code_events(doc)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    assert (event.actor1, event.actor2) == ("Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")
    assert event.place == 0
    assert (event.date.start, event.date.end, event.date_source) == ("2026-11-25", "2026-11-25", "text")  # the day the night ends
    assert event.fatalities is None and event.figures == [0]


def test_events_undated_event_takes_publication_day(event_doc):
    text = "A Russian missile struck a school in Kharkiv, killing four civilians."
    doc = event_doc(text, "2026-11-20", [("Kharkiv", "UA", "populated_place")], [])
    [event] = code_events(doc)
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert (event.date.start, event.date_source) == ("2026-11-20", "published")
    assert event.fatalities == 4
    assert event.actor1 == "Military Forces of Russia (2000-)"
    assert event.actor2 == "Civilians (Ukraine)"


def test_events_casualty_sentence_joins_the_event_before(event_doc):
    text = "Shelling hit the centre of Donetsk on Monday. Officials said six people were killed."
    doc = event_doc(text, "2026-11-20", [("Donetsk", "UA", "populated_place")],
               [("Monday", "2026-11-16", "2026-11-16", "2026-11-16")])
    [event] = code_events(doc)
    assert event.fatalities == 6 and event.date.start == "2026-11-16"


def test_events_background_history_is_not_an_event(event_doc):
    text = "Since the beginning of this year, Ukraine has stepped up drone strikes on Russian refineries."
    doc = event_doc(text, "2024-08-21", [], [])
    doc._.wl_times = [Time(6, 32, "the beginning of this year", "2024", DateRange("2024-01-01", "2024-08-21"), mod="START")]
    assert code_events(doc) == []


def test_events_seed_article(extract, shared):
    article = json.loads((shared / "seed" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    result = extract(article["text"], published=article["published"], outlet=article["outlet"])
    kinds = {(e.event_type, e.sub_event_type) for e in result.events}
    assert ("Strategic developments", "Disrupted weapons use") in kinds
    assert any(e.event_type == "Battles" and e.fatalities == 31 for e in result.events)
    assert any(e.event_type == "Explosions/Remote violence" for e in result.events)
    interception = next(e for e in result.events if e.sub_event_type == "Disrupted weapons use")
    assert interception.actor1 == "Military Forces of Russia (2000-)"
    assert interception.date.start <= "2024-08-21" and interception.date.end >= "2024-08-20"


def test_events_protest_named_after_its_crowd(event_doc):
    text = "Around 200 people protested in Kyiv on Saturday demanding the return of prisoners of war."
    doc = event_doc(text, "2024-08-25", [("Kyiv", "UA", "populated_place")],
               [("Saturday", "2024-08-24", "2024-08-24", "2024-08-24")])
    [event] = code_events(doc)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert (event.actor1, event.actor2) == ("Protesters (Ukraine)", None)


def test_events_killing_one_counts_as_a_fatality(event_doc):
    text = "A Russian drone strike hit a car in Kherson, killing a man."
    doc = event_doc(text, "2024-08-20", [("Kherson", "UA", "populated_place")], [])
    [event] = code_events(doc)
    assert event.sub_event_type == "Air/drone strike" and event.fatalities == 1


def test_events_victims_do_not_act_and_speakers_are_no_place(event_doc):
    text = "Russia's Defence Ministry said on Sunday that 80 Ukrainian soldiers had been killed in fighting near Kupiansk."
    doc = event_doc(text, "2026-11-08", [("Russia", "RU", "country"), ("Kupiansk", "UA", "populated_place")],
               [("on Sunday", "2026-11-08", "2026-11-08", "2026-11-08")])
    source = doc.text.index("Russia's Defence Ministry")
    from warledger.models import Attribution, Span as TextSpan
    doc._.wl_attributions = [Attribution(content=TextSpan(source + 40, len(text), text[source + 40 :]),
                                         source=TextSpan(source, source + 25, text[source : source + 25]))]
    [event] = code_events(doc)
    assert event.event_type == "Battles"
    assert event.actor1 == "Military Forces of Russia (2000-)"
    assert event.actor2 == "Military Forces of Ukraine (2019-)"
    assert doc._.wl_places[event.place].text == "Kupiansk"


def test_events_wished_for_fighting_is_no_event(event_doc):
    text = "The candidate called for the United States to step up the fight against the militants in Syria."
    doc = event_doc(text, "2016-01-10", [("Syria", "SY", "country")], [])
    assert code_events(doc) == []


def test_events_named_group_is_the_other_side_of_a_clash(event_doc):
    text = "The Sudanese army said its troops repelled an attack by the Rapid Support Forces on El Obeid."
    doc = event_doc(text, "2026-11-20", [("El Obeid", "SD", "populated_place")], [])
    [event] = code_events(doc)
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == ("Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces")


def test_events_dateline_is_neither_side_nor_place(event_doc):
    text = "KYIV (Wire) - Russian forces shelled the centre of Kherson, killing two people."
    doc = event_doc(text, "2026-11-20", [("KYIV", "UA", "populated_place"), ("Kherson", "UA", "populated_place")], [])
    [event] = code_events(doc)
    assert (event.actor1, event.actor2) == ("Military Forces of Russia (2000-)", "Civilians (Ukraine)")
    assert event.place == 1


def test_events_claimed_toll_and_defender_join_the_battle(event_doc):
    text = ("On 8 March 2024, JNIM militants ambushed a convoy of soldiers near Djibo, killing 30 soldiers. "
            "JNIM claimed 45 killed. The army said it repelled the attack.")
    doc = event_doc(text, "2024-03-15", [("Djibo", "BF", "populated_place")],
               [("8 March 2024", "2024-03-08", "2024-03-08", "2024-03-08")])
    [event] = code_events(doc)
    assert (event.sub_event_type, event.date.start, event.fatalities) == ("Armed clash", "2024-03-08", 30)
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_events_undated_toll_after_a_dated_event_takes_its_date(event_doc):
    text = "On 11 March 2024, RSF fighters looted shops in the village. At least 20 civilians were killed."
    doc = event_doc(text, "2024-03-15", [], [("11 March 2024", "2024-03-11", "2024-03-11", "2024-03-11")])
    attack = next(e for e in code_events(doc) if e.sub_event_type == "Attack")
    assert (attack.date.start, attack.date_source, attack.fatalities) == ("2024-03-11", "text", 20)


def test_events_defender_told_next_is_the_other_side(event_doc):
    text = "Al Shabaab militants attacked a military base near Marka on Sunday. The Somali army repelled the attack."
    doc = event_doc(text, "2024-03-12", [("Marka", "SO", "populated_place")], [("Sunday", "2024-03-10", "2024-03-10", "2024-03-10")])
    [event] = code_events(doc)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Armed clash", "Al Shabaab", "Military Forces of Somalia")


def test_events_group_claiming_responsibility_is_actor1(event_doc):
    text = "A car bomb exploded near a checkpoint in Mogadishu on Tuesday, killing six people. Al Shabaab claimed responsibility."
    doc = event_doc(text, "2024-05-02", [("Mogadishu", "SO", "populated_place")], [("Tuesday", "2024-04-30", "2024-04-30", "2024-04-30")])
    [event] = code_events(doc)
    assert (event.sub_event_type, event.actor1, event.fatalities) == ("Remote explosive/landmine/IED", "Al Shabaab", 6)


def test_events_government_troops_are_the_forces_of_the_country(event_doc):
    text = "Government troops took control of Kidal without a fight after the rebels withdrew from the town."
    doc = event_doc(text, "2024-05-02", [("Kidal", "ML", "populated_place")], [])
    [event] = code_events(doc)
    assert event.actor1 == "Military Forces of Mali (2021-)"


def test_events_a_habit_is_no_event(event_doc):
    text = "Kyiv rarely comments on attacks on Russian territory, but says its strikes target military infrastructure."
    doc = event_doc(text, "2026-11-17", [], [])
    assert code_events(doc) == []


def test_events_damage_told_after_an_attack_joins_it(event_doc):
    text = ("Russian shelling killed two people in Nikopol on Tuesday. \"The enemy struck the town with artillery and "
            "kamikaze drones,\" the governor wrote. At least 11 houses and a gas pipeline were damaged.")
    doc = event_doc(text, "2026-11-18", [("Nikopol", "UA", "populated_place")],
               [("Tuesday", "2026-11-17", "2026-11-17", "2026-11-17")])
    [event] = code_events(doc)
    assert event.date.start == "2026-11-17" and event.fatalities == 2


def test_events_gunmen_of_a_country_are_an_armed_group_not_its_military(event_doc):
    text = "Israeli troops killed three Palestinian gunmen in a firefight in Jenin on Tuesday."
    doc = event_doc(text, "2026-11-25", [("Jenin", "PS", "populated_place")], [("Tuesday", "2026-11-24", "2026-11-24", "2026-11-24")])
    [event] = code_events(doc)
    assert (event.actor1, event.actor2) == ("Military Forces of Israel (2022-)", "Unidentified Armed Group (Palestine)")


def test_events_soldiers_who_meet_a_crowd_are_the_military(event_doc):
    text = "Soldiers opened fire on protesters in Khartoum on Thursday, killing seven."
    doc = event_doc(text, "2026-11-25", [("Khartoum", "SD", "populated_place")], [("Thursday", "2026-11-19", "2026-11-19", "2026-11-19")])
    [event] = code_events(doc)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Excessive force against protesters", "Protesters (Sudan)", "Military Forces of Sudan (2019-)")


def test_events_forces_that_meet_a_crowd_keep_their_own_country(event_doc):
    text = "Israeli soldiers on Sunday violently suppressed a peaceful protest in the town of Beit Jala."
    doc = event_doc(text, "2026-11-25", [("Beit Jala", "PS", "populated_place")], [("Sunday", "2026-11-22", "2026-11-22", "2026-11-22")])
    [event] = code_events(doc)
    assert (event.actor1, event.actor2) == ("Protesters (Palestine)", "Military Forces of Israel (2022-)")


def test_events_another_attack_is_an_event_of_its_own(event_doc):
    text = ("Gunmen attacked a village in Plateau state on Sunday, killing 12 people. "
            "Two days later, another attack killed five in a nearby village.")
    doc = event_doc(text, "2026-11-25", [("Plateau", "NG", "admin1")],
               [("Sunday", "2026-11-22", "2026-11-22", "2026-11-22"), ("Two days later", "2026-11-24", "2026-11-24", "2026-11-24")])
    events = code_events(doc)
    assert sorted((e.date.start, e.fatalities) for e in events) == [("2026-11-22", 12), ("2026-11-24", 5)]


def test_events_ground_regained_and_called_it_is_regained_territory(event_doc):
    text = "Rebels seized the town of Kidal on Monday. The following day, government troops recaptured it."
    doc = event_doc(text, "2026-11-25", [("Kidal", "ML", "populated_place")],
               [("Monday", "2026-11-23", "2026-11-23", "2026-11-23"), ("The following day", "2026-11-24", "2026-11-24", "2026-11-24")])
    assert {(e.sub_event_type, e.date.start) for e in code_events(doc)} == {
        ("Non-state actor overtakes territory", "2026-11-23"), ("Government regains territory", "2026-11-24")}


def test_events_a_toll_run_up_since_the_war_began_is_no_event(event_doc):
    text = "The UN says more than 10,000 civilians have been killed since the invasion began."
    doc = event_doc(text, "2026-11-25", [], [])
    assert code_events(doc) == []


def test_events_a_tally_of_strikes_over_a_year_is_no_event(event_doc):
    text = "Ukraine has carried out more than 100 drone strikes on Russian refineries this year."
    doc = event_doc(text, "2026-11-25", [], [("this year", "2026", "2026-01-01", "2026-12-31")])
    assert code_events(doc) == []


def test_events_an_attempt_under_way_is_no_event(event_doc):
    text = "Haiti's government said security forces were trying to retake control of the town."
    doc = event_doc(text, "2026-11-09", [], [])
    assert code_events(doc) == []


def test_events_the_army_a_named_group_fights_is_the_military_of_the_country(event_doc):
    text = "Al-Shabaab fighters stormed a military base in Afgooye on Monday, killing 12 soldiers."
    doc = event_doc(text, "2026-11-25", [("Afgooye", "SO", "populated_place")], [("Monday", "2026-11-23", "2026-11-23", "2026-11-23")])
    [event] = code_events(doc)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Armed clash", "Al Shabaab", "Military Forces of Somalia")
