"""A present tense with a date and no other cue ("la retirada comienza el 15 de julio") is the
occurrence nearest the report: weeks ahead it is a plan, a day behind it is what just happened. A
participle alone ("las tropas desplegadas", "papel mojado", "les troupes déployées") is an adjective, no
past tense, unless it introduces the date ("firmado el 3 de marzo").

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The handover of the Ménaka camp begins on July 15.", "handover"),
        ("fr", "La rétrocession du camp de Ménaka commence le 15 juillet.", "rétrocession"),
        ("de", "Die Übergabe des Lagers in Ménaka beginnt am 15. Juli.", "Übergabe"),
        ("es", "La entrega del campamento de Ménaka comienza el 15 de julio.", "entrega"),
        ("vi", "Việc bàn giao căn cứ Ménaka bắt đầu vào ngày 15/7.", "bàn giao"),
    ],
)
def test_a_present_with_a_date_weeks_ahead_is_a_plan(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, "2024-05-20", fragment)
    assert (event.date, event.target_date) == ("2024-05-20", "2024-07-15")


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The last Chadian peacekeepers leave Kidal on May 18.", "Kidal"),
        ("es", "Los últimos cascos azules chadianos abandonan Kidal el 18 de mayo.", "Kidal"),
        ("fr", "Les derniers casques bleus tchadiens quittent Kidal le 18 mai.", "Kidal"),
    ],
)
def test_a_present_with_a_date_just_behind_is_what_happened(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, "2024-05-20", fragment)
    assert (event.date, event.target_date) == ("2024-05-18", None)


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "es",
            "Con el acuerdo de paz convertido en papel mojado, el repliegue empieza el 2 de julio.",
            "repliegue",
        ),
        ("es", "El contingente desplegado en Gao regresa a casa el 2 de julio.", "contingente"),
        ("fr", "Le contingent déployé à Gao rentre le 2 juillet.", "contingent"),
    ],
)
def test_a_participle_alone_is_no_past_tense(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, "2024-05-20", fragment)
    assert event.target_date == "2024-07-02"


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("es", "El acuerdo firmado el 2 de julio sigue en vigor.", "firmado"),
        ("fr", "L'accord signé le 2 juillet reste en vigueur.", "signé"),
    ],
)
def test_a_participle_that_introduces_its_date_is_past(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, "2024-05-20", fragment)
    assert (event.date, event.target_date) == ("2023-07-02", None)
