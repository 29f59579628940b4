"""An undated act told right after a dated one in the same paragraph takes its day, marked inferred.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of


def _dates(text: str, language: str) -> list[tuple]:
    return [
        (e.type, e.date, e.date_inferred) for e in events_of(f"Headline\n\n{text}\n", language, "2024-03-15")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The last Dutch soldiers left Niger on Wednesday. The Dutch army handed over the Agadez camp "
            "to Nigerien forces, the ministry said.",
        ),
        (
            "de",
            "Die letzten niederländischen Soldaten haben Niger am Mittwoch verlassen. Die niederländische "
            "Armee übergab das Lager in Agadez an die nigrischen Streitkräfte, teilte das Ministerium mit.",
        ),
        (
            "fr",
            "Les derniers soldats néerlandais ont quitté le Niger mercredi. L'armée néerlandaise a remis "
            "le camp d'Agadez aux forces nigériennes, selon le ministère.",
        ),
    ],
)
def test_a_handover_told_right_after_a_dated_departure_is_of_that_day(language: str, text: str) -> None:
    got = _dates(text, language)
    assert got[0][1:] == ("2024-03-13", False)
    assert ("handover", "2024-03-13", True) in got


@pytest.mark.parametrize(
    "text",
    [
        # a pluperfect or "earlier" puts the handover before the story's day
        "The last Dutch soldiers left Niger on Wednesday. The Dutch army had handed over the Agadez camp "
        "to Nigerien forces.",
        "The last Dutch soldiers left Niger on Wednesday. Earlier the Dutch army handed over the Agadez camp "
        "to Nigerien forces.",
        # a new paragraph after one that moved the story off the day is a new act (the paragraphs right
        # after a lead go on telling it: tests/test_lead_story_paragraphs.py)
        "The last Dutch soldiers left Niger on Wednesday.\n\nThe pullout had been announced in December.\n\n"
        "The Dutch army handed over the Agadez camp to Nigerien forces.",
        # a handover still to come
        "The last Dutch soldiers left Niger on Wednesday. The Dutch army will hand over the Agadez camp "
        "to Nigerien forces.",
    ],
)
def test_an_act_moved_off_the_day_or_in_another_paragraph_stays_undated(text: str) -> None:
    got = _dates(text, "en")
    assert got[0][1] == "2024-03-13"
    assert all(d is None or t != "handover" for t, d, _ in got)


def test_an_act_in_another_country_does_not_take_the_day() -> None:
    text = (
        "The last Dutch soldiers left Niger on Wednesday. The French army handed over its base in Chad "
        "to Chadian forces."
    )
    assert [d for t, d, _ in _dates(text, "en") if t == "handover"] == [None]
