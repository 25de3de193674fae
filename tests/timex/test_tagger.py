"""Recognition and normalisation without a parser (no tense information)."""
from warledger.timex import tag_times

PUB = "2024-08-21"  # a Wednesday


def values(text: str, published: str | None = PUB) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_times(text, published)]


def one(text: str, published: str | None = PUB):
    found = tag_times(text, published)
    assert len(found) == 1, found
    return found[0]


def test_tagger_absolute_formats():
    assert values("It began on August 6.") == [("August 6", "2024-08-06")]
    assert values("It began on 6 August 2024.") == [("6 August 2024", "2024-08-06")]
    assert values("It began on Aug. 6, 2023.") == [("Aug. 6, 2023", "2023-08-06")]
    assert values("Filed 2024-08-06 in Kyiv.") == [("2024-08-06", "2024-08-06")]
    assert values("the 6th of August") == [("the 6th of August", "2024-08-06")]


def test_tagger_slash_dates_month_first_unless_impossible_or_day_first_article():
    assert one("Dated 08/06/2024.").value == "2024-08-06"
    assert one("Dated 21/08/2024.").value == "2024-08-21"
    day_first = "The attack of 3 May 2024 was recorded on 08/06/2024."
    assert values(day_first)[-1] == ("08/06/2024", "2024-06-08")


def test_tagger_relative_days_and_parts_of_day():
    assert one("Russia said it downed 45 drones overnight.").value == "2024-08-20TNI"
    t = one("Russia said it downed 45 drones overnight.")
    assert (t.interval.start, t.interval.end) == ("2024-08-20", "2024-08-21")
    assert one("Sirens sounded last night.").value == "2024-08-20TNI"
    assert one("It was quiet this morning.").value == "2024-08-21TMO"
    assert values("yesterday, today and tomorrow") == [
        ("yesterday", "2024-08-20"), ("today", "2024-08-21"), ("tomorrow", "2024-08-22")]


def test_tagger_past_week_is_a_duration_over_the_seven_days_before():
    t = one("In the past week, they have struck three bridges.")
    assert (t.text, t.value, t.type) == ("the past week", "P1W", "DURATION")
    assert (t.interval.start, t.interval.end) == ("2024-08-14", "2024-08-21")


def test_tagger_calendar_units():
    assert one("Prices rose last week.").value == "2024-W33"
    assert one("Prices rose last month.").value == "2024-07"
    assert one("Prices rose earlier this month.").value == "2024-08"
    assert one("Prices rose last year.").value == "2023"
    assert one("Prices will rise next year.").value == "2025"
    t = one("Since the beginning of this year, attacks grew.")
    assert (t.text, t.value, t.mod) == ("the beginning of this year", "2024", "START")


def test_tagger_years_decades_quarters_seasons():
    assert one("It was founded in 2023.").value == "2023"
    assert one("It grew in the 1990s.").value == "199"
    assert one("Profit fell in the third quarter of 2023.").value == "2023-Q3"
    assert one("Fighting slowed last winter.").value == "2023-WI"
    assert one("It rained in the summer of 2022.").value == "2022-SU"


def test_tagger_durations():
    assert (one("The siege lasted for three days.").value) == "P3D"
    assert one("They waited two weeks.").value == "P2W"
    assert one("a five-hour meeting").value == "PT5H"
    assert one("It took 2 1/2 years.").value == "P2Y6M"
    assert one("It took about a decade.").value == "P10Y"
    assert one("for several months").value == "PXM"
    assert one("The siege lasted for three days.").interval is None


def test_tagger_ago():
    assert one("The truce collapsed three days ago.").value == "2024-08-18"
    assert one("The truce collapsed two months ago.").value == "2024-06"


def test_tagger_sets():
    assert one("Shelling is reported daily.").value == "P1D"
    assert one("They meet every Monday.").value == "XXXX-WXX-1"
    assert one("They meet every Monday.").type == "SET"


def test_tagger_ranges_give_both_ends_covering_the_range():
    found = tag_times("Talks were held between 12 and 14 August.", PUB)
    assert [(t.text, t.value) for t in found] == [("12", "2024-08-12"), ("14 August", "2024-08-14")]
    assert all((t.interval.start, t.interval.end) == ("2024-08-12", "2024-08-14") for t in found)
    assert [t.value for t in tag_times("from August 12-14, 2023", PUB)] == ["2023-08-12", "2023-08-14"]


