"""A date in a phrase set off by commas after a name ("President Ali Kone, elected in 2019,") says who
that is: it gives no event of its own beside the sentence's own date (store/dates/appositions.py).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

# Published Friday 2024-05-10: "Thursday" is 2024-05-09.
WHO = [
    (
        "en",
        "Army officers announced on Thursday on state radio that they had dismissed President Ali Kone, "
        "elected in 2019, and dissolved the government.",
    ),
    (
        "fr",
        "Des officiers ont annoncé jeudi à la radio d'État avoir démis le président Ali Koné, élu en 2019, "
        "et dissous le gouvernement.",
    ),
    (
        "es",
        "Un grupo de oficiales anunció el jueves en la radio estatal que había destituido al presidente "
        "Ali Koné, elegido en 2019, y disuelto el Gobierno.",
    ),
    (
        "de",
        "Offiziere gaben am Donnerstag im Staatsrundfunk bekannt, sie hätten Präsident Ali Koné, der 2019 "
        "gewählt worden war, abgesetzt und die Regierung aufgelöst.",
    ),
    (
        "vi",
        "Hôm thứ Năm, các sĩ quan tuyên bố trên đài phát thanh nhà nước đã phế truất Tổng thống Ali Koné, "
        "người đắc cử năm 2019, và giải tán chính phủ.",
    ),
]


@pytest.mark.parametrize(("language", "sentence"), WHO)
def test_a_year_saying_who_a_president_is_dates_nothing(language: str, sentence: str) -> None:
    events = events_of(f"{sentence}\n", language, "2024-05-10")
    assert events, "the announcement is an event"
    assert {e.date for e in events} == {"2024-05-09"}


def test_a_year_after_a_name_that_tells_an_act_still_dates_it() -> None:
    sentence = (
        "The army said on Thursday it had taken over the Kidal camp, handed over to Malian forces in 2023, "
        "without a fight."
    )
    events = events_of(f"{sentence}\n", "en", "2024-05-10")
    assert "2023" in {e.date for e in events}


def test_a_year_alone_after_a_name_still_dates_the_sentence() -> None:
    events = events_of("Ali Kone, elected in 2019, dissolved the government.\n", "en", "2024-05-10")
    assert [e.date for e in events] == ["2019"]


def test_an_attribution_after_a_name_keeps_the_day_it_was_said() -> None:
    sentence = (
        "Les derniers soldats ont quitté samedi 4 mai le camp d'Ansongo, près de Gao, a annoncé l'armée "
        "dimanche."
    )
    events = events_of(f"{sentence}\n", "fr", "2024-05-06")
    assert {e.date for e in events} == {"2024-05-04", "2024-05-05"}
