"""Arriving at an agreement, or at this point, is no arrival of troops: "sont arrivés à un accord", "arrived
at an agreement", "llegaron a un acuerdo", « Nous regrettons d'en être arrivés là » (the arrival cue of
``deploy`` in store/languages/<code>/cues.py), while soldiers arriving somewhere still are a deployment."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("« Nous regrettons d'en être arrivés là », a commenté le ministère allemand.", "fr"),
        ("Les deux gouvernements sont arrivés à un accord sur le calendrier, a indiqué le ministre.", "fr"),
        ("The two governments arrived at an agreement on the timetable, the minister said.", "en"),
        ("Los dos gobiernos llegaron a un acuerdo sobre el calendario, dijo el ministro.", "es"),
    ],
)
def test_arriving_at_an_agreement_is_no_deployment(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) != "deployment"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Les premiers soldats russes sont arrivés à Tombouctou, a indiqué l'armée.", "fr"),
        ("The first Russian soldiers arrived at the airport in Timbuktu on Monday.", "en"),
        ("Los primeros soldados rusos llegaron a la base de Tombuctú.", "es"),
    ],
)
def test_soldiers_arriving_are_still_a_deployment(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "deployment"
