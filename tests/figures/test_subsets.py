"""Linking a figure to the figure it is a part of."""
from __future__ import annotations

from warledger.figures.subsets import link_subsets
from warledger.models import Figure


def _figure(text: str, phrase: str, value: int, unit: str | None, role: str = "other") -> Figure:
    start = text.index(phrase)
    return Figure(start, start + len(phrase), phrase, value, value, value, unit=unit, role=role)


def test_subsets_including_links_to_the_figure_before():
    text = "Officials said 20 people were hurt, including six children."
    figures = [_figure(text, "20 people", 20, "person", "injured"), _figure(text, "six children", 6, "child")]
    link_subsets(figures, text)
    assert figures[1].part_of == 0
    assert figures[1].role == "injured"


def test_subsets_of_whom_gives_unit_to_elided_figure():
    text = "Some 60 people were injured, of whom 12 were taken to hospital."
    figures = [_figure(text, "60 people", 60, "person", "injured"), _figure(text, "12", 12, None, "hospitalised")]
    link_subsets(figures, text)
    assert figures[1].part_of == 0
    assert figures[1].unit == "person"


def test_subsets_cue_in_an_earlier_clause_does_not_link():
    text = "Troops killed 5 fighters, including a commander, and captured 12 others."
    figures = [_figure(text, "5 fighters", 5, "fighter", "killed"), _figure(text, "12 others", 12, "other", "captured")]
    link_subsets(figures, text)
    assert figures[1].part_of is None


def test_subsets_part_is_never_bigger_than_whole():
    text = "Ten houses burned, including 40 sheds."
    figures = [_figure(text, "Ten houses", 10, "house"), _figure(text, "40 sheds", 40, "shed")]
    link_subsets(figures, text)
    assert figures[1].part_of is None
