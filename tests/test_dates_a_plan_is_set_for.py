"""A date a plan is set for ("the handover, planned for January 15, was confirmed on Tuesday", "die für den
15. Januar geplante Übergabe") lies ahead of the statement: a target, not a January gone by; the day of
the confirmation dates the event.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

CASES = [
    ("en", "The handover of the Gao base, planned for January 15, was confirmed on Tuesday.", "Gao"),
    ("en", "The last flight out of Niamey, scheduled for January 15, was confirmed on Tuesday.", "Niamey"),
    ("de", "Die für den 15. Januar geplante Übergabe des Lagers Gao wurde am Dienstag bestätigt.", "Gao"),
    ("de", "Der für den 15. Januar vorgesehene Abzug aus Niamey wurde am Dienstag bestätigt.", "Niamey"),
]


@pytest.mark.parametrize(("language", "sentence", "fragment"), CASES)
def test_a_date_a_plan_is_set_for_is_its_target(language: str, sentence: str, fragment: str) -> None:
    event = event_for(sentence + "\n", language, "2024-11-07", fragment)  # a Thursday: Tuesday Nov 5
    assert (event.date, event.target_date) == ("2024-11-05", "2025-01-15")
