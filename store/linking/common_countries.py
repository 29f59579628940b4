"""Countries (and places) so common in a store that sharing them identifies nothing.

In a corpus about Mali nearly every event names Mali: two reports that both
name it are no more likely to tell the same occurrence than any two reports.
Which names are that common is read from the store's own events, never written
in the code, so a corpus about Niger or Chad (or both) is treated the same way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

COMMON_SHARE = 0.4
"""A country named by at least this share of the events that name any country identifies nothing."""

MIN_EVENTS = 12
"""Below this many events a share says nothing: every country counts as evidence."""


def common_values(
    events: Iterable[Mapping[str, Any]], field: str, share: float = COMMON_SHARE, minimum: int = MIN_EVENTS
) -> frozenset[str]:
    """Values of ``field`` (a list per event) carried by at least ``share`` of the events that have any."""
    counts, total = tally(events, field)
    return common_of(counts, total, share, minimum)


def tally(events: Iterable[Mapping[str, Any]], field: str = "countries") -> tuple[Counter[str], int]:
    """How many events carry each value of ``field``, and how many carry any."""
    counts: Counter[str] = Counter()
    total = 0
    for e in events:
        values = e.get(field)
        if values:
            total += 1
            counts.update(set(values))
    return counts, total


def common_of(
    counts: Counter[str], total: int, share: float = COMMON_SHARE, minimum: int = MIN_EVENTS
) -> frozenset[str]:
    """``common_values`` from a ``tally`` (one count of a store serves it before and after a change)."""
    if total < minimum:
        return frozenset()
    return frozenset(v for v, n in counts.items() if n >= share * total)


def common_countries(events: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The countries of the store that identify nothing ({"ML"} in a corpus about Mali)."""
    return common_values(events, "countries")
