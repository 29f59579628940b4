"""A statement reported with no "that" ("said on Monday its troops had left today", "a annoncé lundi avoir
quitté Gao aujourd'hui", "teilte am Montag mit, ... heute", "cho biết hôm thứ Hai binh sĩ ... hôm nay"):
what follows the verb of saying is the statement, so its "today" is the day it was made.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

CASES = [
    ("en", "The army said on Monday its last troops had left the Ménaka camp today."),
    ("en", "In a statement on Monday, the army said its last troops left the Ménaka camp this morning."),
    ("fr", "L'armée a annoncé lundi avoir quitté le camp de Ménaka aujourd'hui."),
    ("de", "Die Armee teilte am Montag mit, ihre letzten Soldaten hätten Ménaka heute verlassen."),
    ("vi", "Quân đội cho biết hôm thứ Hai binh sĩ cuối cùng đã rời trại Ménaka trong ngày hôm nay."),
]


@pytest.mark.parametrize(("language", "sentence"), CASES)
def test_today_after_a_verb_of_saying_with_no_that(language: str, sentence: str) -> None:
    events = events_of(sentence + "\n", language, "2024-11-07")  # a Thursday: Monday is November 4
    assert events
    assert {e.date for e in events} == {"2024-11-04"}


def test_today_before_the_verb_of_saying_stays_the_reports() -> None:
    sentence = "The last troops left the Ménaka camp today, a week after the army said it would go.\n"
    assert {e.date for e in events_of(sentence, "en", "2024-11-07")} == {"2024-11-07"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Mali's junta, which said on Monday it would expel the envoy, did so today.",
        "The army said on Monday the troops would leave the Ménaka camp, and they left it today.",
    ],
)
def test_today_outside_the_reported_words_stays_the_reports(sentence: str) -> None:
    dates = {e.date for e in events_of(sentence + "\n", "en", "2024-11-07")}
    assert "2024-11-07" in dates
