"""The tense a report shifts back after a past verb of saying ("confirmed that the pull-out had been
completed", "a confirmé que le retrait avait été achevé", "confirmó que la retirada había concluido",
"bestätigte, dass der Abzug abgeschlossen war") does not put the act before the day just told: told right
after the lead's dated act, it is of that day (store/dates/continuation.py). "Already", "earlier" still do.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of

# Published Monday 2024-11-18: "Sunday" is 2024-11-17.
BACKSHIFT = [
    (
        "en",
        "The last Danish soldiers left their base in Chad on Sunday, the army in N'Djamena said.",
        "The Danish defence ministry confirmed that the pull-out had been completed.",
        "pull-out had been completed",
    ),
    (
        "fr",
        "Les derniers soldats danois ont quitté dimanche leur base au Tchad, a indiqué l'armée à N'Djamena.",
        "Le ministère danois de la Défense a confirmé que le retrait avait été achevé.",
        "retrait avait été achevé",
    ),
    (
        "es",
        "Los últimos soldados daneses abandonaron el domingo su base en Chad, informó el ejército en Yamena.",
        "El Ministerio de Defensa danés confirmó que la retirada había concluido.",
        "retirada había concluido",
    ),
    (
        "de",
        "Die letzten dänischen Soldaten haben am Sonntag ihren Stützpunkt im Tschad verlassen, teilte die "
        "Armee in N'Djamena mit.",
        "Das dänische Verteidigungsministerium bestätigte, dass der Abzug abgeschlossen war.",
        "Abzug abgeschlossen war",
    ),
]


@pytest.mark.parametrize(("language", "lead", "sentence", "fragment"), BACKSHIFT)
def test_what_was_said_in_the_pluperfect_is_of_the_lead_day(
    language: str, lead: str, sentence: str, fragment: str
) -> None:
    event = event_for(f"{lead}\n\n{sentence}\n", language, "2024-11-18", fragment)
    assert (event.date, event.date_precision) == ("2024-11-17", "day")


def test_vietnamese_tells_what_was_said_without_shifting_it() -> None:
    lead = "Những binh sĩ Đan Mạch cuối cùng đã rời căn cứ ở Tchad hôm Chủ nhật, quân đội Tchad cho biết."
    sentence = "Bộ Quốc phòng Đan Mạch xác nhận rằng việc rút quân đã hoàn tất."
    event = event_for(f"{lead}\n\n{sentence}\n", "vi", "2024-11-18", "rút quân đã hoàn tất")
    assert (event.date, event.date_precision) == ("2024-11-17", "day")


STILL_BEFORE = [
    ("en", "The ministry said that the troops had already handed over the camp.", "handed over the camp"),
    ("fr", "Le ministère a indiqué que les soldats avaient déjà remis le camp.", "remis le camp"),
    ("es", "El ministerio informó que los soldados ya habían entregado el campamento.", "entregado"),
]


@pytest.mark.parametrize(("language", "sentence", "fragment"), STILL_BEFORE)
def test_already_still_puts_what_was_said_before_the_day(language: str, sentence: str, fragment: str) -> None:
    lead = {
        "en": BACKSHIFT[0][1],
        "fr": BACKSHIFT[1][1],
        "es": BACKSHIFT[2][1],
    }[language]
    events = [
        e for e in events_of(f"{lead}\n\n{sentence}\n", language, "2024-11-18") if fragment in e.sentence
    ]
    assert all(e.date != "2024-11-17" for e in events)


def test_english_may_leave_out_that_before_what_was_said() -> None:
    lead = "The last Danish soldiers left their base in Chad on Sunday, the army in N'Djamena said."
    sentence = "Chadian officials said they had taken over the base after the last Danish convoy left."
    event = event_for(f"{lead}\n\n{sentence}\n", "en", "2024-11-18", "last Danish convoy left")
    assert (event.date, event.date_precision) == ("2024-11-17", "day")
