"""A year written as an attribute ("the 2025 defence budget", "the 2026 budget law") in a sentence told in
the past, when it lies after the report's own year, says which budget or plan: an act already done cannot
have happened then, so the sentence's own time dates it. A year before it still dates the act told
("passed the 2023 defence budget in a rush").

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for


@pytest.mark.parametrize(
    "sentence",
    [
        "Parliament approved the 2025 defence budget, which cuts funding for the Sahel mission.",
        "Lawmakers rejected the 2026 budget law that would have kept troops in Niger.",
    ],
)
def test_a_later_year_told_in_the_past_is_no_date(sentence: str) -> None:
    event = event_for(sentence + "\n", "en", "2024-11-07", sentence.split()[0])
    assert (event.date, event.date_precision) == ("2024-11-07", "day")


def test_an_earlier_year_told_in_the_past_still_dates_the_act() -> None:
    sentence = "Parliament passed the 2023 defence budget in a rush.\n"
    event = event_for(sentence, "en", "2024-11-07", "Parliament passed")
    assert event.date == "2023"
