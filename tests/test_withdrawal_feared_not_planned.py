"""What others fear a withdrawal will do is not its announcement: "aid groups warned that the departure
would leave villagers without protection" tells a warning, while "the withdrawal will take six months"
still tells a plan. Sentences written for these tests."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event

FEARED = [
    ("en", "Aid groups warned that the departure would leave villagers in the centre without protection."),
    ("en", "Relief agencies fear the withdrawal will deprive displaced families of escorts."),
    ("fr", "Des ONG ont averti que le départ des Casques bleus laissera les villageois sans protection."),
    ("fr", "Les associations craignent que le retrait des soldats laisse un vide sécuritaire."),
    ("es", "Las ONG advirtieron de que la retirada dejará a las aldeas sin protección."),
    ("de", "Hilfsorganisationen befürchten, dass der Abzug die Dörfer schutzlos lassen wird."),
]

PLANNED = [
    ("en", "The withdrawal will take five to seven months, the defence ministry said."),
    ("en", "The peacekeepers will leave Gao by December, the mission said."),
    ("fr", "Le retrait prendra cinq mois, a précisé le ministère des Armées."),
    ("de", "Der Abzug wird fünf Monate dauern, teilte das Verteidigungsministerium mit."),
]


@pytest.mark.parametrize(("language", "sentence"), FEARED)
def test_a_feared_consequence_of_a_withdrawal_is_no_announcement(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) not in {"withdrawal_announced", "withdrawal_started"}


@pytest.mark.parametrize(("language", "sentence"), PLANNED)
def test_a_withdrawal_still_to_come_is_still_a_plan(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_announced"
