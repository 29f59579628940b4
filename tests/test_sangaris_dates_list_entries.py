"""Operation Sangaris (the French intervention in the Central African Republic, 2013-2016) is in the
operations table: an undated chronology entry on its first or last day takes that year, in every
language; a day inside its run stays within it.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of


@pytest.mark.parametrize(
    ("language", "start", "end"),
    [
        (
            "en",
            "Dec. 5: Paris sends paratroopers to Bangui under Operation Sangaris.",
            "Oct. 31: In Bangui, the defence minister folds the flag of the Sangaris force.",
        ),
        (
            "fr",
            "5 décembre : Paris envoie des parachutistes à Bangui dans le cadre de l'opération Sangaris.",
            "31 octobre : à Bangui, le ministre de la Défense roule le fanion de la force Sangaris.",
        ),
        (
            "vi",
            "Ngày 5/12: Pháp đưa lính dù tới Bangui trong khuôn khổ chiến dịch Sangaris.",
            "Ngày 31/10: Tại Bangui, bộ trưởng quốc phòng cuộn lá cờ của lực lượng Sangaris.",
        ),
        (
            "es",
            "5 de diciembre: París envía paracaidistas a Bangui en el marco de la operación Sangaris.",
            "31 de octubre: en Bangui, el ministro de Defensa enrolla la bandera de la fuerza Sangaris.",
        ),
    ],
)
def test_an_entry_on_a_day_of_sangaris_takes_its_year(language: str, start: str, end: str) -> None:
    text = f"Centrafrique\n\n{start}\n\n{end}\n"
    events = events_of(text, language)
    began = next(e for e in events if start in e.sentence)
    ended = next(e for e in events if end in e.sentence)
    assert (began.date, began.date_inferred) == ("2013-12-05", True)
    assert (ended.date, ended.date_inferred) == ("2016-10-31", True)
    assert "Sangaris" in (began.date_reason or "") and "operations.csv" in (began.date_reason or "")
