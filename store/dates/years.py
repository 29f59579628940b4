"""Years for documents that never give one (a dated list: "Ngày 3/11 ...").

With no publication date and no dateline, "3/11" has no year. The document
still says a lot: a dated list runs in one direction, so a month going the
"wrong" way marks a year boundary; a plan ("by May 2024") comes after its
announcement; an explicit year bounds the items around it. Every year found
this way is marked inferred and its reason names the evidence and the range.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from store.dates.list_bounds import InferredYear, ListItem, bounds, conflicts, md, steps_of
from store.dates.partial import PartialDate
from store.dates.year_anchors import Anchor, YearHint, apply_anchors, consistent_anchors
from store.dates.year_weekdays import WEEKDAY_SPAN, on_weekday, written_weekday

__all__ = ["Anchor", "InferredYear", "ListItem", "YearHint", "infer_years", "written_weekday"]


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
    desc = sum(1 for a, b in pairwise(items) if md(b) < md(a))
    asc = sum(1 for a, b in pairwise(items) if md(b) > md(a))
    # A tie is read oldest first, as chronologies ("Timeline", "Chronik", "Các mốc chính") are written,
    # unless the entries' own bounds (terms of office, plans) only fit the other way.
    newest_first = desc > asc
    # The months' turns are a weak sign in a short list spanning years; the entries' own bounds (a chancellor
    # who left office in 2021 above a minister who took office in 2023) are strong: where only the other
    # direction leaves every entry a year, it is the list's.
    here = conflicts(items, today, newest_first, doc_not_before, doc_not_after)
    if here and conflicts(items, today, not newest_first, doc_not_before, doc_not_after) < here:
        newest_first = not newest_first
    if hint is not None and hint.anchors:
        keys = [item.key for item in items]
        fit = {
            d: sum(
                a.weight
                for a in consistent_anchors(keys, steps_of(items, d), -1 if d else 1, hint.anchors).values()
            )
            for d in (True, False)
        }
        if fit[not newest_first] > fit[newest_first]:
            newest_first = not newest_first
    # An entry within the run of the operation it names, unless that leaves some entry of the list no year
    likely = conflicts(items, today, newest_first, doc_not_before, doc_not_after, likely=True) <= conflicts(
        items, today, newest_first, doc_not_before, doc_not_after
    )
    copies = [i.copy() for i in items]
    return _solve(copies, today, hint, newest_first, doc_not_before, doc_not_after, likely=likely)


def _same_year_as_pinned(
    order: list[int],
    depth: dict[int, int],
    own_lo: dict[int, int | None],
    own_hi: dict[int, int],
    cap: dict[int, int],
    years: dict[int, int],
) -> None:
    """ "15 juillet: Takuba opérationnelle ... 24 janvier ... 30 juin: Takuba a cessé": entries with no year
    boundary between them and a newer entry whose own evidence fixes its year (an operation's end on its
    day) share that year, rather than the one the older entries' count of boundaries gives them."""
    pinned: int | None = None
    for i in order:  # newest first
        if own_lo[i] is not None and own_lo[i] == own_hi[i]:
            pinned = i
        elif pinned is not None and depth[i] == depth[pinned] and years[i] < cap[i] <= own_hi[pinned]:
            years[i] = cap[i]
        elif pinned is not None and depth[i] != depth[pinned]:
            pinned = None


def _solve(
    items: list[ListItem],
    today: dt.date,
    hint: YearHint | None,
    newest_first: bool,
    doc_not_before: list[PartialDate],
    doc_not_after: list[PartialDate],
    *,
    likely: bool = False,
) -> dict[int, InferredYear]:
    b = bounds(items, today, newest_first, doc_not_before, doc_not_after, likely=likely)
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
    _same_year_as_pinned(order, depth, b.own_lo, own_hi, cap, years)
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
        if item.weekday is not None and not on_weekday(item, years[i]):
            fits = [y for y in range(years[i], years[i] - WEEKDAY_SPAN, -1) if on_weekday(item, y)]
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
        result[item.key] = InferredYear(
            year=year, note=note, pinned=low == cap[i] == year, guessed=not evidence
        )
    if hint is not None and hint.anchors:
        apply_anchors(items, steps, -1 if newest_first else 1, result, hint.anchors)
    return result
