"""A month name with no preposition of its own, followed by "last year" ("the coup of July last year",
"le putsch de juillet de l'an dernier", "el golpe de julio del año pasado"), is that month of that year, not
the bare year; a lower-case "march" in English stays a verb.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PUBLISHED = "2024-03-17"


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The junta seized power after the coup of July last year.", "junta"),
        ("fr", "La junte a pris le pouvoir après le putsch de juillet de l'an dernier.", "junte"),
        ("es", "La junta tomó el poder tras el golpe de julio del año pasado.", "junta"),
        ("de", "Die Junta übernahm nach dem Putsch vom Juli letzten Jahres die Macht.", "Junta"),
    ],
)
def test_a_bare_month_before_last_year_is_that_month(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.date_precision) == ("2023-07", "month")


def test_a_lower_case_english_month_name_is_a_verb() -> None:
    text = "The soldiers who march last year's route were attacked."
    event = event_for(f"Headline\n\n{text}\n", "en", PUBLISHED, "soldiers")
    assert event.date != "2023-03"