def test_tagger_since_runs_the_interval_to_publication():
    t = one("31 people have died since August 6.")
    assert (t.text, t.value, t.mod) == ("August 6", "2024-08-06", "ON_OR_AFTER")
    assert (t.interval.start, t.interval.end) == ("2024-08-06", "2024-08-21")


def test_tagger_named_period_resolves_to_the_conflict_in_the_text():
    t = one("Kyiv came under its largest attack since the start of the war, Ukraine said.")
    assert (t.text, t.value) == ("the start of the war", "2022-02-24")
    gaza = one("Gaza has seen the heaviest bombing since the start of the war, Hamas said.", "2024-01-10")
    assert gaza.value == "2023-10-07"
    assert tag_times("It was the worst day since the start of the war.", PUB) == []


def test_tagger_named_period_not_before_the_conflict_began():
    t = one("Ukraine and Russia: the worst fighting since the start of the war.", "2015-06-01")
    assert t.value == "2014-04-06"


def test_tagger_present_past_future_references():
    assert one("The city is now quiet.").value == "PRESENT_REF"
    assert one("Officials recently said so.").value == "PAST_REF"
    assert one("in the near future").value == "FUTURE_REF"


def test_tagger_without_publication_date_gives_underspecified_values():
    got = {t.text: (t.value, t.interval) for t in tag_times(
        "Drones struck overnight and on Wednesday, in the past week and on August 6; last year too.", None)}
    assert got["overnight"] == ("XXXX-XX-XXTNI", None)
    assert got["Wednesday"] == ("XXXX-WXX-3", None)
    assert got["the past week"] == ("P1W", None)
    assert got["August 6"] == ("XXXX-08-06", None)
    assert got["last year"] == ("XXXX", None)
    assert one("Talks are under way now.", None).value == "PRESENT_REF"


def test_tagger_does_not_tag_names_verbs_or_ages():
    assert tag_times("May I ask? Jan Kavan joined the March for Life.", PUB) == []
    assert tag_times("A 6-year-old boy was hurt as prices fall.", PUB) == []


def test_tagger_is_deterministic():
    text = "On Friday, 12 drones hit Kharkiv; last week 30 did, and next month more will."
    assert tag_times(text, PUB) == tag_times(text, PUB)
    assert [t.value for t in tag_times(text, "2020-01-01")] != [t.value for t in tag_times(text, PUB)]


def test_tagger_year_ranges_give_both_years():
    found = tag_times("About 400,000 people fled in 2022-23.", PUB)
    assert [(t.text, t.value) for t in found] == [("2022", "2022"), ("23", "2023")]
    assert (found[0].interval.start, found[0].interval.end) == ("2022-01-01", "2023-12-31")


def test_tagger_last_as_a_verb_is_no_duration():
    assert [t.text for t in tag_times("The truce would last 30 days.", PUB)] == []
    t = one("Prices rose over the last five years.")
    assert (t.text, t.value) == ("the last five years", "P5Y")
    assert (t.interval.start, t.interval.end) == ("2019-08-21", "2024-08-21")


def test_tagger_decimals_and_ages_are_not_times():
    assert tag_times("The index fell 17.01, or 4.10 points; Mr. Smith, 52 years old, said.", PUB) == []
    assert one("The blast came at 10:35 a.m. on Friday.").value.endswith("T10:35")


def test_tagger_span_conventions_leave_out_about_and_adjective_determiners():
    t = one("The flight took about five hours.")
    assert (t.text, t.value, t.mod) == ("five hours", "PT5H", "APPROX")
    assert one("It posted a third-quarter loss.").text == "third-quarter"
    assert one("after a 16-hour flight").text == "16-hour"
    assert one("They will stay for at least 30 days.").mod == "EQUAL_OR_MORE"


