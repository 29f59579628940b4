"""A day named by its number alone after a month the same sentence names is a day of that month, not of
the report's own month ("The pullout ended in March: on the 9th, the last troops left"); the month then
tells no date of its own when it only frames the day (store/dates/days_of_a_told_month.py).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

FRAMED = [
    ("en", "The pullout ended in March: on the 9th, the last Danish troops left Menaka.", "left"),
    (
        "fr",
        "Le retrait s'est achevé en mars : le 9, les derniers soldats danois ont quitté Ménaka.",
        "quitté",
    ),
    (
        "vi",
        "Cuộc rút quân kết thúc vào tháng 3: ngày 9, những binh sĩ Đan Mạch cuối cùng đã rời Menaka.",
        "rời",
    ),
    (
        "es",
        "La retirada terminó en marzo: el día 9, los últimos soldados daneses salieron de Ménaka.",
        "salieron",
    ),
    (
        "de",
        "Der Abzug endete im März: Am 9., so die Armee, verließen die letzten dänischen Soldaten Ménaka.",
        "verließen",
    ),
]


@pytest.mark.parametrize(("language", "sentence", "fragment"), FRAMED)
def test_a_day_alone_after_a_month_is_a_day_of_that_month(
    language: str, sentence: str, fragment: str
) -> None:
    events = [
        e for e in events_of(f"Headline\n\n{sentence}\n", language, "2024-11-20") if fragment in e.sentence
    ]
    assert [(e.date, e.date_precision) for e in events] == [("2024-03-09", "day")]


LISTED = [
    ("en", "In April, two allies announced their exit: Norway on the 3rd and Estonia on the 11th."),
    ("fr", "En avril, deux alliés ont annoncé leur départ : la Norvège le 3 et l'Estonie le 11."),
    ("vi", "Tháng 4, hai đồng minh tuyên bố rút quân: Na Uy ngày 3 và Estonia ngày 11."),
    ("es", "En abril, dos aliados anunciaron su salida: Noruega el 3 y Estonia el día 11."),
]


@pytest.mark.parametrize(("language", "sentence"), LISTED)
def test_days_listed_after_a_month_are_days_of_that_month(language: str, sentence: str) -> None:
    dates = sorted(e.date or "" for e in events_of(f"Headline\n\n{sentence}\n", language, "2024-11-20"))
    assert dates == ["2024-04-03", "2024-04-11"]


def test_a_month_with_a_clause_of_its_own_keeps_its_date() -> None:
    sentence = "In April Norway announced its exit from the mission, and Estonia followed on the 11th."
    dates = sorted(e.date or "" for e in events_of(f"Headline\n\n{sentence}\n", "en", "2024-11-20"))
    assert dates == ["2024-04", "2024-04-11"]


def test_a_day_alone_with_no_month_before_it_stays_a_day_of_the_reports_month() -> None:
    sentence = "The last Danish troops left Menaka on the 9th."
    dates = [e.date for e in events_of(f"Headline\n\n{sentence}\n", "en", "2024-11-20")]
    assert dates == ["2024-11-09"]
