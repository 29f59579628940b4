"""A German completion is framed by its auxiliary and its participle ("hat ... verlassen"): a demand or an
envoy inside that frame ("hat den Botschafter ... zum Verlassen des Landes aufgefordert") makes it no
withdrawal, as a demand before the verb does in English or French.

Every sentence here is written for these tests, none comes from a corpus.
"""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung in Bamako hat den dänischen Gesandten zum Verlassen des Landes aufgefordert.",
        "Die Junta hatte den Botschafter Frankreichs bereits im August zum Verlassen Nigers aufgefordert.",
    ],
)
def test_a_demand_framed_by_the_auxiliary_is_no_withdrawal(text: str) -> None:
    assert not classify_event(text, "de").startswith("withdrawal")


@pytest.mark.parametrize(
    "text",
    [
        "Die letzten deutschen Soldaten haben Gao am Dienstag verlassen.",
        "Frankreich hat seine Truppen bis Ende Dezember vollständig aus Niger abgezogen.",
        "Belgien hat seine letzten Soldaten und zwei Diplomaten aus Niger abgezogen.",
    ],
)
def test_a_framed_completion_of_troops_stays_a_withdrawal(text: str) -> None:
    assert classify_event(text, "de") == "withdrawal_completed"