def test_tagger_night_of_and_early_hours():
    t = one("Drones attacked on the night of 20 to 21 August.")
    assert (t.text, t.value, t.type) == ("the night of 20 to 21 August", "2024-08-20TNI", "TIME")
    assert (t.interval.start, t.interval.end) == ("2024-08-20", "2024-08-21")
    early = one("Explosions were heard in the early hours of Wednesday.")
    assert (early.value, early.mod) == ("2024-08-21", "START")


def test_tagger_survives_impossible_dates_and_extreme_anchors():
    text = "on February 30, 31/02/2024, 2024-02-30, 5000 years ago and three days ago"
    for published in (None, "0001-01-01", "9999-12-31", "not a date", PUB):
        for t in tag_times(text, published):
            assert text[t.start:t.end] == t.text
    assert all(t.value != "2024-02-30" for t in tag_times(text, PUB))


def test_tagger_frequencies_are_sets_rates_are_not_times():
    t = one("The ministers meet twice a week.")
    assert (t.text, t.value, t.type) == ("a week", "P1W", "SET")
    assert tag_times("The deal is worth $500 million a year.", PUB) == []


def test_tagger_since_looks_back():
    t = one("More than 40,000 people have been killed since Oct. 7, officials said.", "2024-08-29")
    assert (t.value, t.interval.start, t.interval.end) == ("2023-10-07", "2023-10-07", "2024-08-29")


def test_tagger_clock_time_takes_a_nearby_day_else_publication():
    found = tag_times("The strike on Friday began at 4:30 a.m.", PUB)
    assert found[-1].value == "2024-08-16T04:30"
    far = "The war began on Oct. 7. " + "Nothing happened. " * 40 + "Sirens sounded at 10 p.m."
    assert tag_times(far, PUB)[-1].value == "2024-08-21T22:00"


def test_tagger_past_hours_cover_the_days_touched():
    t = one("1,200 troops were killed in the past 24 hours.")
    assert (t.value, t.interval.start, t.interval.end) == ("PT24H", "2024-08-20", "2024-08-21")


def test_tagger_week_of_month_and_long_adjectives():
    assert one("Fighting peaked in the first week of March.").value == "2024-W10"
    assert one("It was a week-long offensive.").value == "P1W"
    assert tag_times("Talks resumed the day after the attack.", PUB) == []


def test_tagger_curly_apostrophes():
    assert one("Prices fell by year’s end.").text == "year’s end"
    t = one("Friday’s attack killed three.")
    assert (t.text, t.value) == ("Friday", "2024-08-16")


def test_tagger_short_weekday_abbreviations_are_not_read_in_prose():
    assert tag_times("The story was first reported by The Sun.", PUB) == []
    assert one("The vote is on Thurs., Aug. 22.").value == "2024-08-22"


def test_tagger_span_leaves_out_possessives_and_earlier_later_before_a_day():
    assert one("Later Thursday, the ministry confirmed the strike.").text == "Thursday"
    assert one("Officials met late Monday.").text == "Monday"
    assert one("The company reported its fourth quarter results.").text == "fourth quarter"
    assert one("Stocks hit a five year low.").text == "five year"
    assert one("Talks resumed in the past week.").text == "the past week"


def test_tagger_dateline_date_is_an_expression():
    t = one("KYIV, August 20 (Reuters) - Drones struck the capital.")
    assert (t.text, t.value) == ("August 20", "2024-08-20")


def test_tagger_years_and_days_in_words():
    assert one("It happened in January nineteen ninety-seven.").value == "1997-01"
    assert one("They met in the summer of nineteen ninety-eight.").value == "1998-SU"
    assert one("The vote is on March eighth.").value == "2024-03-08"
    assert one("It ends on the twenty-first of September.").value == "2024-09-21"
    assert one("It ended in the year two thousand and three.").value == "2003"
    assert tag_times("Nineteen hundred troops arrived.", PUB) == []


def test_tagger_expressions_built_on_a_day():
    t = one("The hearing is set for the week of September 2.")
    assert (t.text, t.value) == ("the week of September 2", "2024-W36")
    assert (t.interval.start, t.interval.end) == ("2024-09-02", "2024-09-08")
    t = one("The day before last Tuesday's vote, troops withdrew.")
    assert (t.text, t.value) == ("The day before last Tuesday", "2024-08-19")
    assert one("Shelling resumed two days after August 6.").value == "2024-08-08"


