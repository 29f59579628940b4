"""A camp handed to someone without "over" is a handover whatever its name is spelt with: a hyphen or an
apostrophe in the name ("handed its Port-Bouet camp to", "its N'Djamena air base to") is part of the name
(``handover`` in store/languages/en/cues.py), as "le camp de Port-Bouët" is in the other languages."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "France handed its Port-Bouet camp to Ivory Coast last month."),
        ("en", "The French army handed its N'Djamena air base to the Chadian army in January."),
        ("en", "Germany handed its Bir-Tawil base to the local authorities on Monday."),
        ("fr", "La France a remis son camp de Port-Bouët à la Côte d'Ivoire le mois dernier."),
        ("es", "Francia entregó su campamento de Port-Bouët a Costa de Marfil el mes pasado."),
        ("de", "Frankreich hat sein Lager in Port-Bouët an die Elfenbeinküste übergeben."),
        ("vi", "Pháp đã bàn giao trại Port-Bouët cho Bờ Biển Ngà."),
    ],
)
def test_a_camp_with_a_hyphenated_name_handed_to_someone_is_a_handover(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "handover"


def test_a_hand_given_to_someone_is_no_handover() -> None:
    sentence = "The minister handed a letter to the French ambassador in Abidjan."
    assert classify_event(sentence, "en") != "handover"
