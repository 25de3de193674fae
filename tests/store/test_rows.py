"""The row mapping keeps every field of every record."""
from __future__ import annotations

from dataclasses import fields

import pytest

from warledger.models import Span
from warledger.store.rows import STORED_FIELDS, TABLES, _fragments, _fragments_cell, number


@pytest.mark.parametrize("model", list(STORED_FIELDS), ids=lambda m: m.__name__)
def test_rows_every_model_field_is_stored(model):
    declared = {f.name for f in fields(model)}
    assert declared == STORED_FIELDS[model], (
        f"models.{model.__name__} and the ledger differ: store the new field "
        "(a column in a new migration, a mapping in store/rows.py)"
    )


def test_rows_tables_map_every_column_both_ways(make_extraction):
    extraction = make_extraction()
    for table in TABLES:
        for record in getattr(extraction, table.name):
            row = table.to_row(record)
            assert len(row) == len(table.columns)
            assert table.to_row(table.from_row(row)) == row  # event links live in their own tables


def test_rows_fragments_round_trip_as_json():
    span = Span(0, 20, "a ... b", fragments=(Span(0, 3, "“a,"), Span(15, 20, "b”")))
    cell = _fragments_cell(span)
    assert cell == '[[0, 3, "“a,"], [15, 20, "b”"]]'
    assert _fragments(cell) == span.fragments
    assert _fragments_cell(Span(0, 1, "x")) is None and _fragments(None) == ()


def test_rows_number_gives_whole_numbers_back_as_int():
    assert number(45.0) == 45 and isinstance(number(45.0), int)
    assert number(2.5) == 2.5 and number(None) is None
