"""A dateline lead that says "the day before": counted from the dateline's day (nothing was told before)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

LEADS = [
    ("en", "2024-03-04", "GAO, March 4 (Wire) - French troops handed over Gao base the day before.\n"),
    ("fr", "2024-03-04", "GAO, 4 mars (AFP) - Les soldats français ont quitté la veille leur base de Gao.\n"),
    ("de", "2023-11-02", "BAMAKO, 2. November (NAS) - Die Blauhelme haben am Vortag Aguelhok geräumt.\n"),
    ("es", "2024-03-04", "GAO, 4 de marzo (EFE) - Los soldados abandonaron la víspera su base de Gao.\n"),
    ("vi", "2024-03-04", "GAO, ngày 4/3 (TTXVN) - Binh sĩ Pháp đã rời căn cứ Gao vào ngày hôm trước.\n"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "published", "text"), LEADS)
def test_the_day_before_in_a_dateline_lead_is_the_day_before_the_dateline(
    language: str, published: str, text: str
) -> None:
    events = events_of(text, language, published)
    assert events, "the lead's act is an event"
    day = int(published[-2:]) - 1
    assert events[0].date == f"{published[:8]}{day:02d}"


def test_the_day_before_with_nothing_told_and_no_dateline_stays_undated() -> None:
    events = events_of("Les soldats français ont quitté la veille leur base de Gao.\n", "fr", "2024-03-04")
    assert events and events[0].date is None