def test_tagger_one_day_ahead_and_newspapers_named_daily():
    t = one("Kyiv will one day join the alliance.")
    assert (t.text, t.value) == ("one day", "FUTURE_REF")
    assert one("They spent one day in the shelter.").value == "P1D"
    assert tag_times("The Communist Party daily Pravda said so.", PUB) == []
    assert one("Shelling is reported daily.").value == "P1D"


def test_tagger_edges_narrow_the_interval_to_a_third():
    t = one("Fighting intensified at the end of August.")
    assert (t.value, t.mod, t.interval.start, t.interval.end) == ("2024-08", "END", "2024-08-22", "2024-08-31")
    t = one("Prices rose in early 2023.")
    assert (t.interval.start, t.interval.end) == ("2023-01-01", "2023-05-01")
    t = one("Since the beginning of this year, attacks grew.")
    assert (t.interval.start, t.interval.end) == ("2024-01-01", "2024-08-21")


def test_tagger_until_runs_the_interval_from_publication_to_the_day():
    t = one("The curfew stays in force until August 30.")
    assert (t.value, t.mod, t.interval.start, t.interval.end) == ("2024-08-30", "ON_OR_BEFORE", "2024-08-21", "2024-08-30")
    t = one("The curfew lasted until August 6.")
    assert (t.interval.start, t.interval.end) == ("2024-08-06", "2024-08-06")


def test_tagger_quarter_ended_a_day_is_a_quarter_of_that_year():
    found = tag_times("Sales rose in the quarter ended June 30.", PUB)
    assert [(t.text, t.value, t.type) for t in found][0] == ("the quarter", "2024-QX", "DATE")


def test_tagger_over_is_more_than_only_after_a_verb_of_lasting():
    t = one("The inspection is likely to last over a week.")
    assert (t.text, t.mod) == ("over a week", "MORE_THAN")
    t = one("The front line shifted over several months.")
    assert (t.text, t.mod) == ("several months", None)


def test_tagger_duration_ranges_give_both_ends():
    found = tag_times("Repairs take between two to six days.", PUB)
    assert [(t.text, t.value) for t in found] == [("two", "P2D"), ("six days", "P6D")]
    found = tag_times("It will take about three or four years.", PUB)
    assert [(t.text, t.mod) for t in found] == [("three", "APPROX"), ("four years", "APPROX")]


def test_tagger_sets_before_and():
    t = one("Convoys are shelled every day and aid is blocked.")
    assert (t.text, t.value, t.type) == ("every day", "P1D", "SET")


def test_tagger_first_and_early_units_are_vague_durations():
    assert one("Hundreds were taken prisoner in the first hours of the offensive.").value == "PTXH"
    assert one("Losses were heavy in the early years.").value == "PXY"


def test_tagger_clock_restated_in_brackets_is_not_another_time():
    found = tag_times("The blast came at 10:35 a.m. (0735 GMT).", PUB)
    assert [t.text for t in found] == ["10:35 a.m."]


def test_tagger_related_weekday_before_a_date_and_or_so():
    assert one("The vote is this coming Sunday, August 25.").text == "this coming Sunday, August 25"
    assert one("Repairs will take the next year or so.").text == "the next year or so"


def test_tagger_clock_takes_the_day_after_a_bracketed_restatement():
    found = tag_times("The ceasefire took effect at 6 a.m. local time (0300 GMT) on Monday.", PUB)
    assert [(t.text, t.value) for t in found] == [("6 a.m. local time", "2024-08-19T06:00"), ("Monday", "2024-08-19")]


def test_tagger_days_later_count_from_the_day_last_mentioned():
    found = tag_times("Troops crossed on August 6, the first time since 2022. Two days later, a bridge fell.", PUB)
    assert [(t.text, t.value) for t in found][-1] == ("Two days later", "2024-08-08")


def test_tagger_week_to_a_day_and_part_of_a_day():
    t = one("In the week to August 18, 120 civilians were killed.")
    assert (t.text, t.value, t.interval.start, t.interval.end) == ("the week to August 18", "2024-W33", "2024-08-12", "2024-08-18")
    t = one("Explosions were heard on the morning of August 20.")
    assert (t.text, t.value, t.type) == ("the morning of August 20", "2024-08-20TMO", "TIME")


