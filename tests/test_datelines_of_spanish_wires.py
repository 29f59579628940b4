""" "MADRID, 6 Mar. (EUROPA PRESS) -": Spanish wires write the day and a capitalised short month, on the
story's first line or alone on a line above it; either way it is the story's dateline, never its headline
nor an event of its own.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from store.dates.mentions import find_mentions
from store.document.boilerplate import classify_blocks
from tests.extract_helpers import events_of


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [("BERLÍN, 7 Mar. (EUROPA PRESS) -", 3, 7), ("DAKAR, 15 Ago. (EUROPA PRESS) -", 8, 15)],
)
def test_a_short_capitalised_month_after_the_day_is_a_date(text: str, month: int, day: int) -> None:
    (m,) = find_mentions(text, "es")
    assert (m.month, m.day, m.year) == (month, day, None)


def test_the_sea_is_still_no_month() -> None:
    assert find_mentions("Los 6 barcos salieron al mar.", "es") == []


def test_a_dateline_alone_on_its_line_is_body_not_a_headline() -> None:
    text = "Titular\n\nBERLÍN, 7 Mar. (EUROPA PRESS) -\n\nEl Gobierno alemán ha confirmado la retirada.\n"
    kinds = [(b.kind, text[b.start : b.end][:6]) for b in classify_blocks(text, "es")]
    assert ("body", "BERLÍN") in kinds


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Alemania retira sus tropas\n\nBERLÍN, 7 Mar. (EUROPA PRESS) -\n\n"
            "El Gobierno alemán ha confirmado este jueves la retirada de sus soldados de Níger.\n",
            "2024-03-07",
        ),
        (
            "Alemania retira sus tropas\n\nBERLÍN, 7 Mar. (EUROPA PRESS) - "
            "El Gobierno alemán ha confirmado la retirada de sus soldados de Níger.\n",
            "2024-03-07",
        ),
    ],
)
def test_the_wire_dateline_dates_its_story(text: str, date: str) -> None:
    events = events_of(text, "es", "2024-03-09")
    assert [(e.date, e.type) for e in events] == [(date, "withdrawal_announced")]
