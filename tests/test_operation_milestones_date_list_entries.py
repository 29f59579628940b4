"""Milestones inside an operation's run (Barkhane's end announced on 10 June 2021, Takuba's initial
operational capability on 15 July 2020) fix the year of an undated chronology entry on that day that names
the operation; the same day without the operation's name stays a guess within the list's bounds.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from store.about.operations import operation_bounds
from tests.extract_helpers import events_of


@pytest.mark.parametrize(
    ("sentence", "month", "day", "year"),
    [
        ("Macron says Barkhane will give way to a smaller alliance.", 6, 10, 2021),
        ("Les forces spéciales européennes de Takuba sont déclarées opérationnelles.", 7, 15, 2020),
        ("Ngày 10/6: Tổng thống Pháp tuyên bố chấm dứt chiến dịch Barkhane.", 6, 10, 2021),
    ],
)
def test_an_entry_on_a_milestone_day_of_the_operation_it_names_is_that_day(
    sentence: str, month: int, day: int, year: int
) -> None:
    ((first, last, why),) = operation_bounds(sentence, month, day)
    assert first == last and first.year == year and "operations.csv" in why


def test_a_chronology_entry_on_barkhanes_announced_end_takes_2021() -> None:
    text = (
        "Barkhane\n\n"
        "June 10: Macron says Barkhane will give way to a smaller international alliance.\n\n"
        "Feb. 17: Paris and its partners say their troops will leave Mali.\n"
    )
    entry = next(e for e in events_of(text, "en") if e.sentence.startswith("June 10"))
    assert (entry.date, entry.date_inferred) == ("2021-06-10", True)
