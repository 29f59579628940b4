"""link13's typing classes (from holdout11's errors), on sentences written for them: a ban whose object is
an international broadcaster named without a common noun is a media ban; a suspension or a ban ordered by
its speaker is done, not demanded; German "untersagt" and "abschalten" ban."""

from __future__ import annotations

import pytest

from store.about.acts import act_type


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Guinea's junta on Tuesday suspended France 24 until further notice, accusing it of bias.", "en"),
        ("The move follows the suspension in March of Radio France Internationale.", "en"),
        ("Le gouvernement togolais a suspendu mardi pour un mois les programmes de la BBC.", "fr"),
        ("Die Regierung hat am Dienstag die Ausstrahlung des Senders Deutsche Welle untersagt.", "de"),
        ("El Gobierno suspendió el martes las emisiones de la BBC por tres meses.", "es"),
    ],
)
def test_a_ban_on_a_named_broadcaster_is_a_media_ban(sentence: str, lang: str) -> None:
    assert act_type(sentence, lang) == "media_ban"


def test_a_suspension_ordered_by_its_speaker_is_done_but_one_demanded_is_not() -> None:
    ordered = "Le ministre a ordonné jeudi la suspension pour trois mois des programmes de la BBC."
    assert act_type(ordered, "fr") == "media_ban"
    assert act_type("El ministro ordenó la suspensión de las rotaciones de tropas.", "es") == "suspension"
    assert act_type("Les syndicats ont exigé la suspension des rotations.", "fr") is None


def test_a_broadcaster_named_as_the_source_is_no_ban() -> None:
    assert act_type("RFI reported that the junta suspended troop rotations.", "en") == "suspension"
