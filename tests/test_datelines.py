"""Wire datelines: one pattern for every stage that skips where a story was filed."""
import pytest

from warledger.datelines import after_dateline, dateline_end


@pytest.mark.parametrize("head", [
    "KYIV (Northline) - ",
    "KHARKIV, Ukraine (Northline) - ",
    "BAMAKO, Feb 5 (Sahel Courier) - ",
    "PORT SUDAN, November 9, 2026 (Nile Desk) - ",
    "GOMA, 9 March (Lakes Wire) \u2014 ",
    "RENO, Nev. (AP) \u2014 ",
    "ST. PETERSBURG, Russia, Nov. 3 (AP) \u2014 ",
    "WASHINGTON \u2014 ",
    "MOSCOW/KYIV, March 9 (Wire) - ",         # filed from two cities
    "BEIRUT/JERUSALEM (Levant Desk) \u2013 ",
])
def test_dateline_end_finds_datelines(head):
    text = head + "The army said it had shot down 12 drones."
    assert dateline_end(text) == len(head)


@pytest.mark.parametrize("text", [
    "The army said it had shot down 12 drones.",
    "US - Russia talks resumed on Monday.",      # two letters: not a city
    "UPDATE 2-Russia says it downed 12 drones",  # no space before the dash
    "Russia said - and Kyiv denied - that ...",  # not in capitals
])
def test_dateline_end_leaves_other_openings(text):
    assert dateline_end(text) == 0


def test_dateline_end_at_a_later_paragraph():
    text = "Drones hit Kursk\n\nKURSK, Russia (Wire) - Three people were hurt."
    start = text.index("KURSK")
    assert text[dateline_end(text, start):] == "Three people were hurt."


def test_after_dateline_keeps_a_span_that_is_only_a_dateline():
    text = "KYIV (Northline) - Four people were killed."
    assert after_dateline(text, (0, len(text))) == (text.index("Four"), len(text))
    assert after_dateline(text, (0, 19)) == (0, 19)
