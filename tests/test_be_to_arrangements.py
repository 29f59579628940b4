"""An arrangement told with "be to" ("is to be complete by December 31", "are to leave by December 31") is
ahead of the report, as "doit être achevé d'ici au" and "debe completarse antes del" are; "returned to the
base" is no such "to".

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PUBLISHED = "2023-06-30"


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The handover of the camp is to be complete by December 31.", "handover"),
        ("en", "The last engineers are to leave the base by December 31.", "engineers"),
        ("fr", "La remise du camp doit être achevée d'ici au 31 décembre.", "remise"),
        ("es", "La entrega del campamento debe completarse antes del 31 de diciembre.", "entrega"),
    ],
)
def test_an_arrangement_is_ahead(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.target_date) == (PUBLISHED, "2023-12-31")


def test_a_return_to_a_place_stays_past() -> None:
    text = "The convoy returned to the base in Gao on December 31."
    event = event_for(f"Headline\n\n{text}\n", "en", PUBLISHED, "convoy")
    assert (event.date, event.target_date) == ("2022-12-31", None)
