"""A report in a language without a folder (Nigerian Pidgin, Italian) whose sentence has a past verb, an
infinitive and a date is read with the English cues, as the rest of the tense rules do: no crash.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of


@pytest.mark.parametrize("language", ["pcm", "it"])
def test_a_plan_after_a_past_verb_in_a_language_without_cues_is_read(language: str) -> None:
    text = "Headline\n\nThe junta ordered the Italian trainers to leave Niamey on March 4.\n"
    events = events_of(text, language, "2024-09-10")
    assert all(e.target_date in (None, "2025-03-04") for e in events)
