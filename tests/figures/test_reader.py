"""Reading figures from parsed sentences: values, bounds, units, roles, non-counts."""
from __future__ import annotations

import pytest

from warledger.figures.reader import read_figures


@pytest.fixture(scope="module")
def read(nlp):
    def run(text: str) -> list[tuple]:
        return [(f.text, f.value, f.low, f.high, f.unit, f.role, f.part_of) for f in read_figures(nlp(text))]

    return run


def test_reader_intercepted_drones_with_subset(read):
    figures = read("The ministry said air defences shot down 38 drones overnight, including 9 over the Belgorod region.")
    assert figures[0][1:6] == (38, 38, 38, "drone", "intercepted")
    assert figures[1][1] == 9 and figures[1][4] == "drone" and figures[1][6] == 0


def test_reader_vague_and_bounded_quantities(read):
    figures = read("More than 430 people fled, at least 12 died and up to 30 were hurt, while dozens of homes burned.")
    values = {f[0]: f[1:4] for f in figures}
    assert values["More than 430 people"] == (430, 431, None)
    assert values["at least 12"] == (12, 12, None)
    assert values["up to 30"] == (30, None, 30)
    assert values["dozens of homes"] == (None, 24, None)


def test_reader_ranges_and_number_words(read):
    figures = read("Between 10 and 15 soldiers were captured and twenty-one civilians were wounded.")
    assert figures[0][1:5] == (None, 10, 15, "soldier")
    assert figures[0][5] == "captured"
    assert figures[1][1] == 21 and figures[1][5] == "injured"


def test_reader_roles_from_complements(read):
    figures = read("The storm left 483 people homeless and forced 2,000 residents to evacuate.")
    assert [(f[1], f[5]) for f in figures] == [(483, "displaced"), (2000, "evacuated")]


def test_reader_a_count_put_at_a_value_counts_the_noun_of_its_object(read):
    figures = read("Officials put the number of people killed at 31. The ministry put the number of soldiers "
                   "wounded in the attack at 12.")
    assert [(f[1], f[4], f[5]) for f in figures] == [(31, "person", "killed"), (12, "soldier", "injured")]
    assert read("He was detained at 31 and freed at 40.") == []


def test_reader_a_subject_the_parser_made_the_object_of_saying_takes_the_role_of_its_clause(read):
    figures = read("The Serb party Srpska Lista says 14 people, among them three pensioners, have been detained "
                   "in overnight searches.")
    assert [(f[1], f[5]) for f in figures] == [(14, "detained"), (3, "detained")]


def test_reader_roles_from_nouns(read):
    figures = read("Officials reported 46 deaths and the evacuation of 3,000 villagers.")
    assert [(f[1], f[4], f[5]) for f in figures] == [(46, "person", "killed"), (3000, "villager", "evacuated")]


def test_reader_article_count_of_struck_object(read):
    figures = read("Ukrainian forces struck two bridges and an ammunition depot.")
    assert (figures[-1][1], figures[-1][4], figures[-1][5]) == (1, "ammunition depot", "struck")


def test_reader_agent_subject_gets_no_victim_role(read):
    figures = read("Two gunmen killed a guard.")
    assert figures[0][4] == "gunman" and figures[0][5] == "other"


def test_reader_non_counts_are_not_figures(read):
    text = ("A 55-year-old man said on 3 May 2023 at 8 a.m. that 25% of the 70 km road, worth $5 million, "
            "was closed in 2014 for three weeks near Highway 15, where a Su-34 crashed in one of the worst accidents.")
    assert read(text) == []


def test_reader_long_sentence_with_mis_tagged_verb_is_no_label(read):
    figures = read("On 24 August, around 200 people protested in the capital demanding the return of prisoners of war.")
    assert [(f[1], f[5]) for f in figures] == [(200, "other")]


def test_reader_number_of_x_names_the_role(read):
    figures = read("The number of displaced families is estimated to be 349.")
    assert (figures[0][1], figures[0][5]) == (349, "displaced")


