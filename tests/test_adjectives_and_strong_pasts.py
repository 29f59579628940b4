"""Tense cues that are not the clause's tense: "the last soldiers", "die letzten Soldaten" are adjectives
after an article; German strong preterites ("verließen", "übergab", "beschloss") are the past.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PUBLISHED = "2023-12-10"


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The last Swedish peacekeepers hand over their camp on December 15.", "Swedish"),
        ("de", "Die letzten schwedischen Blauhelme übergeben ihr Lager am 15. Dezember.", "schwedischen"),
        ("fr", "Les derniers casques bleus suédois remettent leur camp le 15 décembre.", "suédois"),
    ],
)
def test_last_before_a_noun_is_no_past(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.target_date) == (PUBLISHED, "2023-12-15")


@pytest.mark.parametrize(
    "text",
    [
        "Die schwedischen Blauhelme verließen Timbuktu am 20. Dezember.",
        "Das Kontingent übergab sein Lager am 20. Dezember.",
        "Der Bundestag beschloss den Abzug am 20. Dezember.",
    ],
)
def test_a_german_strong_preterite_is_the_past(text: str) -> None:
    # 20 December is ten days after the report: told in the preterite, it is last year's
    event = event_for(f"Überschrift\n\n{text}\n", "de", PUBLISHED, text[:12])
    assert (event.date, event.target_date) == ("2022-12-20", None)
