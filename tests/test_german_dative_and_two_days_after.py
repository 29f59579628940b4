"""German writes the direction word in the strong dative after a preposition with no article ("seit
vergangenem Monat", "seit letztem Jahr", "ab kommendem Montag"); French and German name the day two days
after the one told in one word ("le surlendemain", "am übernächsten Tag").

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for


@pytest.mark.parametrize(
    ("sentence", "fragment", "date", "target"),
    [
        ("Seit vergangenem Monat verlassen die Truppen das Land in Konvois.", "Truppen", "2024-01", None),
        ("Seit letztem Jahr baut die Bundeswehr ihr Lager in Gao ab.", "Bundeswehr", "2023", None),
        ("Die Truppen sollen ab kommendem Montag abziehen, sagte ein Sprecher.", "Truppen", "2024-02-14",
         "2024-02-19"),
    ],
)  # fmt: skip
def test_a_direction_in_the_strong_dative(
    sentence: str, fragment: str, date: str, target: str | None
) -> None:
    event = event_for(sentence + "\n", "de", "2024-02-14", fragment)  # a Wednesday
    assert (event.date, event.target_date) == (date, target)


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "fr",
            "La junte a expulsé l'ambassadeur lundi.\n\n"
            "Le surlendemain, les derniers soldats ont quitté la base.\n",
            "derniers soldats",
        ),
        (
            "de",
            "Die Junta wies am Montag den Botschafter aus.\n\n"
            "Am übernächsten Tag verließen die letzten Soldaten den Stützpunkt.\n",
            "letzten Soldaten",
        ),
    ],
)
def test_two_days_after_the_day_told(language: str, text: str, fragment: str) -> None:
    event = event_for(text, language, "2024-02-14", fragment)  # Monday is 12 February
    assert (event.date, event.date_precision) == ("2024-02-14", "day")
