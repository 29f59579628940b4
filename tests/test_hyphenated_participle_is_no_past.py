""" "The African-led force", "French-backed troops": a participle after a hyphen is an adjective, so it
does not put the sentence's date in the past ("will take over from the U.S.-led coalition on 1 July" is
a plan for the coming 1 July, not the 1 July before the report).

English only: the other languages' tense cues match no word after a hyphen.
Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The new force will take over from the U.S.-led coalition on 1 July.",
        "The brigade will replace the French-backed militia on 1 July.",
    ],
)
def test_a_plan_beside_a_hyphenated_participle_is_still_to_come(text: str) -> None:
    events = events_of(f"Headline\n\n{text}\n", "en", "2019-04-25")
    assert events
    assert all(not (e.date or "").startswith("2018") for e in events)
    assert any(e.target_date == "2019-07-01" for e in events)


def test_a_participle_standing_alone_still_tells_the_past() -> None:
    events = events_of("Headline\n\nThe coalition led the offensive on 1 July.\n", "en", "2019-04-25")
    assert [e.date for e in events] == ["2018-07-01"]
