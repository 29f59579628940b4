"""The report's day told in words other than "today": "Mit dem heutigen Tag endet die Mission", "À compter de
ce jour, la mission prend fin" (``RELATIVE_DAYS_EXTRA`` in store/languages/<code>/dates.py); "ce jour-là"
stays the day told before. English, Spanish and Vietnamese say it with their word for today ("as of
today", "el día de hoy", "ngày hôm nay"), which was read already.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

TODAY = [
    ("de", "Mit dem heutigen Tag endet die UN-Mission in der Zentralafrikanischen Republik.", "endet"),
    (
        "de",
        "Am heutigen Tag hat die Bundeswehr ihr Lager in Gao an die malische Armee übergeben.",
        "übergeben",
    ),
    ("fr", "À compter de ce jour, la mission des Nations unies au Tchad prend fin.", "prend fin"),
    ("fr", "La France a remis en ce jour sa dernière base au Tchad à l'armée tchadienne.", "remis"),
    ("en", "As of today, the U.N. mission in Chad comes to an end.", "comes to an end"),
    ("es", "Con el día de hoy termina la misión de la ONU en Chad.", "termina"),
    ("vi", "Ngày hôm nay, phái bộ Liên Hợp Quốc tại Tchad chính thức kết thúc.", "kết thúc"),
]


@pytest.mark.parametrize(("language", "sentence", "fragment"), TODAY)
def test_the_reports_day_told_in_words_dates_the_act(language: str, sentence: str, fragment: str) -> None:
    event = event_for(f"{sentence}\n", language, "2024-05-18", fragment)
    assert (event.date, event.date_precision) == ("2024-05-18", "day")


def test_ce_jour_la_is_still_the_day_told_before() -> None:
    text = (
        "Les derniers soldats ont quitté la base de Faya le 2 mai.\n\n"
        "Ce jour-là, le camp a été remis à l'armée tchadienne.\n"
    )
    event = event_for(text, "fr", "2024-05-18", "camp a été remis")
    assert event.date == "2024-05-02"