def test_reader_generic_verbs_give_no_role(read):
    figures = read("The senator used a personal email account and held a rally, while voters were leaving 35 precincts.")
    assert all(f[5] == "other" for f in figures)


def test_reader_forced_to_leave_home_is_displaced(read):
    figures = read("The fire forced 2,500 people to leave their homes.")
    assert (figures[0][1], figures[0][5]) == (2500, "displaced")


def test_reader_fled_a_place_is_displaced(read):
    figures = read("Some 3,000 residents fled the town after the shelling.")
    assert (figures[0][1], figures[0][5]) == (3000, "displaced")


def test_reader_header_row_reads_its_first_role_word(read):
    figures = read("3,030 People Evacuated / Displaced")
    assert (figures[0][1], figures[0][5]) == (3030, "evacuated")


def test_reader_hyphenated_measure_adjectives_are_no_counts(read):
    figures = read("Shells hit a nine-storey block and a three-member crew began a two-day repair of 14 flats.")
    assert [f[1] for f in figures if f[1] not in (1,)] == [14]


def test_reader_partly_destroyed_is_damaged(read):
    figures = read("Officials said 30 houses were partially destroyed and 12 houses were destroyed.")
    assert [(f[1], f[5]) for f in figures] == [(30, "damaged"), (12, "destroyed")]


def test_reader_coordinated_objects_share_the_verb(read):
    figures = read("The army said the enemy launched 6 missiles and 40 drones at the city, of which 35 drones were shot down.")
    assert [(f[1], f[4], f[5]) for f in figures] == [(6, "missile", "launched"), (40, "drone", "launched"), (35, "drone", "intercepted")]
    assert figures[2][6] == 1


def test_reader_partitive_of_the_dead_is_part_of_the_toll(read):
    figures = read("The shelling killed 11 people and wounded 30 in Gorlivka. Doctors said three of the dead were children.")
    assert figures[2][1:7] == (3, 3, 3, "child", "killed", 0)


def test_reader_role_verb_right_before_a_mis_parsed_subject(read):
    text = ("MANDALAY (Wire) - Army jets bombed a village in Magway region on Friday, killing at least 11 civilians "
            "including three children, villagers and a local militia said. The army did not comment.")
    figures = read(text)  # the parser makes 'civilians' the subject of 'said'
    assert [(f[1], f[4], f[5]) for f in figures if f[4] != "village"] == [(11, "civilian", "killed"), (3, "child", "killed")]


def test_reader_others_count_the_unit_before_them(read):
    figures = read("The storm damaged 80 houses, destroyed 20 others and injured nine people of whom two were in serious condition.")
    assert [(f[1], f[4], f[5], f[6]) for f in figures] == [
        (80, "house", "damaged", None), (20, "house", "destroyed", None), (9, "person", "injured", None), (2, "person", "injured", 2)]


def test_reader_elided_noun_takes_the_thing_counted_before(read):
    figures = read("The earthquake left 1,200 houses partially damaged and 300 completely destroyed.")
    assert [(f[1], f[4], f[5]) for f in figures] == [(1200, "house", "damaged"), (300, "house", "destroyed")]
    figures = read("Russia launched 40 drones overnight and air defences shot down 35.")
    assert [(f[1], f[4], f[5]) for f in figures] == [(40, "drone", "launched"), (35, "drone", "intercepted")]


def test_reader_nationalities_count_their_people_and_tolls_brought_to(read):
    # the contract's unit is the noun of what is counted, singular: '42 Palestinians' count palestinian
    figures = read("Strikes killed 42 Palestinians overnight, the ministry said, bringing the death toll to 43,000.")
    assert [(f[1], f[4], f[5]) for f in figures] == [(42, "palestinian", "killed"), (43000, "person", "killed")]
    christians = read("The group said it had killed 40 Christians in the raid.")
    assert [(f[1], f[4], f[5]) for f in christians] == [(40, "christian", "killed")]


def test_reader_shot_dead_a_person_counts_one_killed(read):
    figures = read("Unknown gunmen shot dead a village chief in the district on Monday.")
    assert [(f[1], f[4], f[5]) for f in figures] == [(1, "village chief", "killed")]


