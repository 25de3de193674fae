"""Event dates from time expressions, and background history."""
from __future__ import annotations

from warledger.events.dates import event_date, is_background, precision
from warledger.models import DateRange, Time


def _time(text: str, sentence: str, value: str, start: str, end: str, mod: str | None = None) -> Time:
    offset = sentence.index(text)
    return Time(offset, offset + len(text), text, value, DateRange(start, end), mod=mod)


def test_dates_time_in_sentence_wins(nlp):
    text = "Drones hit the port overnight, officials said."
    doc = nlp(text)
    times = [_time("overnight", text, "2024-08-20TNI", "2024-08-20", "2024-08-21")]
    found = event_date(doc[:], times, "2024-08-21")
    assert (found.range.start, found.range.end, found.precision, found.source) == ("2024-08-21", "2024-08-21", 1, "text")


def test_dates_night_is_dated_to_the_day_it_ends_other_spans_kept(nlp):
    text = "Shelling continued through the week, and drones hit the port on the night of 3 to 4 May."
    doc = nlp(text)
    night = _time("the night of 3 to 4 May", text, "2024-05-03TNI", "2024-05-03", "2024-05-04")
    found = event_date(doc[:], [night], "2024-05-04")
    assert (found.range.start, found.range.end) == ("2024-05-04", "2024-05-04")
    week = _time("the week", text, "2024-W18", "2024-04-29", "2024-05-05")
    found = event_date(doc[:], [week], "2024-05-04")
    assert (found.range.start, found.range.end, found.precision) == ("2024-04-29", "2024-05-05", 2)


def test_dates_falls_back_on_publication_day_and_says_so(nlp):
    found = event_date(nlp("Drones hit the port.")[:], [], "2024-08-21")
    assert (found.range.start, found.source) == ("2024-08-21", "published")
    assert event_date(nlp("Drones hit the port.")[:], [], None) is None


def test_dates_precision_by_length():
    assert precision(DateRange("2024-08-21", "2024-08-21")) == 1
    assert precision(DateRange("2024-08-14", "2024-08-21")) == 2
    assert precision(DateRange("2024-08-01", "2024-08-31")) == 3


def test_dates_since_long_ago_is_background(nlp):
    text = "Since the beginning of this year, Ukraine has stepped up attacks on refineries."
    times = [_time("the beginning of this year", text, "2024", "2024-01-01", "2024-08-21", mod="START")]
    assert is_background(nlp(text)[:], times, "2024-08-21")
    superlative = "It was the largest attack since the beginning of this year."
    times = [_time("the beginning of this year", superlative, "2024", "2024-01-01", "2024-08-21", mod="START")]
    assert not is_background(nlp(superlative)[:], times, "2024-08-21")


def test_dates_dateline_is_not_the_event_date(nlp):
    text = "KHERSON, Ukraine, Nov 3 (Northline) - Russian shelling killed two civilians on Monday."
    times = [_time("Nov 3", text, "2026-11-03", "2026-11-03", "2026-11-03"),
             _time("Monday", text, "2026-11-02", "2026-11-02", "2026-11-02")]
    found = event_date(nlp(text)[:], times, "2026-11-03")
    assert (found.range.start, found.source) == ("2026-11-02", "text")


def test_dates_the_day_of_the_saying_dates_the_event_only_when_nothing_else_does(nlp):
    text = "The governor said on Wednesday that a missile hit Dnipro on Tuesday, killing four people."
    doc = nlp(text)
    times = [_time("Wednesday", text, "2026-11-25", "2026-11-25", "2026-11-25"),
             _time("Tuesday", text, "2026-11-24", "2026-11-24", "2026-11-24")]
    assert event_date(doc[:], times, "2026-11-25").range.start == "2026-11-24"
    text = "Officials said Friday that gunmen killed 12 villagers."
    doc = nlp(text)
    found = event_date(doc[:], [_time("Friday", text, "2026-11-20", "2026-11-20", "2026-11-20")], "2026-11-25")
    assert (found.range.start, found.source) == ("2026-11-20", "text")


def test_dates_night_named_by_its_day_is_that_day(nlp):
    text = "Gunmen opened fire on the market on Saturday night, police said."
    doc = nlp(text)
    night = _time("Saturday night", text, "2026-10-03TNI", "2026-10-03", "2026-10-04")
    found = event_date(doc[:], [night], "2026-10-06")
    assert (found.range.start, found.range.end) == ("2026-10-03", "2026-10-03")
    text = "Drones hit the port on the night of Monday to Tuesday."
    night = _time("the night of Monday to Tuesday", text, "2026-10-05TNI", "2026-10-05", "2026-10-06")
    found = event_date(nlp(text)[:], [night], "2026-10-06")
    assert (found.range.start, found.range.end) == ("2026-10-06", "2026-10-06")


def test_dates_a_date_of_saying_is_marked_as_such(nlp):
    text = "The police announced on Sunday that five people had been shot dead."
    sunday = _time("Sunday", text, "2026-10-04", "2026-10-04", "2026-10-04")
    found = event_date(nlp(text)[:], [sunday], "2026-10-08")
    assert (found.range.start, found.source, found.said) == ("2026-10-04", "text", True)
    text = "Gunmen opened fire on the market on Saturday, the police said."
    saturday = _time("Saturday", text, "2026-10-03", "2026-10-03", "2026-10-03")
    assert event_date(nlp(text)[:], [saturday], "2026-10-08").said is False
