"""A Vietnamese name capitalises only its first syllable ("Tầm nhìn 2050", "Chiến lược 2030"): the year
closing it says which plan, not when the sentence's act happened (the publication date does); a year
after a lower-case verb ("rút quân 2022") is still a date.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Liên minh châu Phi đã thông qua các mục tiêu an ninh theo Chương trình 2063.", "thông qua"),
        ("Chính phủ Niger đã công bố Chiến lược 2035 về quốc phòng.", "công bố"),
    ],
)
def test_a_year_closing_a_name_is_not_the_date(sentence: str, fragment: str) -> None:
    event = event_for(sentence + "\n", "vi", "2024-09-12", fragment)
    assert (event.date, event.date_inferred) == ("2024-09-12", False)  # the publication date


def test_a_year_after_a_verb_is_still_a_date() -> None:
    event = event_for("Quân đội Pháp rút quân 2022 khỏi Mali.\n", "vi", "2024-09-12", "rút quân")
    assert event.date == "2022"
