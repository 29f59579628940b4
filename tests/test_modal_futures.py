"""What may come ("könnten im Oktober abziehen", "pourraient partir en octobre", "có thể rút vào tháng
10") is ahead of the report; a German subjunctive in "-ten" is no preterite, and "retrait" no conditional.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PUBLISHED = "2024-09-12"


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("de", "Die ersten Pioniere könnten im Oktober abziehen.", "Pioniere"),
        ("fr", "Les premiers sapeurs pourraient partir en octobre.", "sapeurs"),
        ("vi", "Các công binh đầu tiên có thể rút vào tháng 10.", "công binh"),
    ],
)
def test_what_may_come_is_ahead(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.target_date) == (PUBLISHED, "2024-10")


def test_a_withdrawal_noun_is_no_conditional() -> None:
    text = "Le retrait des sapeurs a eu lieu en octobre."
    event = event_for(f"Headline\n\n{text}\n", "fr", PUBLISHED, "sapeurs")
    assert (event.date, event.target_date) == ("2023-10", None)
