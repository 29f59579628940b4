""" "In July last year", "ngày 28/1 năm ngoái", "Ende Januar kommenden Jahres": a day or month whose year
is given as last, this or next year is that day or month of that year, not the year alone.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The junta tore up the defence accord in March last year.", "tore up"),
        ("fr", "La junte avait dénoncé l'accord de défense en mars de l'an dernier.", "dénoncé"),
        (
            "de",
            "Die Junta hatte das Verteidigungsabkommen im März des vergangenen Jahres gekündigt.",
            "gekündigt",
        ),
        ("es", "La junta rompió el acuerdo de defensa en marzo del año pasado.", "rompió"),
        ("vi", "Chính quyền quân sự đã hủy hiệp định quốc phòng vào tháng 3 năm ngoái.", "hủy"),
    ],
)
def test_a_month_of_last_year_keeps_its_month(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, "2024-10-02", fragment)
    assert (event.date, event.date_precision, event.date_inferred) == ("2023-03", "month", False)


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "Niger ordered the French ambassador out on August 25 last year.", "ordered"),
        ("fr", "Le Niger avait expulsé l'ambassadeur de France le 25 août de l'année dernière.", "expulsé"),
        (
            "de",
            "Niger hatte den französischen Botschafter am 25. August letzten Jahres ausgewiesen.",
            "ausgewiesen",
        ),
        ("vi", "Niger đã trục xuất đại sứ Pháp vào ngày 25/8 năm ngoái.", "trục xuất"),
    ],
)
def test_a_day_of_last_year_keeps_its_day(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, "2024-02-14", fragment)
    assert (event.date, event.date_precision) == ("2023-08-25", "day")


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The last contingent is to leave at the end of January next year.", "contingent"),
        ("de", "Das letzte Kontingent soll Ende Januar kommenden Jahres abziehen.", "Kontingent"),
        ("fr", "Le dernier contingent doit partir fin janvier de l'année prochaine.", "contingent"),
    ],
)
def test_a_month_of_next_year_is_the_target_of_a_plan(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, "2024-06-12", fragment)
    assert (event.date, event.target_date) == ("2024-06-12", "2025-01")


def test_a_relative_year_far_from_the_date_is_its_own_mention() -> None:
    # "last year" here dates the talks, not the January of the handover
    text = "The base was handed over in January, after talks that began last year."
    event = event_for(f"Headline\n\n{text}\n", "en", "2024-05-06", "handed over")
    assert event.date == "2024-01"
