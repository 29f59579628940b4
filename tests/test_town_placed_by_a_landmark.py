"""A town placed by a landmark after a comma ("left Ber, near Timbuktu", "a quitté Tessit, près de Gao")
tells one act at that town: the landmark is named in passing, so the sentence gives one event (not one
per town, as two camps joined by "and" do), and linking reads the one town. A landmark alone ("an attack
near Gao") is still where the act is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from store.about.places_in_passing import places_in_passing
from tests.extract_helpers import events_of

PLACED = {
    "en": ("In March, the mission pulled out of Ansongo, near Gao, under fire.", "Gao"),
    "fr": ("En mars, la mission a quitté le camp d'Ansongo, près de Gao, sous le feu.", "Gao"),
    "es": ("En marzo, la misión abandonó Ansongo, cerca de Gao, bajo el fuego.", "Gao"),
    "vi": ("Tháng 3, phái bộ đã rút khỏi căn cứ Ansongo, gần Gao, trong làn đạn.", "Gao"),
}


@pytest.mark.parametrize("language", sorted(PLACED))
def test_a_landmark_after_a_comma_is_named_in_passing(language: str) -> None:
    sentence, landmark = PLACED[language]
    assert places_in_passing(sentence, language) == {landmark}


@pytest.mark.parametrize("language", sorted(PLACED))
def test_a_town_placed_by_a_landmark_gives_one_event(language: str) -> None:
    sentence, _ = PLACED[language]
    events = events_of(f"Headline\n\n{sentence}\n", language, "2023-04-02")
    assert len(events) == 1
    assert "Ansongo" in events[0].places


def test_a_landmark_alone_is_still_where_the_act_is() -> None:
    assert places_in_passing("An ambush near Gao killed three peacekeepers on Sunday.", "en") == frozenset()
