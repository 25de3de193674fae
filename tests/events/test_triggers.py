"""Sub-event types from trigger words and the parse."""
from __future__ import annotations

import pytest

from warledger.events.triggers import classify
from warledger.figures.reader import read_figures


@pytest.fixture(scope="module")
def sub_type(nlp):
    def run(text: str) -> str | None:
        doc = nlp(text)
        trigger = classify(doc[:], read_figures(doc))
        return trigger.sub_event_type if trigger else None

    return run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police fired tear gas to disperse hundreds of protesters outside parliament.", "Protest with intervention"),
        ("Thousands of teachers marched peacefully through the capital demanding higher pay.", "Peaceful protest"),
        ("A suicide bomber blew himself up at a checkpoint, killing 12 people.", "Suicide bomb"),
        ("Air defences shot down 20 drones over the region overnight.", "Disrupted weapons use"),
        ("Police seized 40 rifles and a cache of grenades in a raid on a farm.", "Disrupted weapons use"),
        ("Government troops recaptured the town from the rebels after a week of fighting.", "Government regains territory"),
        ("Rebels seized control of the border town on Sunday.", "Non-state actor overtakes territory"),
        ("The RSF said they had taken full control of the army base in the city.", "Non-state actor overtakes territory"),
        ("Islamic State fighters took control of two villages near the river.", "Non-state actor overtakes territory"),
        ("Warplanes bombed a market in the north of the province.", "Air/drone strike"),
        ("Artillery shelling hit a residential block in the city.", "Shelling/artillery/missile attack"),
        ("A roadside bomb exploded under a police vehicle.", "Remote explosive/landmine/IED"),
        ("Gunmen abducted 15 students from their school.", "Abduction/forced disappearance"),
        ("Police arrested an opposition leader at his home.", "Arrests"),
        ("The two sides signed a ceasefire agreement in the capital.", "Agreement"),
    ],
)
def test_triggers_sub_event_type(sub_type, text, expected):
    assert sub_type(text) == expected


def test_triggers_disasters_are_not_events(sub_type):
    assert sub_type("Floods killed 30 people and destroyed 200 homes in the valley.") is None


def test_triggers_no_trigger_words(sub_type):
    assert sub_type("The minister will travel to Paris next week.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Attorney General Loretta Lynch said the inquiry would go on.",
        "She greeted 2,000 supporters at a rally in Houston on Saturday night.",
        "The senator was blasting his rivals in a television interview.",
        "I agree with everything he says about the deal.",
    ],
)
def test_triggers_political_talk_is_no_event(sub_type, text):
    assert sub_type(text) is None


def test_triggers_riot_police_are_police_not_a_riot(sub_type):
    assert sub_type("Riot police placed the opposition leader under house arrest.") == "Arrests"


def test_triggers_event_named_by_its_year_is_history(sub_type):
    text = "Army units took three villages near the town hit by the 2013 sarin gas attack."
    assert sub_type(text) == "Government regains territory"


def test_triggers_control_handed_over_is_a_non_violent_transfer(sub_type):
    text = "The foreign contingent handed control of the air base back to the national army on Monday."
    assert sub_type(text) == "Non-violent transfer of territory"


def test_triggers_aircraft_in_a_crash_report_is_no_strike(nlp):
    from warledger.events.coder import code_events
    doc = nlp("Nine people were killed when a cargo plane crashed near the airport. The aircraft had reported engine trouble shortly after take-off.")
    assert code_events(doc) == []


def test_triggers_grenade_in_a_robbery_is_crime(sub_type):
    assert sub_type("A grenade exploded during an attempted robbery at a petrol station, killing the cashier.") is None
    assert sub_type("Militants threw a grenade at a police patrol, wounding three officers.") == "Grenade"


def test_triggers_protesters_in_a_clash_make_a_violent_demonstration(sub_type):
    text = "Police fired tear gas at student protesters during a clash outside the governor's office."
    assert sub_type(text) == "Violent demonstration"


def test_triggers_talks_ending_in_an_agreement(sub_type):
    text = "After talks in Doha, the foreign minister said both governments agreed to reopen the border crossing."
    assert sub_type(text) == "Agreement"
    assert sub_type("The foreign minister held talks with the ambassador in Doha.") is None


