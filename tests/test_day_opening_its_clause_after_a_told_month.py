"""A day named alone after a month of the same sentence, with its clause going on right after it ("In
January Norway pulled out its engineers, and on the 3rd the camp was handed over", "el día 3 entregó el
campamento"), is a day of that month, not of the report's (``DAY_AFTER_MONTH`` in
store/languages/<code>/dates.py, read by store/dates/days_of_a_told_month.py); "on the 3rd floor" is no day.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

REPORT_DAY = "2025-03-06"

CLAUSE_AFTER_THE_DAY = [
    ("en", "In January Norway pulled out its engineers, and on the 9th the camp was handed to the army."),
    ("es", "En enero, Noruega retiró a sus zapadores; el día 9 entregó el campamento al ejército."),
]


@pytest.mark.parametrize(("language", "sentence"), CLAUSE_AFTER_THE_DAY)
def test_a_day_opening_its_clause_after_a_told_month_is_a_day_of_that_month(
    language: str, sentence: str
) -> None:
    dates = sorted(e.date or "" for e in events_of(f"Headline\n\n{sentence}\n", language, REPORT_DAY))
    assert dates == ["2025-01", "2025-01-09"]


def test_an_ordinal_before_a_noun_is_no_day() -> None:
    sentence = "In January the engineers of the mission handed their camp on the 3rd floor to the army."
    dates = [e.date for e in events_of(f"Headline\n\n{sentence}\n", "en", REPORT_DAY)]
    assert dates == ["2025-01"]
