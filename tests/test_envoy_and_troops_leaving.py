"""A departure whose own words name the troops is theirs, even after an envoy in the same clause ("le retour
de l'ambassadeur et le départ des troupes"); a diplomat made to leave alone is still no withdrawal
(store/about/withdrawals.py envoy_leaving)."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "Emmanuel Macron avait annoncé dimanche le rappel de l'ambassadeur et le départ des troupes "
            "françaises du Tchad d'ici la fin de l'année.",
            "fr",
        ),
        (
            "El presidente anunció el regreso del embajador y la retirada de las tropas francesas antes de "
            "fin de año.",
            "es",
        ),
        (
            "Paris announced the recall of its ambassador and the withdrawal of its soldiers by December.",
            "en",
        ),
    ],
)
def test_troops_leaving_after_an_envoy_recalled_are_a_withdrawal_announced(
    sentence: str, language: str
) -> None:
    assert classify_event(sentence, language) == "withdrawal_announced"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The junta gave France's ambassador 48 hours to leave the country.", "en"),
        ("La junte a donné 48 heures à l'ambassadeur de France pour quitter le pays.", "fr"),
    ],
)
def test_an_envoy_made_to_leave_alone_is_no_withdrawal(sentence: str, language: str) -> None:
    assert not classify_event(sentence, language).startswith("withdrawal")
