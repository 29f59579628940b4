"""An undated list entry whose own evidence allows one year keeps it beside a corroborated neighbour."""

from __future__ import annotations

import datetime as dt

from store.dates.years import Anchor, ListItem, YearHint, infer_years

TODAY = dt.date(2025, 6, 30)
# "17 February: France announces its withdrawal" (a dated report places it in 2022), then "18 May: the
# training mission ends", which a known end of that mission (18 May 2024) pins on its own.
ANCHORED = YearHint(anchors={0: Anchor(year=2022, weight=2, why="two dated reports")})


def test_an_entry_pinned_by_its_own_evidence_keeps_its_year_beside_an_anchor() -> None:
    ends = (dt.date(2024, 5, 18), dt.date(2024, 5, 18), "the mission ended on 18 May 2024")
    items = [ListItem(key=0, month=2, day=17), ListItem(key=1, month=5, day=18, tenures=[ends])]
    got = infer_years(items, TODAY, ANCHORED)
    assert (got[0].year, got[1].year) == (2022, 2024)


def test_an_entry_with_nothing_of_its_own_shares_its_anchored_neighbour_year() -> None:
    items = [ListItem(key=0, month=2, day=17), ListItem(key=1, month=5, day=18)]
    got = infer_years(items, TODAY, ANCHORED)
    assert (got[0].year, got[1].year) == (2022, 2022)


def test_a_pinned_entry_the_order_forbids_gives_way_to_the_anchors() -> None:
    # pinned to 2021 but below an entry dated 2022 in an oldest-first list: the order wins
    ends = (dt.date(2021, 5, 18), dt.date(2021, 5, 18), "a term of that one day")
    items = [ListItem(key=0, month=2, day=17), ListItem(key=1, month=5, day=18, tenures=[ends])]
    got = infer_years(items, TODAY, ANCHORED)
    assert got[0].year == 2022
    assert got[1].year >= 2022