def test_reader_left_without_shelter_is_displaced_submerged_is_damaged(read):
    figures = read("The quake left 15,000 people without shelter. Some 700 houses were submerged.")
    assert [(f[1], f[5]) for f in figures] == [(15000, "displaced"), (700, "damaged")]


def test_reader_among_the_set_is_a_part_of_the_figure_before(read):
    figures = read("Three people were killed and 12 injured in the shelling. Two children were among the injured.")
    assert figures[2][0] == "Two children" and figures[2][4:] == ("child", "injured", 1)
    figures = read("Five people died in the attack. Four soldiers were among those killed, officials said.")
    assert figures[1][4:] == ("soldier", "killed", 0)
    figures = read("Two children were among 12 people injured in the attack.")
    assert figures[0][4:] == ("child", "injured", 1)


def test_reader_increment_is_part_of_the_running_total_of_its_sentence(read):
    figures = read("The death toll has risen to nine from six, after rescuers pulled three more bodies from the ruins.")
    by_text = {f[0]: f for f in figures}
    assert by_text["nine"][5] == "killed" and by_text["six"][5] == "other"
    assert by_text["three more bodies"][5:] == ("killed", 0)
    figures = read("Rescuers found two more bodies on Monday, bringing the death toll to 14.")
    assert figures[0][6] == 1 and figures[1][1] == 14


def test_reader_more_than_is_a_bound_not_an_increment(read):
    figures = read("The toll rose to 40 after more than 20 people died in hospital.")
    assert all(f[6] is None for f in figures)


def test_reader_counts_before_a_running_total_are_part_of_it(read):
    figures = read("Two soldiers were killed on Monday. A further two died in hospital, bringing the toll to four.")
    assert [f[4:] for f in figures] == [("soldier", "killed", 2), ("person", "killed", 2), ("person", "killed", None)]


def test_reader_a_toll_that_doubled_counts_the_dead(read):
    assert read("The number of dead has doubled to 40.")[0][4:6] == ("person", "killed")
    assert read("The injury toll rose to 30 on Tuesday.")[0][5] == "injured"


def test_reader_munitions_dropped_or_lobbed_are_launched(read):
    assert read("A fighter jet dropped two bombs on a monastery.")[0][4:6] == ("bomb", "launched")
    assert read("Militants lobbed three grenades at a police post.")[0][4:6] == ("grenade", "launched")


def test_reader_a_part_takes_the_people_its_copula_names(read):
    assert read("Nine people died; five of them were women.")[1][4:] == ("woman", "killed", 0)
    assert read("Seven people were killed, three of whom were children.")[1][4:] == ("child", "killed", 0)


def test_reader_a_whole_fronted_with_of_has_the_part_after_it(read):
    assert read("Of the 20 killed, 12 were civilians.")[1][4:] == ("civilian", "killed", 0)
    assert read("Of the 143 injured, 79 were hospitalised.")[1][4:] == ("person", "hospitalised", 0)


def test_reader_phrasal_verbs_of_destruction_and_flight(read):
    assert read("Some 250 houses were washed away in the floods.")[0][4:6] == ("house", "destroyed")
    assert read("Nearly 80 homes were torched by the attackers.")[0][4:6] == ("house", "destroyed")
    assert read("Militants drove out 5,000 villagers.")[0][4:6] == ("villager", "displaced")


def test_reader_driven_from_their_homes_is_displaced(read):
    assert read("The war has driven more than 12 million from their homes.")[0][4:6] == ("person", "displaced")


def test_reader_part_of_a_numbered_whole(read):
    figures = read("The air force said it shot down 54 of the 71 drones launched overnight.")
    assert figures[0][1] == 54 and figures[0][4:] == ("drone", "intercepted", 1)
    assert figures[1][1] == 71 and figures[1][4:] == ("drone", "launched", None)
    figures = read("Air defences destroyed 20 of 25 missiles.")
    assert [f[4:] for f in figures] == [("missile", "intercepted", 1), ("missile", "launched", None)]


