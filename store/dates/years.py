"""Years for documents that never give one (a dated list: "Ngày 3/11 ...").

With no publication date and no dateline, "3/11" has no year. The document
still says a lot: a dated list runs in one direction, so a month going the
"wrong" way marks a year boundary; a plan ("by May 2024") comes after its
announcement; an explicit year bounds the items around it. Every year found
this way is marked inferred and its reason names the evidence and the range.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from store.dates.date_mention import DateMention
from store.dates.partial import PartialDate


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


@dataclass(frozen=True, slots=True)
class InferredYear:
    year: int
    note: str
    pinned: bool = False  # the entry's own evidence allows this one year (an operation's date on its day)


def _md(item: ListItem) -> tuple[int, int]:
    return item.month, item.day or 15


@dataclass(frozen=True, slots=True)
class Anchor:
    """A year other documents give one entry: dated reports of the same occurrence."""

    year: int
    weight: int  # how many independent reports say it
    why: str  # which reports


@dataclass(frozen=True, slots=True)
class YearHint:
    """Evidence from other documents: years for some entries (``anchors``, by the caller's key).

    ``shift`` moves the whole list (never past its bounds); anchors place the entries they name and,
    through the list's order, bound the others.
    """

    shift: int = 0
    why: str = ""
    anchors: Mapping[int, Anchor] = field(default_factory=dict)


def infer_years(
    items: list[ListItem],
    today: dt.date,
    hint: YearHint | None = None,
    *,
    doc_not_before: list[PartialDate] = (),  # type: ignore[assignment]
    doc_not_after: list[PartialDate] = (),  # type: ignore[assignment]
) -> dict[int, InferredYear]:
    """A year for each item, from list order and the bounds the items give.

    A list only says its entries run in one direction, at least one year apart at each month that goes
    the "wrong" way (more years may pass unseen). So an upper bound on an entry (a plan it announces, the
    end of a term of office) also bounds every older entry, and a lower bound (a past year it cites, the
    start of a term) every newer one; never the other way. Each entry takes the latest year its bounds
    allow. ``doc_not_before``/``doc_not_after`` are years the rest of the document mentions in the past or
    the future tense: they bound its newest entry. Anchors from dated reports of the same occurrences
    (``hint.anchors``) place their entries and decide the direction when they fit one better.
    """
    if not items:
        return {}
    desc = sum(1 for a, b in pairwise(items) if _md(b) < _md(a))
    asc = sum(1 for a, b in pairwise(items) if _md(b) > _md(a))
    # A tie is read oldest first, as chronologies ("Timeline", "Chronik", "Các mốc chính") are written,
    # unless the entries' own bounds (terms of office, plans) only fit the other way.
    newest_first = desc > asc
    if desc == asc and _conflicts(items, today, newest_first, doc_not_before, doc_not_after) > _conflicts(
        items, today, not newest_first, doc_not_before, doc_not_after
    ):
        newest_first = not newest_first
    if hint is not None and hint.anchors:
        keys = [item.key for item in items]
        fit = {
            d: sum(
                a.weight
                for a in _consistent_anchors(keys, _steps(items, d), -1 if d else 1, hint.anchors).values()
            )
            for d in (True, False)
        }
        if fit[not newest_first] > fit[newest_first]:
            newest_first = not newest_first
    copies = [
        ListItem(i.key, i.month, i.day, list(i.not_after), list(i.not_before), list(i.tenures), i.weekday)
        for i in items
    ]
    return _solve(copies, today, hint, newest_first, doc_not_before, doc_not_after)


def _steps(items: list[ListItem], newest_first: bool) -> list[int]:
    """Year boundaries above each item: a month going the wrong way for the list's direction."""
    steps = [0]
    for prev, cur in pairwise(items):
        wrap = _md(cur) > _md(prev) if newest_first else _md(cur) < _md(prev)
        steps.append(steps[-1] + (1 if wrap else 0))
    return steps


def _conflicts(
    items: list[ListItem],
    today: dt.date,
    newest_first: bool,
    doc_not_before: list[PartialDate],
    doc_not_after: list[PartialDate],
) -> int:
    """How many entries the bounds leave no year for when the list is read in this direction."""
    copies = [
        ListItem(i.key, i.month, i.day, list(i.not_after), list(i.not_before), list(i.tenures), i.weekday)
        for i in items
    ]
    bounds = _bounds(copies, today, newest_first, doc_not_before, doc_not_after)
    return sum(1 for i, low in bounds.floor.items() if low is not None and low > bounds.cap[i])


@dataclass(slots=True)
class _Bounds:
    steps: list[int]
    order: list[int]
    depth: dict[int, int]
    own_hi: dict[int, int]
    own_lo: dict[int, int | None]
    cap: dict[int, int]
    floor: dict[int, int | None]
    evidence: list[str]
    only_today: set[int] = field(default_factory=set)  # entries nothing but today bounds from above


def _bounds(
    items: list[ListItem],
    today: dt.date,
    newest_first: bool,
    doc_not_before: list[PartialDate],
    doc_not_after: list[PartialDate],
) -> _Bounds:
    """Each entry's own year bounds (today, plans, past years, terms of office) and what the list's
    order carries of them: upper bounds to older entries, lower bounds to newer ones."""
    steps = _steps(items, newest_first)
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
        hi = today.year if _fits_today(item, today) else today.year - 1  # nothing after today
        lo: int | None = None
        for bound in item.not_after:
            year = bound.year  # the item's date must not be after the plan it announces
            try:
                if PartialDate(year, item.month, item.day).first_day() > bound.last_day():
                    year -= 1
            except ValueError:
                pass
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
        hi, lo = _weekday_years(item, hi, lo, evidence)
        own_hi[i], own_lo[i] = hi, lo
        if hi == (today.year if _fits_today(item, today) else today.year - 1):
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
    return _Bounds(steps, order, depth, own_hi, own_lo, cap, floor, evidence, only_today)


def _solve(
    items: list[ListItem],
    today: dt.date,
    hint: YearHint | None,
    newest_first: bool,
    doc_not_before: list[PartialDate],
    doc_not_after: list[PartialDate],
) -> dict[int, InferredYear]:
    b = _bounds(items, today, newest_first, doc_not_before, doc_not_after)
    steps, order, depth, own_hi, cap, floor = b.steps, b.order, b.depth, b.own_hi, b.cap, b.floor
    evidence = b.evidence
    # With no sign of skipped years, the list runs one year per boundary: an upper bound on an old entry
    # pulls the newer ones too ("a plan for May 2024" in its oldest entry dates the newest), until a lower
    # bound shows that more years passed (a minister who took office later): from there on, it no longer
    # pulls.
    years: dict[int, int] = {}
    pull: int | None = None
    previous = None
    for i in reversed(order):
        if previous is not None and pull is not None:
            pull = min(own_hi[i], pull + depth[previous] - depth[i])
        else:
            pull = own_hi[i]
        low = floor[i]
        if low is not None and low > pull:
            # Years were skipped between the bound and this entry: as many as its own evidence allows (a
            # term that ended), or, with nothing but today above it, no more than the bound needs.
            pull = low if i in b.only_today else own_hi[i]
        years[i] = min(cap[i], pull if low is None else max(pull, low))
        previous = i
    shift = 0
    if (
        hint is not None
        and hint.shift < 0
        and all(
            floor[i] is None or years[i] + hint.shift >= floor[i]  # type: ignore[operator]
            for i in order
        )
    ):
        shift = hint.shift
        evidence.append(hint.why)
    for i, item in enumerate(items):  # the order may have moved an entry off its weekday's years
        if item.weekday is not None and not _on_weekday(item, years[i]):
            fits = [y for y in range(years[i], years[i] - _WEEKDAY_SPAN, -1) if _on_weekday(item, y)]
            if fits and (floor[i] is None or fits[0] >= floor[i]):  # type: ignore[operator]
                years[i] = fits[0]
    order_name = "newest first" if newest_first else "oldest first"
    why = "; ".join(dict.fromkeys(evidence)) or "no other evidence"
    result: dict[int, InferredYear] = {}
    for i, item in enumerate(items):
        year = years[i] + shift
        low = floor[i]
        span = (
            f"between {low} and {cap[i]}" if low is not None and low <= cap[i] else f"no later than {cap[i]}"
        )
        note = (
            f"year not in the text: inferred from the order of the dated list ({order_name}, "
            f"{depth[i]} year boundar{'y' if depth[i] == 1 else 'ies'} above this item) and {why}; "
            f"{span}, taken as {year}"
        )
        result[item.key] = InferredYear(year=year, note=note, pinned=low == cap[i] == year)
    if hint is not None and hint.anchors:
        _apply_anchors(items, steps, -1 if newest_first else 1, result, hint.anchors)
    return result


_WEEKDAY_SPAN = 40  # years searched for a weekday that fits (a day and month repeat a weekday within 11)


def _on_weekday(item: ListItem, year: int) -> bool:
    try:
        return dt.date(year, item.month, item.day or 0).weekday() == item.weekday
    except ValueError:  # 29 February in a common year
        return False


def _weekday_years(item: ListItem, hi: int, lo: int | None, evidence: list[str]) -> tuple[int, int | None]:
    """Bounds narrowed to years whose calendar puts the entry's day on its weekday ("Thursday, March 27":
    2025, 2019, 2014, ...); unchanged when none fits (a misprinted weekday is no evidence)."""
    if item.weekday is None or item.day is None:
        return hi, lo
    floor = lo if lo is not None else hi - _WEEKDAY_SPAN
    fits = [y for y in range(hi, floor - 1, -1) if _on_weekday(item, y)]
    if not fits:
        return hi, lo
    name = calendar.day_name[item.weekday]
    evidence.append(
        f"{name} {item.day} {calendar.month_name[item.month]} falls in {', '.join(map(str, fits[:3]))}"
    )
    return fits[0], (fits[-1] if lo is not None else lo)


def _fits_today(item: ListItem, today: dt.date) -> bool:
    return (item.month, item.day or 1) <= (today.month, today.day)


def _consistent_anchors(
    keys: list[int], steps: list[int], sign: int, anchors: Mapping[int, Anchor]
) -> dict[int, Anchor]:
    """The heaviest set of anchors the list's order allows (a year boundary takes at least a year)."""
    placed = [i for i, key in enumerate(keys) if key in anchors]
    # z grows down the list: between rows i < j it grows by at least the boundaries between them.
    z = {i: sign * anchors[keys[i]].year for i in placed}
    best: dict[int, tuple[int, list[int]]] = {}
    for j in placed:
        chain = (anchors[keys[j]].weight, [j])
        for i in placed:
            if i >= j:
                break
            if z[j] - z[i] >= steps[j] - steps[i] and i in best:
                weight = best[i][0] + anchors[keys[j]].weight
                if weight > chain[0]:
                    chain = (weight, [*best[i][1], j])
        best[j] = chain
    if not best:
        return {}
    top = max(best.values(), key=lambda c: (c[0], [-i for i in c[1]]))
    return {keys[i]: anchors[keys[i]] for i in top[1]}


def _apply_anchors(
    items: list[ListItem],
    steps: list[int],
    sign: int,
    result: dict[int, InferredYear],
    anchors: Mapping[int, Anchor],
) -> None:
    """Years of anchored entries from their reports; the others keep theirs unless the order forbids it.

    An entry's own year (from the document alone) stays when it is consistent with the anchors
    above and below it in the list, so a corroborating report never moves an entry it does not
    contradict; otherwise it takes the nearest year the anchors allow.
    """
    keys = [item.key for item in items]
    kept = _consistent_anchors(keys, steps, sign, anchors)
    if not kept:
        return
    rows = [i for i, key in enumerate(keys) if key in kept]
    for i, item in enumerate(items):
        own = result[item.key]
        if item.key in kept:
            a = kept[item.key]
            note = f"year {a.year} from dated reports of the same occurrence ({a.why}); {own.note}"
            result[item.key] = InferredYear(year=a.year, note=_retaken(note, own.year, a.year))
            continue
        above = max((r for r in rows if r < i), default=None)
        below = min((r for r in rows if r > i), default=None)
        same_block = [r for r in (above, below) if r is not None and steps[r] == steps[i]]
        # no year boundary between it and an anchored entry: the anchor's year, else its own; an entry
        # its own evidence pins to one year keeps it where the order allows ("18 May: EUTM Mali ends"
        # after an anchored "17 February" of two years before)
        z_own = sign * (kept[keys[same_block[0]]].year if same_block and not own.pinned else own.year)
        lo = sign * kept[keys[above]].year + steps[i] - steps[above] if above is not None else None
        hi = sign * kept[keys[below]].year - (steps[below] - steps[i]) if below is not None else None
        z = z_own
        if lo is not None and z < lo:
            z = lo
        if hi is not None and z > hi:
            z = hi if lo is None or hi >= lo else lo
        year = sign * z
        if year == own.year:
            continue
        near = [keys[r] for r in (same_block or [above, below]) if r is not None]
        why = "; ".join(f"{kept[k].year}: {kept[k].why}" for k in near)
        note = f"year {year} kept in the list's order by entries that dated reports place ({why}); {own.note}"
        result[item.key] = InferredYear(year=year, note=_retaken(note, own.year, year))


def _retaken(note: str, was: int, now: int) -> str:
    return note.replace(f"taken as {was}", f"{now} rather than {was}") if was != now else note


def written_weekday(mentions: list[DateMention], anchor: tuple[int, int | None]) -> int | None:
    """The weekday written with an entry's day ("Thursday, March 27", "Thứ Năm, 27/3"), if any."""
    if anchor[1] is None:
        return None
    for k, m in enumerate(mentions):
        if m.kind == "absolute" and m.year is None and (m.month, m.day) == anchor:
            if m.weekday is not None:
                return m.weekday
            before = mentions[k - 1] if k else None  # a weekday just before it: "Thứ Năm, 27/3"
            near = before is not None and before.kind == "weekday" and m.start - before.end <= 3
            return before.weekday if near and not before.offset else None  # type: ignore[union-attr]
    return None
