"""German "Auftrag" (a mandate, a force's task) is a mission word as "Mandat" and "Einsatz" are: "unser
Auftrag in Mali ist beendet" tells a mission's end; "im Auftrag der Regierung" (on behalf of) names none.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    "sentence",
    [
        "„Mit dem heutigen Tag ist unser Auftrag in Mali beendet“, sagte der Kommandeur am Freitag.",
        "Der Auftrag der Bundeswehr in Niger endete am 31. August.",
    ],
)
def test_a_mandate_ended_is_a_mission_ended(sentence: str) -> None:
    assert classify_event(sentence, "de") == "mission_ended"


def test_on_behalf_of_is_no_mandate() -> None:
    sentence = "Ein Sprecher, der im Auftrag der Regierung sprach, sagte, die Gespräche seien beendet."
    assert classify_event(sentence, "de") != "mission_ended"
