"""Where a French source spoke stays out of the act's places when a participle clause follows its
attribution (", a confirmé samedi l'état-major à Paris, mettant un terme à ..."), as when the attribution
ends the sentence: the act is the departure from Niger, not something in Paris. Within one report, a
place left in would make the act another occurrence than the report's next sentence at the act's place."""

from __future__ import annotations

import pytest

from store.about.speaker_places import said_at


@pytest.mark.parametrize(
    "sentence",
    [
        "Les derniers soldats italiens ont quitté la veille le Niger, a confirmé samedi l'état-major à Rome, "
        "mettant fin à cinq ans de mission.",
        "Le contingent a rendu le camp de Ménaka, a indiqué un porte-parole à Paris, en précisant que tout "
        "s'était déroulé dans le calme.",
        "Le contingent a rendu le camp de Ménaka, a indiqué un porte-parole à Paris.",
    ],
)
def test_the_speaker_s_town_before_a_participle_is_no_place_of_the_act(sentence: str) -> None:
    place = "Rome" if "Rome" in sentence else "Paris"
    assert said_at(sentence, "fr") == {place}


def test_a_town_the_sentence_goes_on_describing_stays() -> None:
    sentence = "Les soldats ont quitté Gao, a indiqué l'armée à Paris, où le ministre est arrivé lundi."
    assert said_at(sentence, "fr") == frozenset()
