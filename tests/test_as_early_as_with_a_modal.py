"""A month said to come "as early as" under a verb of what may come ("could begin as soon as July",
"podría comenzar ya en julio", "könnte bereits im Juli beginnen", "pourrait commencer dès juillet") is a
target ahead of the statement, not the month gone by; "bereits"/"schon" right before a date says how
early, not that it is past; the day of the saying after a comma stays the statement's.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

CASES = [
    ("en", "The handover of the Ouallam camp could begin as soon as July, the ministry said on Tuesday."),
    ("es", "La entrega de la base de Ouallam podría comenzar ya en julio, indicó el ministerio el martes."),
    ("de", "Die Übergabe des Lagers Ouallam könnte bereits im Juli beginnen, sagte Pistorius am Dienstag."),
    ("fr", "La remise du camp d'Ouallam pourrait commencer dès juillet, a indiqué mardi le ministère."),
]


@pytest.mark.parametrize(("language", "sentence"), CASES)
def test_as_early_as_a_month_ahead(language: str, sentence: str) -> None:
    event = event_for(sentence + "\n", language, "2024-03-10", "Ouallam")  # a Sunday: Tuesday is March 5
    assert (event.date, event.target_date) == ("2024-03-05", "2024-07")


def test_bereits_before_a_date_in_the_past_stays_past() -> None:
    event = event_for("Die Soldaten verließen Ouallam bereits im Juli.\n", "de", "2024-03-10", "Ouallam")
    assert (event.date, event.target_date) == ("2023-07", None)
