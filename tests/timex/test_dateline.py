"""The filing date of a wire story's dateline."""
from warledger.timex.dateline import dateline_day


def test_dateline_day_of_a_wire_story():
    text = "Dozens killed in air strike\n\nPORT SUDAN, November 9, 2026 (Nile Desk) - An air strike on Saturday killed 41."
    assert dateline_day(text) == "2026-11-09"
    assert dateline_day("KHARKIV, Ukraine, 3 May 2025 - Shelling hit the city.") == "2025-05-03"


def test_dateline_day_none_without_a_dateline():
    assert dateline_day("An air strike on 9 November 2026 killed 41 people, medics said.") is None
    assert dateline_day("The war, which began in April 2023, has killed thousands.") is None


def test_dateline_day_of_a_story_filed_from_two_cities():
    assert dateline_day("MOSCOW/KYIV, March 9, 2026 (Wire) - Russia said it downed 45 drones.") == "2026-03-09"
