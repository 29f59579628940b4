"""Another act of the same kind told with "also" after the story's act, with no date of its own, is an act
of its own (its own countries) of the story act's day (store/extraction/also_that_day.py, ``ALSO`` in
store/languages/<code>/pointing.py)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of

PUBLISHED = "2024-05-12"  # a Sunday: "Friday" is 2024-05-10

ALSO_LIFTED = [
    (
        "en",
        "ACCRA - West African leaders on Friday lifted the sanctions on Chad, citing hardship.\n\n"
        "The leaders also lifted the economic sanctions on Gabon.",
        "also lifted",
    ),
    (
        "fr",
        "Les dirigeants ouest-africains ont levé vendredi les sanctions contre le Tchad.\n\n"
        "L'organisation a également levé les sanctions visant le Gabon.",
        "également",
    ),
    (
        "es",
        "Los líderes de África Occidental levantaron el viernes las sanciones contra Chad.\n\n"
        "En la misma cumbre se levantaron las sanciones económicas contra Gabón.",
        "misma cumbre",
    ),
]


@pytest.mark.parametrize(("language", "text", "fragment"), ALSO_LIFTED)
def test_another_lifting_told_with_also_is_its_own_act_of_that_day(language, text, fragment):
    event = event_for(text, language, PUBLISHED, fragment)
    assert event.type == "sanctions_lifted"
    assert event.date == "2024-05-10" and event.date_inferred, event.date_reason
    assert event.countries == ["GA"]


def test_also_with_an_act_of_another_kind_takes_no_day():
    text = (
        "West African leaders on Friday lifted the sanctions on Chad.\n\n"
        "Gabon also expelled two French diplomats."
    )
    assert not [e for e in events_of(text, "en", PUBLISHED) if "Gabon" in e.sentence and e.date]


def test_also_in_a_flashback_takes_no_day():
    text = (
        "West African leaders on Friday lifted the sanctions on Chad.\n\n"
        "They had also lifted the sanctions on Gabon earlier."
    )
    assert not [
        e for e in events_of(text, "en", PUBLISHED) if "Gabon" in e.sentence and e.date == "2024-05-10"
    ]
