"""Years other documents give a list's entries: dated reports of the same occurrences as anchors.

``store.linking.corroborate`` builds the hint; ``store.dates.years`` places anchored entries at their
reports' year and keeps the others in the list's order around them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from store.dates.list_bounds import InferredYear, ListItem


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


def consistent_anchors(
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


def apply_anchors(
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
    # a report of "the same occurrence" is matched on words and a day; an entry its own evidence pins to
    # one year (an operation's or a term's date) is surer than that match: an anchor against it is dropped
    anchors = {k: a for k, a in anchors.items() if not _against_pinned(result.get(k), a)}
    kept = consistent_anchors(keys, steps, sign, anchors)
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
        if own.guessed and not same_block:
            # a year that rests on today alone ("no later than today") is no evidence against the anchors:
            # the list runs one year per boundary from the nearest anchored entry, as it does from today
            nearest = min((r for r in (above, below) if r is not None), key=lambda r: abs(r - i))
            z_own = lo if nearest == above else hi  # type: ignore[assignment]
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


def _against_pinned(own: InferredYear | None, anchor: Anchor) -> bool:
    return own is not None and own.pinned and own.year != anchor.year


def _retaken(note: str, was: int, now: int) -> str:
    return note.replace(f"taken as {was}", f"{now} rather than {was}") if was != now else note