def test_reader_part_of_a_set_takes_its_own_verb(read):
    figures = read("Shelling wounded 14 people in the town. Five of the injured were later evacuated by helicopter.")
    assert figures[1][1] == 5 and figures[1][5] == "evacuated" and figures[1][6] == 0


def test_reader_received_by_a_hospital_or_in_intensive_care_is_hospitalised(read):
    figures = read("The strike wounded 30 people. The district hospital received 12 of the injured.")
    assert figures[1][1] == 12 and figures[1][5] == "hospitalised" and figures[1][6] == 0
    figures = read("Nine soldiers were wounded in the attack. Three of them are in intensive care.")
    assert figures[1][1] == 3 and figures[1][5] == "hospitalised"


def test_reader_people_lost_and_bodies_brought_are_killed(read):
    assert read("The brigade said it held the line, losing 11 soldiers.")[0][4:6] == ("soldier", "killed")
    assert read("Rescuers said the bodies of 14 people were taken to the morgue.")[0][4:6] == ("person", "killed")


def test_reader_driving_off_with_things_captures_them(read):
    figures = read("The gunmen made off with four police trucks after the raid.")
    assert figures[0][4:6] == ("truck", "captured")


def test_reader_ships_sunk_are_destroyed(read):
    assert read("The navy said the strike sank three boats.")[0][4:6] == ("boat", "destroyed")


def test_reader_unit_is_the_head_noun_not_its_owner_measure_or_people(read):
    assert read("Militants attacked three border posts and burned five army trucks.")[1][4] == "truck"
    assert read("The jets dropped four 250-kilogram bombs on the bridge.")[0][4:6] == ("bomb", "launched")
    assert read("Twelve Malian soldiers were killed on Sunday.")[0][:2] == ("Twelve Malian soldiers", 12)
    assert read("Twelve Malian soldiers were killed on Sunday.")[0][4:6] == ("soldier", "killed")
    assert read("The militia said it struck a police station overnight.")[0][4] == "police station"


def test_reader_elided_noun_of_a_coordinated_count(read):
    figures = read("Eight policemen were killed and 15 wounded when the convoy was ambushed.")
    assert [(f[1], f[4], f[5]) for f in figures] == [(8, "policeman", "killed"), (15, "policeman", "injured")]


def test_reader_count_located_in_a_place_is_no_part_of_a_count_of_places(read):
    figures = read("Air defences downed 40 drones over five provinces, including 12 over the Kursk province.")
    last = figures[-1]
    assert last[1] == 12 and last[4] == "drone" and last[5] == "intercepted" and figures[last[6]][1] == 40


def test_reader_acts_are_not_intercepted(read):
    assert read("The army said it repelled 17 enemy attacks on Tuesday.")[0][5] == "other"


def test_reader_munitions_an_attack_was_made_with_are_launched(read):
    assert read("The tanker was targeted with three drones near the port.")[-1][4:6] == ("drone", "launched")


def test_reader_count_registered_among_a_set_takes_its_role(read):
    assert read("Officials registered 300 children among the newly displaced.")[0][5] == "displaced"


def test_reader_homes_evacuated_count_households(read):
    assert read("Wildfires forced the evacuation of about 80 homes near the lake.")[0][4:6] == ("household", "evacuated")
    assert read("The fire destroyed about 80 homes near the lake.")[0][4:6] == ("house", "destroyed")


def test_reader_role_noun_keeps_the_people_its_modifier_names(read):
    assert read("The monitor recorded 45 civilian deaths last month.")[0][4:6] == ("civilian", "killed")
    assert read("The monitor recorded 45 deaths last month.")[0][4:6] == ("person", "killed")


def test_reader_treated_is_injured_admitted_is_hospitalised(read):
    assert read("Medics said they had treated 40 wounded people since Sunday.")[0][5] == "injured"
    assert read("The hospital said 12 people were admitted overnight.")[0][5] == "hospitalised"


