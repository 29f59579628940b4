""" "Ende letzten Jahres", "fin de l'année dernière", "a finales del año pasado" keep their "late"; French "le
mois de juin" is June; a day planned or asked for in a past-tense sentence is the occurrence nearest its
statement, however far ahead.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for


@pytest.mark.parametrize(
    ("language", "text", "fragment", "mod"),
    [
        ("de", "Die Regierung hatte den Abzug Ende letzten Jahres beschlossen.", "Abzug", "late"),
        ("de", "Die Regierung hatte den Abzug Anfang des vergangenen Jahres beschlossen.", "Abzug", "early"),
        ("fr", "Le gouvernement avait décidé le retrait fin de l'année dernière.", "retrait", "late"),
        ("fr", "Le gouvernement avait décidé le retrait au début de l'année dernière.", "retrait", "early"),
        ("es", "El gobierno decidió la retirada a finales del año pasado.", "retirada", "late"),
        ("en", "The government decided the pullout at the end of last year.", "pullout", "late"),
    ],
)
def test_a_modifier_stays_with_last_year(language: str, text: str, fragment: str, mod: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, "2024-03-05", fragment)
    assert (event.date, event.date_precision, event.date_mod) == ("2023", "year", mod)


def test_le_mois_de_juin_is_june() -> None:
    text = "Headline\n\nLe gouvernement avait annoncé au mois de juin le retrait des troupes.\n"
    event = event_for(text, "fr", "2024-03-05", "retrait")
    assert (event.date, event.date_precision) == ("2023-06", "month")


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The junta asked the mission to begin leaving its camps on November 15.", "asked"),
        ("fr", "La junte a demandé à la mission de quitter ses camps le 15 novembre.", "demandé"),
        ("de", "Die Junta forderte die Mission auf, ihre Lager am 15. November zu verlassen.", "forderte"),
        ("es", "La junta pidió a la misión abandonar sus campamentos el 15 de noviembre.", "pidió"),
        ("vi", "Chính quyền quân sự đã yêu cầu phái bộ rời các căn cứ vào ngày 15/11.", "yêu cầu"),
    ],
)
def test_a_day_asked_for_far_ahead_is_ahead(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, "2024-06-10", fragment)
    assert (event.date, event.target_date) == ("2024-06-10", "2024-11-15")


def test_a_day_asked_for_that_lies_nearer_behind_stays_behind() -> None:
    text = "Headline\n\nThe junta asked the mission to leave its camps on April 2.\n"
    assert event_for(text, "en", "2024-06-10", "asked").date == "2024-04-02"
