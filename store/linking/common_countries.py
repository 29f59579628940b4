"""Countries (and places) so common in a store that sharing them identifies nothing.

In a corpus about Mali nearly every event names Mali: two reports that both
name it are no more likely to tell the same occurrence than any two reports.
Which names are that common is read from the store's own events, never written
in the code, so a corpus about Niger or Chad (or both) is treated the same way.

Two figures decide it, so that a store of ten reports and one of 100,000 events
are judged alike:

- the **share** of the events naming any country that name this one (0.4): in a
  large store about Mali, Mali is in most events and France in a fraction;
- a **floor of documents** (30) that name a country before any share counts. A
  share is a statement about what the corpus is about, and each document is one
  independent story: the events of one long article are not thirty samples. Ten
  reports about France leaving Niger and Chad name France in most of their events,
  yet that says only which few stories were chosen; there, France and Niger are
  what tell the Niger departure from the Chad one, and they must count. Below 30
  documents a share of 0.4 is also too uncertain to tell "nearly every story"
  from "a few of them" (its 95% interval is about +/-0.18), while the harm of
  counting a frequent country is small: few occurrences compete for one day, and
  the date, type and town checks still keep them apart. From 30 documents on, the
  share decides, as it always did for large stores.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

COMMON_SHARE = 0.4
"""A country named by at least this share of the events that name any country identifies nothing."""

MIN_DOCUMENTS = 30
"""Below this many documents naming any country, a share says nothing: every country counts as evidence."""


@dataclass(slots=True)
class Tally:
    """How many events carry each value, and how many events per document carry any.

    Both are counters, so the tally of a store after a change is the tally before it plus the new
    events' tally minus the replaced ones' (``relink`` checks whether the common set moved).
    """

    counts: Counter[str] = field(default_factory=Counter)  # events per value
    docs: Counter[str] = field(default_factory=Counter)  # events with any value, per document

    @property
    def total(self) -> int:
        """Events that carry any value."""
        return sum(n for n in self.docs.values() if n > 0)

    @property
    def documents(self) -> int:
        """Documents with at least one event that carries a value."""
        return sum(1 for n in self.docs.values() if n > 0)

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.counts + other.counts, self.docs + other.docs)

    def __sub__(self, other: Tally) -> Tally:
        return Tally(self.counts - other.counts, self.docs - other.docs)


def common_values(
    events: Iterable[Mapping[str, Any]],
    field: str,
    share: float = COMMON_SHARE,
    minimum: int = MIN_DOCUMENTS,
) -> frozenset[str]:
    """Values of ``field`` (a list per event) carried by at least ``share`` of the events that have any,
    once at least ``minimum`` documents carry any."""
    return common_of(tally(events, field), share, minimum)


def tally(events: Iterable[Mapping[str, Any]], field: str = "countries") -> Tally:
    """How many events carry each value of ``field``, and how many per document carry any."""
    result = Tally()
    for e in events:
        values = e.get(field)
        if values:
            result.docs[str(e.get("doc"))] += 1
            result.counts.update(set(values))
    return result


def common_of(counts: Tally, share: float = COMMON_SHARE, minimum: int = MIN_DOCUMENTS) -> frozenset[str]:
    """``common_values`` from a ``tally`` (one count of a store serves it before and after a change)."""
    if counts.documents < minimum:
        return frozenset()
    total = counts.total
    return frozenset(v for v, n in counts.counts.items() if n > 0 and n >= share * total)


def common_countries(events: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The countries of the store that identify nothing ({"ML"} in a corpus about Mali)."""
    return common_values(events, "countries")
