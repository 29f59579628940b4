"""A past verb in a relative clause that says what a noun allowed or required ("revoked the accord that
allowed troops to operate in the country in March") governs an infinitive that is no plan anyone stated:
the date is the main verb's. A verb of asking or ordering there still states a plan.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

from tests.extract_helpers import event_for

PUBLISHED = "2024-05-20"


def test_a_permission_in_a_relative_clause_leaves_the_date_to_the_main_verb() -> None:
    text = "Chad's government cancelled the pact that permitted French jets to use its base in April."
    event = event_for(f"Headline\n\n{text}\n", "en", PUBLISHED, "cancelled")
    assert (event.date, event.target_date) == ("2024-04", None)


def test_a_duty_in_a_relative_clause_leaves_the_date_to_the_main_verb() -> None:
    text = "The junta scrapped the decree that required foreign soldiers to carry army passes in February."
    event = event_for(f"Headline\n\n{text}\n", "en", PUBLISHED, "scrapped")
    assert (event.date, event.target_date) == ("2024-02", None)


def test_an_order_in_a_relative_clause_still_states_a_plan() -> None:
    text = "The junta praised the envoy who urged the mission to leave in January."
    event = event_for(f"Headline\n\n{text}\n", "en", "2024-06-30", "urged")
    assert event.target_date == "2025-01"


def test_what_was_said_after_that_still_states_a_plan() -> None:
    text = "The minister said that Mali wanted the mission to leave in January."
    event = event_for(f"Headline\n\n{text}\n", "en", "2024-06-30", "wanted")
    assert (event.date, event.target_date) == ("2024-06-30", "2025-01")
