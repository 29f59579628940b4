"""English "to" and French "à"/"de" before a place, a name or a possession ("its ambassador to Niamey",
"returned to France", "à Alger") is a preposition, not an infinitive: a past act dated after it keeps its
date and is no plan for the coming year. "asked the troops to leave on March 4" stays a plan.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PUBLISHED = "2024-09-10"


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Benin recalled its ambassador to Niamey on March 4.", "recalled"),
        ("Niger expelled the Beninese envoy to Niamey on March 4.", "expelled"),
        ("The last Italian trainers flew back to Italy on March 4.", "flew back"),
        ("The army handed the Ouallam base over to its Nigerien partners on March 4.", "handed"),
    ],
)
def test_to_before_a_place_or_possession_leaves_the_past_act_its_date(sentence: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{sentence}\n", "en", PUBLISHED, fragment)
    assert (event.date, event.target_date) == ("2024-03-04", None)


def test_to_before_a_verb_is_still_the_plan() -> None:
    event = event_for(
        "Headline\n\nThe junta asked the Italian trainers to leave on March 4.\n", "en", PUBLISHED, "asked"
    )
    assert (event.date, event.target_date) == (PUBLISHED, "2025-03-04")


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Le Bénin a rappelé son ambassadeur à Alger le 4 mars.", "rappelé"),
        ("Les derniers formateurs italiens sont rentrés de Kidal à Alger le 4 mars.", "rentrés"),
    ],
)
def test_a_french_place_in_er_is_no_infinitive(sentence: str, fragment: str) -> None:
    event = event_for(f"Titre\n\n{sentence}\n", "fr", PUBLISHED, fragment)
    assert (event.date, event.target_date) == ("2024-03-04", None)


def test_a_french_infinitive_is_still_the_plan() -> None:
    event = event_for(
        "Titre\n\nLa junte a demandé aux formateurs de partir le 4 mars.\n", "fr", PUBLISHED, "demandé"
    )
    assert (event.date, event.target_date) == (PUBLISHED, "2025-03-04")
