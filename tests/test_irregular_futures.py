"""An irregular future ("se rendra", "prendra", "pourront", "saldrán") puts a year-less date ahead of the
report; a name ending like one ("Sandra", "Sierra") or "ultra" does not.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from store.dates.tense import tense_at
from tests.extract_helpers import event_for


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("fr", "Le chef d'état-major se rendra à Gao le 4 mars pour inspecter le camp.", "se rendra"),
        ("fr", "Le nouveau commandant prendra ses fonctions à Niamey le 4 mars.", "prendra"),
        ("fr", "Les derniers blindés pourront quitter Ménaka le 4 mars.", "pourront"),
        ("fr", "Le contingent tchadien suivra le 4 mars.", "suivra"),
        ("es", "Los últimos blindados saldrán de Menaka el 4 de marzo.", "saldrán"),
    ],
)
def test_an_irregular_future_is_a_plan_ahead(language: str, text: str, fragment: str) -> None:
    # a report of 20 February 2023: 4 March is twelve days ahead, not last year's
    event = event_for(f"Headline\n\n{text}\n", language, "2023-02-20", fragment)
    assert (event.date, event.target_date) == ("2023-02-20", "2023-03-04")


@pytest.mark.parametrize(
    "text",
    [
        "La photographe Sandra Diallo, le 4 mars à Gao, devant le camp.",
        "Les casques bleus de Sierra Leone, le 4 mars à Gao.",
        "Un drone ultra léger, le 4 mars à Gao.",
    ],
)
def test_a_name_that_ends_like_a_future_is_no_future(text: str) -> None:
    start = text.index("4 mars")
    assert tense_at(text, start, start + len("4 mars"), "fr") != "future"
