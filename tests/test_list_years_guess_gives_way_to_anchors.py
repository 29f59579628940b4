"""An undated list's year that rests on today alone ("no later than 2025") is no evidence: when dated
reports place some entries, the entries of the other year blocks follow them one year per boundary
(as they would follow today), not today."""

from __future__ import annotations

import datetime as dt

from store.dates.partial import PartialDate
from store.dates.years import Anchor, ListItem, YearHint, infer_years

TODAY = dt.date(2025, 6, 30)
# oldest first: October, December | January, March (one year boundary)
ENTRIES = [(10, 10), (12, 22), (1, 28), (3, 16)]


def _years(anchors: dict[int, int], bounds: dict[int, dict] | None = None) -> list[int]:
    bounds = bounds or {}
    items = [ListItem(k, m, d, **bounds.get(k, {})) for k, (m, d) in enumerate(ENTRIES)]
    hint = YearHint(anchors={k: Anchor(y, 1, "a dated report") for k, y in anchors.items()})
    got = infer_years(items, TODAY, hint)
    return [got[k].year for k in range(len(ENTRIES))]


def test_the_newer_block_follows_an_anchor_in_the_older_block() -> None:
    assert _years({1: 2022}) == [2022, 2022, 2023, 2023]


def test_the_older_block_follows_an_anchor_in_the_newer_block() -> None:
    assert _years({3: 2021}) == [2020, 2020, 2021, 2021]


def test_an_entry_with_its_own_evidence_keeps_its_year() -> None:
    # a past year the last entry cites bounds it from below: the list's own evidence, not a guess
    cited = {3: {"not_before": [PartialDate(2025, None, None)]}}
    assert _years({1: 2022}, cited)[3] == 2025
