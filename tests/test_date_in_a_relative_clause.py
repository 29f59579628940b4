"""A date in a relative clause ("a mission that began in 2014", "le camp qu'ils tenaient depuis 2016") says
when the thing it describes began: beside the sentence's own day it gives the same act no second date
(store/dates/relative_clauses.py).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

# Published Wednesday 2024-05-15: "Tuesday" is 2024-05-14.
RELATIVE = [
    (
        "en",
        "Swedish troops left the Timbuktu camp on Tuesday, ending a deployment that began in March 2014.",
    ),
    (
        "en",
        "Swedish troops left on Tuesday the Timbuktu camp, which they had held since 2016.",
    ),
    (
        "fr",
        "Les soldats suédois ont quitté mardi le camp de Tombouctou, qu'ils occupaient depuis 2016.",
    ),
    (
        "fr",
        "Les soldats suédois ont quitté mardi Tombouctou, mettant fin à un déploiement qui avait débuté en "
        "mars 2014.",
    ),
    (
        "es",
        "Los soldados suecos abandonaron el martes el campamento de Tombuctú, que ocupaban desde 2016.",
    ),
    (
        "de",
        "Schwedische Soldaten haben am Dienstag das Lager in Timbuktu verlassen, das sie seit 2016 gehalten "
        "hatten.",
    ),
    (
        "vi",
        "Binh sĩ Thụy Điển hôm thứ Ba đã rời căn cứ Timbuktu, căn cứ mà họ đóng quân từ năm 2016.",
    ),
]


@pytest.mark.parametrize(("language", "sentence"), RELATIVE)
def test_a_relative_clause_date_gives_the_act_no_second_day(language: str, sentence: str) -> None:
    events = events_of(f"{sentence}\n", language, "2024-05-15")
    assert events, "the departure is an event"
    assert {e.date for e in events} == {"2024-05-14"}


def test_a_relative_clause_telling_an_act_of_its_own_keeps_its_date() -> None:
    sentence = "The junta, which seized power in a coup in 2021, expelled the envoy on Tuesday."
    events = events_of(f"{sentence}\n", "en", "2024-05-15")
    assert {"2021", "2024-05-14"} <= {e.date for e in events}


def test_what_was_said_keeps_its_own_date() -> None:
    sentence = "The army said on Tuesday that the last troops had left Tessalit in March."
    events = events_of(f"{sentence}\n", "en", "2024-05-15")
    assert "2024-03" in {e.date for e in events}


def test_a_relative_clause_date_alone_still_dates_the_sentence() -> None:
    events = events_of("Swedish troops left the camp that they had held since 2016.\n", "en", "2024-05-15")
    assert "2016" in {e.date for e in events} or events == []


# "que" / "that" opening a conjunction's clause: the clause tells its own act on its own day (Friday,
# 2024-05-10), though a day counted from the story's act comes before it.
CONJUNCTIONS = [
    (
        "es",
        "La junta de Níger rompió el sábado el acuerdo de defensa con Washington.\n\nLa ruptura llegó un día "
        "después de que una delegación estadounidense de alto nivel saliera de Niamey el viernes.",
    ),
    (
        "en",
        "Niger's junta broke off its defence accord with Washington on Saturday.\n\nThe break came a day "
        "later, now that a senior American delegation was received in Niamey on Friday.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CONJUNCTIONS)
def test_a_conjunctions_clause_keeps_the_day_of_its_own_act(language: str, text: str) -> None:
    events = events_of(f"{text}\n", language, "2024-05-15")
    assert "2024-05-10" in {e.date for e in events}
