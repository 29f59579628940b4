"""A post left "since the announcement of the withdrawal" is a completed departure: the announcement named
as the time since which it happened is background (store/about/withdrawals.py); French "retrait" is a
noun, not a conditional ending in "-rait"."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("C'est le troisième camp quitté par les casques bleus depuis l'annonce du retrait.", "fr"),
        ("It is the third base vacated by the peacekeepers since the announcement of the withdrawal.", "en"),
        ("Es el tercer campamento abandonado por los cascos azules desde el anuncio de la retirada.", "es"),
        ("Les casques bleus ont quitté jeudi le camp de Ber, une étape du retrait.", "fr"),
    ],
)
def test_a_post_left_since_the_announcement_is_a_completed_departure(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_completed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Paris a annoncé jeudi le retrait de ses troupes.",
        "Les troupes quitteront le camp de Ber d'ici la fin de l'année.",
        "Le gouvernement a décidé le retrait des soldats avant l'été.",
    ],
)
def test_an_announcement_or_a_plan_of_leaving_stays_an_announcement(sentence: str) -> None:
    assert classify_event(sentence, "fr") == "withdrawal_announced"
