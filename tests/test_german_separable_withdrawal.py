"""A German withdrawal told with its separable verb framing the clause ("zieht seine rund 300 Soldaten aus
dem Tschad ab") is a withdrawal however many words the frame holds, as "zog ... ab" already was
(``withdraw`` in store/languages/de/cues.py)."""

from __future__ import annotations

from tests.extract_helpers import event_for


def test_a_separable_withdrawal_verb_framing_a_long_clause_is_a_withdrawal() -> None:
    text = (
        "Berlin (dpa) - Deutschland zieht seine rund 300 Soldaten aus dem Tschad ab. Das kündigte der "
        "Verteidigungsminister am Montag in Berlin an."
    )
    event = event_for(text, "de", "2024-03-05", "zieht seine")
    assert (event.type, event.date) == ("withdrawal_announced", "2024-03-04")
    assert "TD" in event.countries


def test_a_separable_withdrawal_with_its_deadline_is_a_plan_for_it() -> None:
    text = "Deutschland zieht seine Soldaten bis Ende Juni aus dem Tschad ab, sagte der Minister am Montag."
    event = event_for(text, "de", "2024-03-05", "zieht seine")
    assert event.type == "withdrawal_announced" and event.target_date == "2024-06"
