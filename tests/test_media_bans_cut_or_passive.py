"""A broadcast cut off ("a coupé la diffusion de RFI", "cut off the broadcasts of") and a named
broadcaster suspended in the passive ("France 24 a été suspendue", "RFI wurde am Montag verboten") are
media bans in every language, not an unclassified event or any suspension; a broadcaster that only
reports a suspension is no media ban.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Niamey coupe à son tour la diffusion de la radio publique française.", "fr"),
        ("Le régime a coupé jeudi les émissions de RFI dans tout le pays.", "fr"),
        ("The junta cut off the broadcasts of Radio France Internationale on Thursday.", "en"),
        ("La junta cortó el jueves las emisiones de RFI en todo el país.", "es"),
        ("La chaîne TV5 Monde est suspendue au Niger depuis lundi.", "fr"),
        ("France 24 was suspended indefinitely in Burkina Faso on Monday.", "en"),
        ("RFI wurde am Montag in Burkina Faso verboten.", "de"),
        ("La cadena France 24 fue suspendida el lunes en Níger.", "es"),
    ],
)
def test_a_broadcast_cut_or_a_broadcaster_suspended_is_a_media_ban(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "media_ban"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("RFI reported that the junta suspended troop rotations on Monday.", "en"),
        ("Selon RFI, la junte a suspendu les rotations des contingents.", "fr"),
        ("La junte a coupé les vivres aux soldats de la mission.", "fr"),
    ],
)
def test_a_broadcaster_as_a_source_or_a_cut_of_supplies_is_no_media_ban(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) != "media_ban"
