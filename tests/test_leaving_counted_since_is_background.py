"""A withdrawal named inside a phrase or clause that "since" opens ("the first camp handed back since Paris
decided to withdraw", "depuis l'annonce du retrait", "seit der Ankündigung des Abzugs", "desde que París
anunció la retirada", "kể từ khi Paris tuyên bố rút quân") is the time the act told is counted from, not
that act: the handover is told. A comma closes the phrase: "Since Monday, the troops have withdrawn"
tells the withdrawal (store/about/since_clauses.py ``in_since_clause``)."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "The army handed over its camp at Tessit, the second since Brussels decided to withdraw.",
            "en",
        ),
        ("The army has handed back two camps since the withdrawal began in May.", "en"),
        (
            "L'armée a rétrocédé le camp de Tessit, le deuxième depuis que Bruxelles a décidé de partir.",
            "fr",
        ),
        ("El ejército ha entregado dos campamentos desde que Bruselas anunció la retirada.", "es"),
        ("Đây là căn cứ thứ hai Bỉ bàn giao kể từ khi Brussels tuyên bố rút quân.", "vi"),
    ],
)
def test_a_withdrawal_since_which_an_act_is_counted_is_background(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "handover"


def test_a_comma_or_a_date_after_since_closes_it() -> None:
    assert (
        classify_event("Since Monday, the troops have withdrawn from three camps.", "en")
        == "withdrawal_completed"
    )
    assert classify_event("Seit Freitag gibt es keine belgischen Soldaten mehr in Tessit.", "de") == (
        "withdrawal_completed"
    )


def test_a_verb_final_clause_after_the_phrase_is_its_own() -> None:
    sentence = "Es ist das dritte Lager, das die belgischen Soldaten seit der Ankündigung verlassen haben."
    assert classify_event(sentence, "de") == "withdrawal_completed"
