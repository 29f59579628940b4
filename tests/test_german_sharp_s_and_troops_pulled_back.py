"""German words written with "ß": a country name so written ("Großbritannien") is found, though its
casefolded key spells "ss" (store/about/country_lexicon.py); and troops pulled back with "zurückziehen"
("seine Soldaten aus der Mission zurückzuziehen", "zog seine Truppen zurück") are a withdrawal, a motion
withdrawn is not (store/languages/de/cues.py).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from store.about.countries import event_countries
from tests.extract_helpers import events_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Großbritannien schickt keine Hubschrauber mehr in den Sahel.",
        "Am Dienstag meldete Großbritannien den Abzug seiner Pioniere.",
    ],
)
def test_a_country_written_with_sharp_s_is_found(sentence: str) -> None:
    assert "GB" in event_countries(sentence, "de")


def test_a_country_written_with_ss_in_english_is_still_found() -> None:
    assert event_countries("Russia and Mississippi were not named, Russia was.", "en") == ["RU"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norwegen hatte am Montag angekündigt, seine Blauhelme aus der Mission zurückzuziehen.",
        "Norwegen teilte am Montag mit, es ziehe seine Truppen bis März aus dem Land zurück.",
    ],
)
def test_troops_pulled_back_with_zurueckziehen_are_a_withdrawal(sentence: str) -> None:
    events = events_of(f"Überschrift\n\n{sentence}\n", "de", "2025-03-06")
    assert [e.type for e in events] == ["withdrawal_announced"]


def test_a_motion_withdrawn_is_no_withdrawal_of_troops() -> None:
    sentence = "Die Fraktion zog am Montag ihren Antrag zur Mission wieder zurück."
    events = events_of(f"Überschrift\n\n{sentence}\n", "de", "2025-03-06")
    assert [e.type for e in events] == ["other"]
