"""A year in an agreement's name ("the 2015 peace agreement", "el acuerdo de paz de 2015", "das
Friedensabkommen von 2015", "Hiệp định hòa bình năm 2015") dates only a sentence that tells the signing;
what became of the agreement is dated by the sentence's own time.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PUBLISHED = "2024-01-26"


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The 2015 peace accord with the northern rebels has collapsed.", "collapsed"),
        ("fr", "L'accord de paix de 2015 avec les rebelles du Nord est devenu caduc.", "caduc"),
        ("es", "El acuerdo de paz de 2015 con los rebeldes del norte quedó sin efecto.", "sin efecto"),
        ("de", "Das Friedensabkommen von 2015 mit den Rebellen im Norden ist gescheitert.", "gescheitert"),
        ("vi", "Hiệp định hòa bình năm 2015 với phiến quân miền Bắc đã chấm dứt.", "chấm dứt"),
    ],
)
def test_what_became_of_an_agreement_is_dated_by_the_report(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert event.date == PUBLISHED


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The 2015 peace accord was signed by the government and the rebels in Algiers.", "signed"),
        ("fr", "L'accord de paix de 2015 a été signé à Alger par le gouvernement et les rebelles.", "signé"),
        ("es", "El acuerdo de paz de 2015 fue firmado en Argel por el gobierno y los rebeldes.", "firmado"),
        (
            "de",
            "Das Friedensabkommen von 2015 wurde in Algier von Regierung und Rebellen unterzeichnet.",
            "Algier",
        ),
        ("vi", "Hiệp định hòa bình năm 2015 được ký kết tại Alger giữa chính phủ và phiến quân.", "ký kết"),
    ],
)
def test_the_signing_itself_keeps_the_year(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.date_precision) == ("2015", "year")


def test_a_year_that_names_no_agreement_still_dates_its_sentence() -> None:
    text = "The 2012 coup ousted President Amadou Toumani Touré."
    event = event_for(f"Headline\n\n{text}\n", "en", PUBLISHED, "ousted")
    assert (event.date, event.date_precision) == ("2012", "year")


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "en",
            "Togo expelled the Nigerien envoy on Tuesday, citing the 1961 Vienna Convention.",
            "expelled the Nigerien envoy",
        ),
        (
            "fr",
            "Le Togo a expulsé mardi l'envoyé nigérien, invoquant la Convention de Vienne de 1961.",
            "expulsé mardi",
        ),
        (
            "es",
            "Togo expulsó el martes al enviado nigerino, invocando la Convención de Viena de 1961.",
            "expulsó el martes",
        ),
        (
            "de",
            "Togo wies am Dienstag den Gesandten Nigers aus und berief sich auf das Übereinkommen von 1961.",
            "wies am Dienstag",
        ),
        (
            "vi",
            "Togo hôm thứ Ba đã trục xuất đặc phái viên Niger, viện dẫn Công ước Vienna năm 1961.",
            "trục xuất",
        ),
    ],
)
def test_a_convention_named_by_its_year_leaves_the_sentence_its_own_day(
    language: str, text: str, fragment: str
) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, "2024-01-25", fragment)  # a Thursday
    assert (event.date, event.date_precision) == ("2024-01-23", "day")


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "Togo broke off relations with Niger under the Vienna Convention of 1961.", "broke off"),
        ("fr", "Le Togo a rompu ses relations avec le Niger selon la convention de Vienne de 1961.", "rompu"),
        ("es", "Togo rompió relaciones con Níger conforme a la Convención de Viena de 1961.", "rompió"),
        ("de", "Togo brach die Beziehungen zu Niger nach der Konvention von 1961 ab.", "brach"),
        ("vi", "Togo đã cắt đứt quan hệ với Niger theo Công ước Vienna năm 1961.", "cắt đứt"),
    ],
)
def test_a_convention_year_alone_leaves_the_report_date(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, "2024-01-25", fragment)
    assert event.date == "2024-01-25"
