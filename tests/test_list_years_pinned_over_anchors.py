"""A report of "the same occurrence" is matched on words and a day; an entry that its own evidence pins to one
year (the date of the operation it names, the day a term began) keeps that year against such an anchor."""

from __future__ import annotations

import datetime as dt

from store.dates.years import Anchor, ListItem, YearHint, infer_years


def _entries() -> list[ListItem]:
    items = [ListItem(0, 1, 24), ListItem(1, 1, 27), ListItem(2, 6, 30)]
    day = dt.date(2022, 6, 30)
    items[2].tenures = [(day, day, "its day and month are a date of the operation it names")]
    return items


def test_an_anchor_against_a_pinned_entry_is_dropped() -> None:
    hint = YearHint(anchors={2: Anchor(2023, 1, "another report: 2023-06-30")})
    years = infer_years(_entries(), dt.date(2025, 6, 30), hint)
    assert [years[k].year for k in (0, 1, 2)] == [2022, 2022, 2022]
    assert "dated reports" not in years[2].note


def test_an_anchor_that_agrees_with_a_pinned_entry_stays() -> None:
    hint = YearHint(anchors={2: Anchor(2022, 1, "another report: 2022-06-30")})
    years = infer_years(_entries(), dt.date(2025, 6, 30), hint)
    assert years[2].year == 2022 and "dated reports" in years[2].note
