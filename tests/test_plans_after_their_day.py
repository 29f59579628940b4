"""A plan set on a day the sentence gives lies after that day; German quotes and "zu" clauses.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of


def _dated(text: str, language: str, published: str) -> list[tuple]:
    return [(e.date, e.target_date) for e in events_of(f"Headline\n\n{text}\n", language, published)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The council decided on Tuesday to close the training mission on November 30."),
        ("de", "Der Rat beschloss am Dienstag, die Ausbildungsmission am 30. November zu schließen."),
    ],
)
def test_a_plan_set_on_a_day_of_the_sentence_is_the_first_such_date_after_it(
    language: str, text: str
) -> None:
    # in a story of late April, the November 30 decided on Tuesday is the coming one, months ahead
    assert _dated(text, language, "2024-04-25") == [("2024-04-23", "2024-11-30")]


def test_a_german_request_told_with_its_date_before_the_infinitive_is_a_plan() -> None:
    text = "Die Regierung bat die Mission am Freitag, am 1. Juli mit dem Abzug zu beginnen."
    assert _dated(text, "de", "2024-06-29") == [("2024-06-28", "2024-07-01")]


def test_a_german_infinitive_clause_with_no_day_of_its_saying_is_not_pushed_months_ahead() -> None:
    # nothing says when this was set: a date months behind the report is not read as next year's
    text = "Den Soldaten gelang es, am 3. März zu fliehen, nachdem sie angegriffen worden waren."
    assert [d for d, _ in _dated(text, "de", "2024-06-29")] == ["2024-03-03"]


def test_today_inside_german_quotation_marks_is_the_day_of_the_saying() -> None:
    text = "„Heute verlassen wir Mali“, sagte der Kommandeur am Freitag."
    assert _dated(text, "de", "2024-03-10") == [("2024-03-08", None)]
