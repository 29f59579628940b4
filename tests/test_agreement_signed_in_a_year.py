"""An agreement named with the date it was signed ("the accord signed in 2015", "l'accord signé en
2015", "el acuerdo firmado en 2015", "thỏa thuận ký năm 2015"): in a sentence that tells another act on
a day of its own (the accord scrapped on Thursday), that date is the signing's, so its event is an
agreement, not the sentence's act; the act keeps its own day and type.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

PUBLISHED = "2024-03-08"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The junta on Thursday scrapped the peace accord signed in 2015 with the northern rebels."),
        ("fr", "La junte a dénoncé jeudi l'accord de paix signé en 2015 avec les rebelles du Nord."),
        ("es", "La junta denunció el jueves el acuerdo de paz firmado en 2015 con los rebeldes del norte."),
        ("fr", "Bamako a dénoncé jeudi l'accord pour la paix et la réconciliation au Mali signé en 2015."),
        ("vi", "Hôm thứ Năm, chính quyền quân sự đã chấm dứt thỏa thuận hòa bình ký năm 2015."),
    ],
)
def test_the_year_an_accord_was_signed_in_dates_the_signing_not_the_act(language: str, text: str) -> None:
    events = {e.date: e for e in events_of(f"Headline\n\n{text}\n", language, PUBLISHED)}
    assert events["2024-03-07"].type != "agreement"
    assert events["2015"].type == "agreement"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The peace accord was signed in 2015 in Algiers by the government and the rebels."),
        ("fr", "L'accord de paix a été signé en 2015 à Alger par le gouvernement et les rebelles."),
    ],
)
def test_a_sentence_telling_the_signing_alone_is_the_signing(language: str, text: str) -> None:
    events = events_of(f"Headline\n\n{text}\n", language, PUBLISHED)
    assert [(e.date, e.type) for e in events] == [("2015", "agreement")]


def test_a_year_after_a_verb_that_is_no_signing_keeps_the_sentence_act() -> None:
    text = "The junta on Thursday scrapped the accord, which collapsed in 2015 after the clashes."
    events = events_of(f"Headline\n\n{text}\n", "en", PUBLISHED)
    assert all(e.type != "agreement" for e in events)