def test_tagger_year_ago_before_a_noun_that_is_no_time():
    found = tag_times("Profit rose in the third quarter. The year-ago results included a gain.", PUB)
    assert [(t.text, t.value) for t in found][-1] == ("year-ago", "2023-Q3")


def test_tagger_the_past_before_a_number_is_no_past_reference():
    t = one("The marches caused violence for the past three summers.")
    assert (t.text, t.value, t.type) == ("the past three summers", "XXXX-SU", "SET")
    assert one("In the past, wars were short.").value == "PAST_REF"


def test_tagger_generic_today_and_tomorrow_are_no_days():
    assert tag_times("Drones have changed today's world of warfare.", PUB) == []
    assert tag_times("They are training the leaders of tomorrow.", PUB) == []
    assert one("Today's attack killed five.").value == "2024-08-21"
    assert one("As of today, 20 have died.").value == "2024-08-21"


def test_tagger_titles_named_with_a_time_word_are_no_times():
    assert tag_times('He told USA Today that the talks failed.', PUB) == []
    assert tag_times('Blinken said on CBS\'s "This Week" that talks would resume.', PUB) == []
    assert one('"Today we fight," he said.').value == "2024-08-21"
    assert one("This week, Kyiv said.").value == "2024-W34"


def test_tagger_units_or_units_is_one_vague_duration():
    t = one("He probably died within weeks or months of his capture.")
    assert (t.text, t.value) == ("weeks or months", "PXW")


def test_tagger_next_day_follows_the_day_last_told_of():
    assert values("Fighting broke out on 3 August. The next day, rebels took the town.") == [
        ("3 August", "2024-08-03"), ("The next day", "2024-08-04")]
    assert values("Clashes began on 3 August. A day later troops arrived; the following day they left.") == [
        ("3 August", "2024-08-03"), ("A day later", "2024-08-04"), ("the following day", "2024-08-05")]
    assert values("On 3 August, 12 people were arrested; the day before, police had raided the office.")[1] == (
        "the day before", "2024-08-02")


def test_tagger_next_day_after_a_preposition_of_time_is_a_stretch():
    assert one("Aid should arrive over the next day or two.").value == "P1D"


def test_tagger_overnight_is_the_night_before_the_day_a_report_was_made():
    assert values("Russia said on Monday it had downed 30 drones overnight.") == [
        ("Monday", "2024-08-19"), ("overnight", "2024-08-18TNI")]
    assert values("Russia said it downed 30 drones overnight.") == [("overnight", "2024-08-20TNI")]
    assert values("On Monday, troops advanced. Overnight, drones hit Kyiv.")[1] == ("Overnight", "2024-08-20TNI")


def test_tagger_next_day_follows_the_story_not_the_day_it_was_told():
    assert values("Fighting broke out on Monday, the governor said on Wednesday. The next day, rebels took the town.") == [
        ("Monday", "2024-08-19"), ("Wednesday", "2024-08-21"), ("The next day", "2024-08-20")]


def test_tagger_a_bare_part_of_day_is_of_the_day_told_before_it():
    found = values("A drone hit the tanker on Tuesday. A fire was put out by the afternoon.")
    assert ("the afternoon", found[0][1] + "TAF") in found
    assert values("He works in the morning shift and reads the evening news.") == []


def test_tagger_a_full_month_before_a_full_stop_and_a_number_is_the_month():
    found = values("The line was moved in May.\n\n5/8 A doctor said 12 people were hurt.")
    assert found and found[0][0] == "May" and found[0][1].endswith("-05")
    assert values("It began on May 5.")[0][0] == "May 5"


def test_tagger_dawn_and_dusk_are_the_morning_and_evening_of_the_day_told():
    found = values("Rebels attacked on Monday. At dawn, troops moved in; they left at dusk.")
    monday = found[0][1]
    assert ("dawn", monday + "TMO") in found and ("dusk", monday + "TEV") in found
    assert [v for t, v in values("Gunmen attacked before dawn on Sunday.") if t == "dawn"] == []  # the day is named
    assert values("A new dawn for the country.") == []
