"""Grouping again after a correction dates again only the occurrences whose records changed, with the
dates a fresh grouping gives (``store.occurrence_view.group_reports`` keeps the last grouping's)."""

from __future__ import annotations

from typing import Any

from store.linking.conflicts import best_date
from store.occurrence_view import group_reports


def _report(i: int, cluster: str, date: str) -> dict[str, Any]:
    return {
        "id": f"r{i}",
        "doc": f"wire-{i}.txt",
        "start": 0,
        "sentence": "The last convoy of peacekeepers left the Tessalit camp, the mission said.",
        "date": date,
        "date_precision": "day",
        "type": "withdrawal_completed",
        "cluster": cluster,
        "cluster_size": 3,
    }


def test_a_re_dated_report_moves_its_occurrence_date_and_others_stay_as_a_fresh_grouping_gives() -> None:
    events = [_report(n, "r0" if n < 3 else "r3", "2023-10-21" if n < 3 else "2023-12-31") for n in range(6)]
    first = group_reports(events)
    assert first.dates == {"r0": "2023-10-21", "r3": "2023-12-31"}
    corrected = list(events)
    for n in range(3):  # an analyst re-dates the three reports of the first occurrence: new records
        corrected[n] = {**events[n], "date": "2023-10-22"}
    again = group_reports(corrected)
    assert again.dates == {"r0": "2023-10-22", "r3": "2023-12-31"}
    assert again.dates == {c: best_date(m)[0] for c, m in again.clusters.items()}
