"""An act already done "after January 1" came after a day behind the report, not after the coming one;
what will be allowed "after January 1" still starts at the coming one.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PUBLISHED = "2023-12-29"  # three days before 1 January


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The Danish contingent flew home after January 1.", "Danish"),
        ("fr", "Le contingent danois est rentré après le 1er janvier.", "danois"),
        ("de", "Das dänische Kontingent flog nach dem 1. Januar nach Hause.", "dänische"),
        ("es", "El contingente danés regresó a casa después del 1 de enero.", "danés"),
    ],
)
def test_an_act_done_after_a_day_follows_the_one_behind(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.target_date) == ("2023-01-01", None)


def test_what_is_allowed_after_a_day_starts_at_the_coming_one() -> None:
    text = "Danish aircraft will not be allowed to land after January 1."
    event = event_for(f"Headline\n\n{text}\n", "en", PUBLISHED, "Danish")
    assert event.target_date == "2024-01-01"
