"""A day of the month without its month ("el pasado día 4", "ngày 4 vừa qua", "on the 4th of this
month", "le 4 courant", "am 4. dieses Monats") is that day of the report's month, or of the month before
when the report's day is earlier; a word or a future that points ahead takes the coming one.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PAST = [
    ("es", "Burkina Faso expulsó al agregado militar francés el pasado día 4.", "expulsó"),
    ("vi", "Burkina Faso đã trục xuất tùy viên quân sự Pháp ngày 4 vừa qua.", "trục xuất"),
    ("en", "Burkina Faso expelled the French military attaché on the 4th of this month.", "expelled"),
    ("fr", "Le Burkina Faso a expulsé le 4 courant l'attaché militaire français.", "expulsé"),
    ("de", "Burkina Faso hat am 4. dieses Monats den Militärattaché ausgewiesen.", "ausgewiesen"),
]


@pytest.mark.parametrize(("language", "sentence", "fragment"), PAST)
def test_a_day_number_alone_is_that_day_of_the_reports_month(
    language: str, sentence: str, fragment: str
) -> None:
    event = event_for(f"Headline\n\n{sentence}\n", language, "2024-09-10", fragment)
    assert (event.date, event.date_precision, event.date_inferred) == ("2024-09-04", "day", False)


def test_a_day_after_the_reports_own_lies_in_the_month_before() -> None:
    event = event_for(
        "Headline\n\nBurkina Faso expulsó al agregado militar francés el pasado día 24.\n",
        "es",
        "2024-09-10",
        "expulsó",
    )
    assert event.date == "2024-08-24"


def test_a_coming_day_number_is_the_next_such_day() -> None:
    event = event_for(
        "Headline\n\nLa junta anunció que los soldados franceses deberán salir el próximo día 5.\n",
        "es",
        "2024-09-10",
        "deberán salir",
    )
    assert event.target_date == "2024-10-05"


def test_a_day_with_its_month_is_no_day_alone() -> None:
    event = event_for(
        "Headline\n\nBurkina Faso rompió relaciones con Ucrania el día 4 de marzo.\n",
        "es",
        "2024-09-10",
        "rompió",
    )
    assert event.date == "2024-03-04"


def test_a_vietnamese_range_of_days_is_no_coming_day() -> None:
    from store.dates.mentions import find_mentions

    mentions = find_mentions("Phái bộ sẽ rút quân từ ngày 1 tới ngày 15 tháng 8.", "vi")
    assert all(m.kind != "day_of_month" for m in mentions)
