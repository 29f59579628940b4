"""An agreement reached on a weekday that provides for a later departure ("hôm thứ Bảy ký thỏa thuận theo
đó binh sĩ sẽ rời căn cứ chậm nhất vào ngày 15/9") is dated by that past weekday, its deadline the target:
Vietnamese "hôm" before a weekday names a day gone by; "thứ Bảy tới" is still ahead.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PUBLISHED = "2024-05-20"  # a Monday


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "vi",
            "Hai chính phủ hôm thứ Bảy ký thỏa thuận theo đó các binh sĩ Pháp sẽ rời căn cứ chậm nhất vào "
            "ngày 15/9.",
            "binh sĩ",
        ),
        (
            "en",
            "The two governments on Saturday signed a deal under which the French soldiers will leave the "
            "base by September 15.",
            "soldiers",
        ),
        (
            "fr",
            "Les deux gouvernements ont signé samedi un accord selon lequel les soldats français quitteront "
            "la base d'ici au 15 septembre.",
            "soldats",
        ),
    ],
)
def test_a_deal_of_a_past_weekday_dates_the_event(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.target_date) == ("2024-05-18", "2024-09-15")


def test_a_coming_weekday_stays_ahead() -> None:
    text = "Hai chính phủ sẽ ký thỏa thuận rút quân vào thứ Bảy tới."
    event = event_for(f"Headline\n\n{text}\n", "vi", PUBLISHED, "thỏa thuận")
    assert (event.date, event.target_date) == (PUBLISHED, "2024-05-25")
