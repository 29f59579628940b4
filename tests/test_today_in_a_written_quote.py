"""A quote whose attribution is a verb of writing or posting ("wrote on Saturday", "a écrit samedi",
"escribió el sábado", "schrieb am Samstag", "viết trên mạng xã hội hôm thứ Bảy") is dated by that day, as
one attributed by "said" is: its "today" is that day, not the publication date.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

CASES = [
    ("en", '"Today the soldiers handed back the last camp," the governor wrote on Saturday on social media.'),
    ("fr", "« Aujourd'hui, les soldats ont rendu le dernier camp », a écrit samedi le gouverneur."),
    ("es", '"Hoy los soldados entregaron el último campamento", escribió el sábado el gobernador.'),
    ("de", "„Heute haben die Soldaten das letzte Lager übergeben“, schrieb der Gouverneur am Samstag."),
    ("vi", '"Hôm nay binh sĩ đã bàn giao doanh trại cuối cùng", thống đốc viết trên mạng hôm thứ Bảy.'),
]


@pytest.mark.parametrize(("language", "sentence"), CASES)
def test_today_in_a_written_quote_is_the_day_it_was_written(language: str, sentence: str) -> None:
    events = events_of(sentence + "\n", language, "2023-04-03")  # a Monday: Saturday is April 1
    assert events
    assert {e.date for e in events} == {"2023-04-01"}
