"""An entry of a dated list without years, and the bounds its own evidence and the list's order give it.

``store.dates.years`` reads these bounds to choose each entry's year: an upper bound (a plan the entry
announces, the end of a term of office, today) flows to the older entries, a lower bound (a past year it
cites, the start of a term) to the newer ones.
"""

from __future__ import annotations

import datetime as dt
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import pairwise

from store.dates.partial import PartialDate
from store.dates.year_weekdays import weekday_years


@dataclass(slots=True)
class ListItem:
    """A dated entry of the list: its year-less date and what bounds it."""

    key: int  # the caller's handle (a sentence index)
    month: int
    day: int | None
    not_after: list[PartialDate] = field(default_factory=list)  # plans and deadlines it announces
    not_before: list[PartialDate] = field(default_factory=list)  # past years it refers to
    # Office holders it names: (first day, last day or None, why), from store.about.office_holders.
    tenures: list[tuple[dt.date, dt.date | None, str]] = field(default_factory=list)
    weekday: int | None = None  # "Thursday, March 27": only some years put that day on a Thursday
    # The last day of each operation it names, without the months reports of its end may trail it
    # (store.about.operations): a year within the run is likelier than one after, when the list allows it.
    likely_until: list[tuple[dt.date, str]] = field(default_factory=list)

    def copy(self) -> ListItem:
        return ListItem(
            self.key,
            self.month,
            self.day,
            list(self.not_after),
            list(self.not_before),
            list(self.tenures),
            self.weekday,
            list(self.likely_until),
        )


@dataclass(frozen=True, slots=True)
class InferredYear:
    year: int
    note: str
    pinned: bool = False  # the entry's own evidence allows this one year (an operation's date on its day)
    guessed: bool = False  # nothing but today and the list's order gave it (no evidence in the document)


def md(item: ListItem) -> tuple[int, int]:
    return item.month, item.day or 15


def steps_of(items: list[ListItem], newest_first: bool) -> list[int]:
    """Year boundaries above each item: a month going the wrong way for the list's direction."""
    steps = [0]
    for prev, cur in pairwise(items):
        wrap = md(cur) > md(prev) if newest_first else md(cur) < md(prev)
        steps.append(steps[-1] + (1 if wrap else 0))
    return steps


def conflicts(
    items: list[ListItem],
    today: dt.date,
    newest_first: bool,
    doc_not_before: list[PartialDate],
    doc_not_after: list[PartialDate],
    *,
    likely: bool = False,
) -> int:
    """How many entries the bounds leave no year for when the list is read in this direction."""
    copies = [i.copy() for i in items]
    found = bounds(copies, today, newest_first, doc_not_before, doc_not_after, likely=likely)
    return sum(1 for i, low in found.floor.items() if low is not None and low > found.cap[i])


@dataclass(slots=True)
class Bounds:
    steps: list[int]
    order: list[int]
    depth: dict[int, int]
    own_hi: dict[int, int]
    own_lo: dict[int, int | None]
    cap: dict[int, int]
    floor: dict[int, int | None]
    evidence: list[str]
    only_today: set[int] = field(default_factory=set)  # entries nothing but today bounds from above


def bounds(
    items: list[ListItem],
    today: dt.date,
    newest_first: bool,
    doc_not_before: list[PartialDate],
    doc_not_after: list[PartialDate],
    *,
    likely: bool = False,
) -> Bounds:
    """Each entry's own year bounds (today, plans, past years, terms of office) and what the list's
    order carries of them: upper bounds to older entries, lower bounds to newer ones. ``likely`` also
    keeps an entry within the run of the operations it names (``ListItem.likely_until``)."""
    steps = steps_of(items, newest_first)
    # Entries from the newest to the oldest, each with its wraps below the newest.
    order = list(range(len(items))) if newest_first else list(reversed(range(len(items))))
    depth = {i: abs(steps[i] - steps[order[0]]) for i in order}
    newest = items[order[0]]
    newest.not_after = [*newest.not_after, *doc_not_after]
    newest.not_before = [*newest.not_before, *doc_not_before]
    evidence: list[str] = []
    own_hi: dict[int, int] = {}
    only_today: set[int] = set()
    own_lo: dict[int, int | None] = {}
    for i, item in enumerate(items):
        hi = today.year if fits_today(item, today) else today.year - 1  # nothing after today
        lo: int | None = None
        for bound in item.not_after:
            year = bound.year  # the item's date must not be after the plan it announces
            with suppress(ValueError):  # 29 February in a plan's year without one: the plan's year stands
                if PartialDate(year, item.month, item.day).first_day() > bound.last_day():
                    year -= 1
            hi = min(hi, year)
            evidence.append(f"a plan for {bound} in the text")
        for bound in item.not_before:
            lo = bound.year if lo is None else max(lo, bound.year)
            evidence.append(f"a past date ({bound}) in the text")
        for first, last, why in item.tenures:  # it happened while the person it names held office
            earliest = first.year + (1 if (item.month, item.day or 28) < (first.month, first.day) else 0)
            lo = earliest if lo is None else max(lo, earliest)
            if last is not None:
                hi = min(hi, last.year - (1 if (item.month, item.day or 1) > (last.month, last.day) else 0))
            evidence.append(why)
        for end, why in item.likely_until if likely else ():
            year = end.year - (1 if (item.month, item.day or 1) > (end.month, end.day) else 0)
            if year < hi and (lo is None or year >= lo):
                hi = year
                evidence.append(f"{why}: a year within its run")
        hi, lo = weekday_years(item, hi, lo, evidence)
        own_hi[i], own_lo[i] = hi, lo
        if hi == (today.year if fits_today(item, today) else today.year - 1):
            only_today.add(i)
    cap: dict[int, int] = {}
    previous: int | None = None
    for i in order:  # upper bounds flow to older entries
        cap[i] = (
            own_hi[i] if previous is None else min(own_hi[i], cap[previous] - (depth[i] - depth[previous]))
        )
        previous = i
    floor: dict[int, int | None] = {}
    previous = None
    for i in reversed(order):  # lower bounds flow to newer entries
        carried = None
        if previous is not None and floor[previous] is not None:
            carried = floor[previous] + depth[previous] - depth[i]  # type: ignore[operator]
        lows = [v for v in (own_lo[i], carried) if v is not None]
        floor[i] = max(lows) if lows else None
        previous = i
    return Bounds(steps, order, depth, own_hi, own_lo, cap, floor, evidence, only_today)


def fits_today(item: ListItem, today: dt.date) -> bool:
    return (item.month, item.day or 1) <= (today.month, today.day)
