"""A future word that governs a verb of saying ("is expected to confirm today that its last soldiers have
left", "devrait confirmer lundi que les derniers soldats ont quitté") puts the saying to come, not the
departure: told in the perfect, that is done. A saying to come of a departure still to come ("will announce
that the last troops will leave in May"), or of a withdrawal named as a noun, stays a plan."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event

DONE = [
    ("en", "The army is expected to confirm on Monday that the last Belgian troops have left Niger."),
    ("fr", "L'état-major devrait confirmer lundi que les derniers soldats belges ont quitté le Niger."),
]

PLANS = [
    ("en", "The army will announce that the last Belgian troops will leave Niger in May."),
    ("en", "Brussels will announce the withdrawal of its last troops on Monday."),
    ("fr", "L'état-major devrait annoncer lundi que les derniers soldats belges quitteront le Niger en mai."),
    ("en", "Belgium will withdraw its last troops from Niger in May, the army said."),
]


@pytest.mark.parametrize(("language", "sentence"), DONE)
def test_a_saying_to_come_of_a_departure_done_is_the_departure_done(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_completed"


@pytest.mark.parametrize(("language", "sentence"), PLANS)
def test_a_departure_still_to_come_stays_a_plan(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_announced"
