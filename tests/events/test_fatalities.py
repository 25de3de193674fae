"""ACLED fatalities from killed figures."""
from __future__ import annotations

from warledger.events.fatalities import fatalities, reported_number
from warledger.models import Figure


def _killed(text: str, value, low=None, unit="person", part_of=None, role="killed") -> Figure:
    low = value if low is None else low
    return Figure(0, len(text), text, value, low, value, unit=unit, role=role, part_of=part_of)


def test_fatalities_most_conservative_per_kind_summed_across_kinds():
    figures = [_killed("31 people", 31), _killed("28 people", 28), _killed("4 soldiers", 4, unit="soldier")]
    assert fatalities(figures) == 32


def test_fatalities_parts_and_other_roles_do_not_add():
    figures = [_killed("12 people", 12), _killed("three children", 3, unit="child", part_of=0),
               _killed("40 people", 40, role="injured")]
    assert fatalities(figures) == 12


def test_fatalities_vague_words_follow_acled():
    assert reported_number(_killed("dozens of people", None, low=24)) == 12
    assert reported_number(_killed("more than 430 soldiers", None, low=431)) == 431


def test_fatalities_none_when_nobody_reported_killed():
    assert fatalities([_killed("45 drones", 45, unit="drone", role="intercepted")]) is None


def test_fatalities_reports_of_people_and_civilians_are_the_same_dead():
    figures = [_killed("at least 10 people", 10), _killed("12 civilians", 12, unit="civilian"),
               _killed("3 militants", 3, unit="militant")]
    assert fatalities(figures) == 13


def test_fatalities_bare_total_is_another_report_of_all_dead():
    figures = [_killed("30 soldiers", 30, unit="soldier"), _killed("45", 45)]
    assert fatalities(figures) == 30
    assert fatalities([_killed("5 soldiers", 5, unit="soldier"), _killed("3 civilians", 3, unit="civilian"), _killed("6", 6)]) == 6


def test_fatalities_increment_adds_to_the_toll_reported_before():
    figures = [_killed("Five people", 5), _killed("Another three", 3)]
    assert fatalities(figures) == 8


def test_fatalities_increment_inside_a_revised_toll_is_not_counted_twice():
    figures = [_killed("nine", 9), _killed("three more bodies", 3, unit="body", part_of=0)]
    assert fatalities(figures) == 9


def test_fatalities_a_vague_word_counts_only_when_no_number_is_told():
    dozens = Figure(0, 6, "Dozens", None, 24, None, unit="person", role="killed")
    assert fatalities([dozens, _killed("at least 41 civilians", 41, unit="civilian")]) == 41
    assert fatalities([dozens]) == 12
