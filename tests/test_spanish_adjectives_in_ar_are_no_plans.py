"""A Spanish word in -ar/-er/-ir is an infinitive (a planned act: "pidió a la misión retirar sus tropas")
only when it is one: "el agregado militar", "el programa nuclear", "el líder", "el poder" are an
adjective or a noun, and a past act dated after them keeps its date.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PUBLISHED = "2024-09-10"


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Burkina Faso expulsó al agregado militar francés el 4 de marzo.", "expulsó"),
        ("La junta suspendió la cooperación militar con Francia el 4 de marzo.", "suspendió"),
        ("Níger expulsó al líder de la misión europea el 4 de marzo.", "expulsó"),
    ],
)
def test_an_adjective_or_noun_in_ar_leaves_the_past_act_its_date(sentence: str, fragment: str) -> None:
    event = event_for(f"Titular\n\n{sentence}\n", "es", PUBLISHED, fragment)
    assert (event.date, event.target_date) == ("2024-03-04", None)


def test_an_infinitive_after_a_verb_of_ordering_is_still_the_plan() -> None:
    event = event_for(
        "Titular\n\nLa junta ordenó el lunes a la misión abandonar el país el 15 de octubre.\n",
        "es",
        PUBLISHED,
        "ordenó",
    )
    assert (event.date, event.target_date) == ("2024-09-09", "2024-10-15")
