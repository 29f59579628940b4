"""A span told as a range ("met from Wednesday to Sunday", "họp từ thứ Tư đến Chủ nhật", "se reunieron de
miércoles a domingo", "von Mittwoch bis Sonntag") is one event dated by its start, as "have been meeting
since Wednesday" is; two dates joined by more than a short word stay two dates.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of

PUBLISHED = "2024-05-20"  # a Monday


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "en",
            "The two delegations met in Niamey from Wednesday to Sunday to discuss the withdrawal.",
            "delegations",
        ),
        (
            "vi",
            "Phái đoàn hai bên đã họp tại Niamey từ thứ Tư đến Chủ nhật để bàn về việc rút quân.",
            "Phái đoàn",
        ),
        (
            "es",
            "Las delegaciones se reunieron en Niamey de miércoles a domingo para hablar de la retirada.",
            "delegaciones",
        ),
        (
            "de",
            "Die beiden Delegationen berieten von Mittwoch bis Sonntag in Niamey über den Abzug.",
            "Delegationen",
        ),
        (
            "fr",
            "Les deux délégations se sont réunies à Niamey de mercredi à dimanche pour parler du retrait.",
            "délégations",
        ),
    ],
)
def test_a_range_is_dated_by_its_start(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.target_date) == ("2024-05-15", None)


def test_two_acts_on_two_days_keep_both_dates() -> None:
    text = "The last troops left Gao on Wednesday and reached Niamey on Sunday."
    dates = {e.date for e in events_of(f"Headline\n\n{text}\n", "en", PUBLISHED)}
    assert {"2024-05-15", "2024-05-19"} <= dates
