"""Obligations ahead ("must leave", "doit avoir quitté") and deadlines read against the day that set them.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of


def _dated(text: str, language: str, published: str) -> list[tuple]:
    return [(e.date, e.target_date) for e in events_of(f"Headline\n\n{text}\n", language, published)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The last peacekeepers must leave the country on December 31."),
        ("fr", "Les derniers Casques bleus doivent quitter le pays le 31 décembre."),
        ("fr", "La force doit avoir évacué ses trois camps au 31 décembre."),
        ("es", "Los últimos cascos azules deben abandonar el país el 31 de diciembre."),
        ("es", "La fuerza debe haber evacuado sus tres campamentos el 31 de diciembre."),
        ("de", "Die letzten Blauhelme müssen das Land am 31. Dezember verlassen."),
        ("de", "Die Truppe muss ihre drei Lager am 31. Dezember geräumt haben."),
    ],
)
def test_an_obligation_in_the_present_is_a_plan_ahead_even_with_a_perfect_infinitive(
    language: str, text: str
) -> None:
    # in a story of mid-August, the December 31 a force must be gone by is the coming one
    assert _dated(text, language, "2023-08-16") == [("2023-08-16", "2023-12-31")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "After handing over the camp in Gao on August 2, the soldiers flew home."),
        ("fr", "Après avoir remis le camp de Gao le 2 août, les soldats sont rentrés."),
        ("en", "The soldiers must have crossed the border on August 2, a witness said."),
    ],
)
def test_a_perfect_infinitive_or_a_guess_about_the_past_stays_in_the_past(language: str, text: str) -> None:
    assert [d for d, _ in _dated(text, language, "2023-08-16")] == ["2023-08-02"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("vi", "Ngày 3/6, hai chính phủ ra tuyên bố chung về việc rút toàn bộ binh sĩ trước ngày 20/9."),
        (
            "es",
            "El 3 de junio, los gobiernos firmaron un acuerdo sobre la retirada antes del 20 de septiembre.",
        ),
        (
            "en",
            "On June 3, the two governments signed an agreement on the withdrawal before Sept. 20.",
        ),
    ],
)
def test_a_deadline_set_on_a_day_of_the_sentence_is_the_one_nearest_that_day(
    language: str, text: str
) -> None:
    # in a story of June 4, the September 20 set on June 3 is months ahead, not last September
    assert _dated(text, language, "2024-06-04") == [("2024-06-03", "2024-09-20")]


def test_a_deadline_just_before_the_day_it_was_told_stays_behind() -> None:
    text = "Le 15 mai, l'armée a indiqué que les soldats étaient partis avant le 10 mai."
    assert sorted(d for d, _ in _dated(text, "fr", "2024-05-20")) == ["2024-05-10", "2024-05-15"]


def test_a_french_participle_in_u_marks_the_past_beside_an_obligation() -> None:
    text = "Les élections doivent se tenir le 20 octobre, selon un calendrier conclu en mai."
    assert _dated(text, "fr", "2024-07-08") == [("2024-05", "2024-10-20")]
