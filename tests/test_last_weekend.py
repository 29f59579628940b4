""" "Last weekend" in every language: the weekend before the report, at the month it lies in.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of


def _dates(text: str, language: str, published: str) -> list[tuple]:
    return [(e.date, e.date_precision) for e in events_of(f"Headline\n\n{text}\n", language, published)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thousands of people marched through Ouagadougou last weekend to back the junta."),
        (
            "fr",
            "Des milliers de personnes ont défilé à Ouagadougou le week-end dernier pour soutenir la junte.",
        ),
        ("de", "Am vergangenen Wochenende demonstrierten Tausende in Ouagadougou für die Junta."),
        ("es", "El pasado fin de semana, miles de personas marcharon en Uagadugú en apoyo de la junta."),
        ("vi", "Cuối tuần qua, hàng nghìn người đã tuần hành tại Ouagadougou ủng hộ chính quyền quân sự."),
    ],
)
def test_last_weekend_is_the_month_of_the_weekend_before_the_report(language: str, text: str) -> None:
    # a report of Tuesday 12 March 2024: last weekend is 9-10 March
    assert _dates(text, language, "2024-03-12") == [("2024-03", "month")]


def test_last_weekend_reaches_back_into_the_previous_month() -> None:
    # a report of Tuesday 2 July 2024: last weekend is 29-30 June
    text = "Thousands of people marched through Ouagadougou last weekend to back the junta."
    assert _dates(text, "en", "2024-07-02") == [("2024-06", "month")]


def test_a_weekend_spanning_two_months_is_not_given_either_month() -> None:
    # a report of Monday 2 December 2024: last weekend is 30 November and 1 December
    text = "Thousands of people marched through Ouagadougou last weekend to back the junta."
    assert _dates(text, "en", "2024-12-02") == []
