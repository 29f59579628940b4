"""A withdrawal said to have become effective, taken effect or come into force is done, not announced
("complete" in store/languages/<code>/cues.py): the day it took effect is its completion, apart from the
announcement a year before."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event
from tests.extract_helpers import event_for

IN_FORCE = [
    ("en", "Their withdrawal from the bloc became effective at midnight, a year after they announced it."),
    ("en", "Chad's exit from the regional force took effect on Wednesday."),
    ("fr", "Le retrait du Tchad de la force régionale est devenu effectif mercredi."),
    ("fr", "Le retrait des trois pays a pris effet à minuit."),
    ("es", "La salida de Chad de la fuerza regional se hizo efectiva este miércoles."),
    ("de", "Der Austritt des Tschad aus der Ecowas ist am Mittwoch wirksam geworden."),
    ("vi", "Việc Chad rút khỏi lực lượng khu vực đã chính thức có hiệu lực từ hôm qua."),
]


@pytest.mark.parametrize(("language", "text"), IN_FORCE)
def test_a_withdrawal_in_force_is_done(language: str, text: str) -> None:
    assert classify_event(text, language) == "withdrawal_completed"


def test_a_withdrawal_to_take_effect_is_still_announced() -> None:
    assert (
        classify_event("The withdrawal will take effect in January next year.", "en")
        == "withdrawal_announced"
    )


def test_a_live_entry_s_withdrawal_in_force_is_of_its_day_heading() -> None:
    text = (
        "Wednesday 29 January\n\n"
        "07:05 Chad, Niger and Mali are no longer members of the regional bloc: their withdrawal became "
        "effective at midnight."
    )
    event = event_for(text, "en", "2025-01-29", "became effective")
    assert (event.type, event.date) == ("withdrawal_completed", "2025-01-29")
