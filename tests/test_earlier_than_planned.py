"""A count measured against a plan ("two weeks earlier than planned", "deux semaines plus tôt que prévu",
"dos semanas antes de lo previsto", "zwei Wochen früher als geplant") is no date: the sentence's own day
dates it, with no second event and no target.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

CASES = [
    ("en", "The peacekeepers handed over their Tessalit camp on Monday, three weeks earlier than planned."),
    ("fr", "Les Casques bleus ont remis lundi leur camp de Tessalit, trois semaines plus tôt que prévu."),
    ("es", "Los cascos azules entregaron el lunes su base de Tessalit, tres semanas antes de lo previsto."),
    ("de", "Die Blauhelme übergaben am Montag ihr Lager in Tessalit, drei Wochen früher als geplant."),
]


@pytest.mark.parametrize(("language", "sentence"), CASES)
def test_a_count_against_a_plan_is_no_date(language: str, sentence: str) -> None:
    events = events_of(sentence + "\n", language, "2023-11-14")  # a Tuesday
    assert [(e.date, e.target_date) for e in events] == [("2023-11-13", None)]