def test_reader_burying_people_means_they_died_buried_houses_were_destroyed(read):
    assert [(f[1], f[5]) for f in read("He said he had helped bury 17 people in a single grave.")] == [(17, "killed")]
    assert [(f[1], f[5]) for f in read("The landslide buried 30 houses.")] == [(30, "destroyed")]
    assert [(f[1], f[5]) for f in read("The army said four soldiers had been martyred.")] == [(4, "killed")]


def test_reader_charges_dropped_are_launched(read):
    figures = read("The attackers had dropped at least eight explosive charges on the base.")
    assert [(f[1], f[5]) for f in figures] == [(8, "launched")]


def test_reader_a_vague_quantity_of_a_kind_is_no_part_of_a_set(read):
    assert [(f[4], f[5]) for f in read("The attackers burned down dozens of homes.")] == [("house", "destroyed")]
    assert [(f[4], f[5]) for f in read("Dozens of the displaced were children.")] == [("child", "displaced")]


def test_reader_conjoined_counts_among_the_dead(read):
    figures = read("He said seven women and four children were among the dead.")
    assert [(f[1], f[5]) for f in figures] == [(7, "killed"), (4, "killed")]


def test_reader_a_toll_of_n_counts_the_dead_unless_its_modifier_says_otherwise(nlp):
    doc = nlp("The Red Cross had given a higher toll of 26. The injury toll of 5 rose.")
    assert [(f.text, f.role, f.unit) for f in doc._.wl_figures] == [("26", "killed", "person"),
                                                                    ("5", "injured", "person")]


def test_reader_idioms_of_destruction_and_capture(nlp):
    # a fire set reads as burning, which is destruction ('burn' is destroyed too)
    doc = nlp("I counted nine houses reduced to rubble. The attackers set fire to two dormitories. "
              "Rebels set 20 houses on fire. The army recaptured two towns. The mission documented the "
              "burning of three villages. The fighters carried off four pickup trucks.")
    assert [(f.text, f.role) for f in doc._.wl_figures] == [
        ("nine houses", "destroyed"), ("two dormitories", "destroyed"), ("20 houses", "destroyed"),
        ("two towns", "captured"), ("three villages", "destroyed"), ("four pickup trucks", "captured")]


def test_reader_people_released_are_no_longer_held(nlp):
    doc = nlp("The rebels freed 30 hostages on Sunday. The militants took 12 hostages. Police released 20 detainees.")
    assert [(f.text, f.role) for f in doc._.wl_figures] == [("30 hostages", "other"), ("12 hostages", "captured"),
                                                            ("20 detainees", "other")]


def test_reader_shot_dead_and_killed_to_death(nlp):
    # 'dead' is tagged a complement ("had been shot dead") or an adverbial ("shot five people dead");
    # "beaten to death" kills, "sentenced to death" does not
    doc = nlp("Police said five people had been shot dead. Gunmen shot dead four guards. Gunmen shot three "
              "farmers dead. Two men were beaten to death by a mob. Six men were sentenced to death.")
    assert [(f.text, f.role) for f in doc._.wl_figures] == [
        ("five people", "killed"), ("four guards", "killed"), ("three farmers", "killed"), ("Two men", "killed"),
        ("Six men", "other")]


def test_reader_lost_gendarmes_lives_given_and_people_who_left_for_a_town(nlp):
    doc = nlp("We have lost six gendarmes. Three soldiers had given their lives for the homeland. About 1,100 "
              "residents have left for Bignona town. The strike left 12 dead. The storm left 40 people without "
              "power. Three soldiers left the base.")
    assert [(f.text, f.role) for f in doc._.wl_figures] == [
        ("six gendarmes", "killed"), ("Three soldiers", "killed"), ("About 1,100 residents", "displaced"),
        ("12", "killed"), ("40 people", "other"), ("Three soldiers", "other")]


def test_reader_reduced_to_rubble_read_as_an_infinitive_is_still_destroyed(read):
    figures = read("I counted nine houses reduced to rubble on the main street myself.")
    assert [(f[1], f[5]) for f in figures] == [(9, "destroyed")]
