"""A signing verb in a relative clause that only says who the signatories are ("armed groups that signed
the accord of 2015 accused ...") does not make the agreement's year the sentence's date: the main clause's
own time (here the publication date) dates it.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PUBLISHED = "2023-11-01"


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "en",
            "Rebel groups that signed the peace accord of 2015 now accuse the army of bad faith.",
            "accuse",
        ),
        (
            "fr",
            "Les groupes armés qui ont signé l'accord de 2015 accusent la junte de les écarter.",
            "accusent",
        ),
        (
            "es",
            "Los grupos armados que firmaron el acuerdo de 2015 acusan a la junta de marginarlos.",
            "acusan",
        ),
        (
            "de",
            "Die Gruppen, die das Abkommen von 2015 unterzeichnet haben, werfen der Junta Wortbruch vor.",
            "Wortbruch",
        ),
    ],
)
def test_signatories_described_by_a_relative_clause_leave_the_year_a_name(
    language: str, text: str, fragment: str
) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert event.date == PUBLISHED


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "en",
            "The peace accord of 2015 was signed in Algiers by the government and six armed groups.",
            "Algiers",
        ),
        ("fr", "L'accord de 2015 a été signé à Alger par le gouvernement et six groupes armés.", "Alger"),
    ],
)
def test_a_signing_in_the_main_clause_still_keeps_the_year(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.date_precision) == ("2015", "year")


def test_a_vietnamese_signing_clause_followed_by_another_verb_names_the_signatories() -> None:
    text = "Các phong trào ký hiệp định hòa bình năm 2015 tố cáo chính quyền quân sự vi phạm cam kết."
    event = event_for(f"Tiêu đề\n\n{text}\n", "vi", PUBLISHED, "tố cáo")
    assert event.date == PUBLISHED


def test_a_vietnamese_signing_clause_with_its_place_still_tells_the_signing() -> None:
    text = "Chính phủ Mali và các phong trào vũ trang ký hiệp định hòa bình năm 2015 tại Alger."
    event = event_for(f"Tiêu đề\n\n{text}\n", "vi", PUBLISHED, "Alger")
    assert (event.date, event.date_precision) == ("2015", "year")
