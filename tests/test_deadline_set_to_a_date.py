"""A date a deadline is set to ("The deadline was set for January 31", "La date butoir a été fixée au 31
janvier", "El plazo se fijó para el 31 de enero", "Die Frist wurde auf den 31. Januar festgesetzt") bounds
what is still to be done: in a report of late December it is the coming January 31, a target, whatever
the past verb that set it. A deadline that has passed in the weeks before stays behind.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

CASES = [
    ("en", "The deadline for the last convoys was set for January 31.", "deadline"),
    ("fr", "La date butoir du départ des derniers convois a été fixée au 31 janvier.", "date butoir"),
    ("es", "El plazo para la salida de los últimos convoyes se fijó para el 31 de enero.", "plazo"),
    ("de", "Die Frist für den Abzug der letzten Konvois wurde auf den 31. Januar festgesetzt.", "Frist"),
]


@pytest.mark.parametrize(("language", "sentence", "fragment"), CASES)
def test_a_deadline_set_in_the_past_lies_ahead(language: str, sentence: str, fragment: str) -> None:
    event = event_for(sentence + "\n", language, "2024-12-29", fragment)
    assert (event.date, event.target_date) == ("2024-12-29", "2025-01-31")


def test_a_deadline_that_expired_weeks_ago_stays_behind() -> None:
    event = event_for("The deadline expired on December 15.\n", "en", "2024-12-29", "deadline")
    assert (event.date, event.target_date) == ("2024-12-15", None)
