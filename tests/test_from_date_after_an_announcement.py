"""A "from" date after the day an announcement was made ("announced on 31 December the departure of all
foreign troops from 2025") is when what was announced takes effect: the announcement's target, not a
second event of the sentence (store/dates/statements.py).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

FROM = [
    ("en", "The president announced on December 31 the departure of all foreign troops from 2025."),
    (
        "fr",
        "Le président avait annoncé, dans ses vœux du 31 décembre, le départ de toutes les troupes "
        "étrangères dès 2025.",
    ),
    (
        "es",
        "El presidente anunció el 31 de diciembre la salida de todas las tropas extranjeras a partir de "
        "2025.",
    ),
    ("de", "Der Präsident kündigte am 31. Dezember den Abzug aller ausländischen Truppen ab 2025 an."),
    ("vi", "Ngày 31/12, tổng thống tuyên bố rút toàn bộ quân đội nước ngoài từ năm 2025."),
]


@pytest.mark.parametrize(("language", "sentence"), FROM)
def test_a_from_date_after_the_announcement_is_its_target(language: str, sentence: str) -> None:
    events = events_of(f"{sentence}\n", language, "2025-03-07")
    assert events, "the announcement is an event"
    assert {e.date for e in events} == {"2024-12-31"}
    assert all((e.target_date or "2025").startswith("2025") for e in events)


def test_a_from_date_before_the_day_told_stays_a_date() -> None:
    sentence = "The army said on March 3 that it had patrolled the border from 2023."
    events = events_of(f"{sentence}\n", "en", "2025-03-07")
    assert "2025-03-03" in {e.date for e in events}
    assert not any((e.target_date or "").startswith("2023") for e in events)