def test_triggers_army_recovering_ground_regains_territory(sub_type):
    text = "The army recovered the districts that had been taken over by rebel groups last month."
    assert sub_type(text) == "Government regains territory"
    assert sub_type("Police recovered weapons and ammunition from the rebels.") != "Government regains territory"


def test_triggers_ground_taken_with_prisoners_is_still_ground(sub_type):
    text = "Rebel fighters seized control of the hilltop village and captured two soldiers."
    assert sub_type(text) == "Non-state actor overtakes territory"


def test_triggers_mass_grave_found_is_other(sub_type):
    assert sub_type("Investigators found a mass grave with the bodies of 40 villagers killed by militants last year.") == "Other"


def test_triggers_diplomats_expelled_over_an_attack_is_no_event(sub_type):
    assert sub_type("Poland expelled diplomats from Moscow after an arson attack on a Warsaw shopping centre.") is None


def test_triggers_victims_named_by_nationality_are_no_second_state(sub_type):
    assert sub_type("Israeli gunfire killed 12 Palestinians waiting for aid in Gaza City.") == "Attack"


def test_triggers_air_support_of_a_ground_offensive_is_a_battle(sub_type):
    assert sub_type("The army said it killed 20 insurgents in aerial and ground operations near the border.") == "Armed clash"
    assert sub_type("Warplanes bombed insurgent hideouts near the border, killing 20 militants.") == "Air/drone strike"


def test_triggers_armed_group_fortifying_positions_changes_its_activity(sub_type):
    assert sub_type("Rebel fighters fortified their positions along the front line near the river.") == "Change to group/activity"


def test_triggers_change_of_activity_gives_way_to_harm_told_with_it(sub_type):
    assert sub_type("The army announced that four soldiers had been martyred and nine attackers killed.") != "Change to group/activity"
    assert sub_type("Rebels of the Allied Democratic Forces attacked a school, killing 20 students.") == "Attack"
    assert sub_type("Fano, a loose alliance of militias, said none of its fighters were in the market.") is None


def test_triggers_property_burned_while_people_are_killed_is_the_attack(sub_type):
    assert sub_type("Gunmen raided the village, killing 27 villagers and setting fire to the market.") == "Attack"
    assert sub_type("Gunmen looted shops and set fire to the market.") == "Looting/property destruction"


def test_triggers_aircraft_named_without_an_act_is_no_strike(sub_type):
    assert sub_type("The wounded were flown to the regional capital by helicopter.") is None
    assert sub_type("Fishermen said they had heard helicopters over the forest for several days.") is None
    assert sub_type("Army helicopters fired rockets at the convoy, killing six fighters.") is not None
    assert sub_type("Drones hit an apartment block in the city.") == "Air/drone strike"
    assert sub_type("An air strike on the market was reported.") == "Air/drone strike"


def test_triggers_people_neutralised_are_no_interception(sub_type):
    assert sub_type("The ministry said ground troops backed by aircraft pursued them and that more than 100 terrorists "
                    "were neutralised.") != "Disrupted weapons use"
    assert sub_type("Air defences neutralised 20 drones over the region.") == "Disrupted weapons use"


def test_triggers_arrest_on_a_charge_of_supplying_is_an_arrest(sub_type):
    assert sub_type("Police said they had arrested three people on suspicion of supplying the attackers with fuel.") == "Arrests"


def test_triggers_weapons_that_destroy_something_are_not_seized(sub_type):
    assert sub_type("The aircraft dropped two bombs on the village, destroying a monastery and 30 houses.") != "Disrupted weapons use"
    assert sub_type("Security forces discovered a large amount of ammunition believed to belong to the rebels.") == "Disrupted weapons use"


def test_triggers_people_captured_in_a_place_are_not_ground_taken(sub_type):
    assert sub_type("Troops killed 14 members of the group and captured nine more in Apure state.") != "Government regains territory"
    assert sub_type("Government troops captured the village of Kalma in Darfur.") == "Government regains territory"
