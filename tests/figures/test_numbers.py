"""Numbers as written to values."""
from __future__ import annotations

import pytest

from warledger.figures.numbers import as_number, parse_number, parse_numeral


@pytest.mark.parametrize(
    "words, value",
    [
        (["1,286"], 1286),
        (["3", "200"], 3200),
        (["2.14", "lakh"], 214000),
        (["1.16", "million"], 1160000),
        (["twenty", "-", "one"], 21),
        (["one", "hundred", "and", "twenty"], 120),
        (["a", "dozen"], 12),
        (["five", "thousand", "three", "hundred"], 5300),
        (["61", ",", "000"], 61000),
        (["100s"], 100),
    ],
)
def test_numbers_parse_number_reads_written_forms(words, value):
    assert parse_number(words) == value


def test_numbers_parse_number_rejects_words():
    assert parse_number(["drones"]) is None
    assert parse_number([]) is None


def test_numbers_dotted_thousands_and_decimals():
    assert parse_numeral("2.000") == 2000
    assert parse_numeral("2.5") == 2.5


def test_numbers_as_number_keeps_whole_numbers_int():
    assert as_number(45.0) == 45 and isinstance(as_number(45.0), int)
    assert as_number(None) is None
