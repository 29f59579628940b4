"""A year an analyst set on an item of an inferred list is evidence for the rest of that list.

``store.dates.years`` gives the items of an undated list ("Ngày 3/11 ...",
"Le 12 mars ...") years inferred from the list's order, and says so in their
``date_reason``. When an analyst corrects the year of one such item, the other
items of the same list (same document, years inferred from that order) are
resolved again: they move by the same number of years, stay marked inferred,
and their reason names the correction. An item the analyst dated stays as the
analyst said.

This is worked out when corrections are applied (``store.storage.corrections.
apply_corrections``), never written into the stored events: undoing or clearing
the correction gives the list its inferred years back, and every reader (the
browser, ``export``, the ACLED, TimelineJS and board exports, linking) sees the
same years. With several dated items in one list, each other item follows the
nearest of them in the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

LIST_INFERENCE = "inferred from the order of the dated list"
"""What ``store.dates.years`` writes in the reason of a year it inferred from a list's order."""

MOVED_MARK = "list_moved"
"""On a shown (never a stored) event: its year moved with its list (the id of the item that moved it)."""


@dataclass(frozen=True, slots=True)
class ListMove:
    """Where one item of an inferred list goes, and the analyst-dated item that says so."""

    date: str
    reason: str
    evidence: str  # the id of the item the analyst dated


@dataclass(frozen=True, slots=True)
class _Evidence:
    """An item of a list whose year an analyst set: where it is in the text and by how much it moved."""

    event_id: str
    start: int
    shift: int
    date: str
    title: str


def is_list_inferred(event: Mapping[str, Any]) -> bool:
    """Whether ``event``'s year was inferred from the order of a dated list (and not corrected since)."""
    return bool(event.get("date_inferred")) and LIST_INFERENCE in str(event.get("date_reason") or "")


def _dates_it(record: Mapping[str, Any] | None) -> bool:
    """Whether a correction sets the event's date (a rejected event is evidence of nothing)."""
    if not record or record.get("rejected"):
        return False
    return bool((record.get("fields") or {}).get("date"))


def _evidence(event: Mapping[str, Any], record: Mapping[str, Any]) -> _Evidence | None:
    old, new = str(event.get("date") or ""), str(record["fields"]["date"])
    if len(old) < 4 or not old[:4].isdigit() or not new[:4].isdigit():
        return None
    title = record["fields"].get("title") or event.get("title") or event.get("sentence") or ""
    return _Evidence(
        str(event["id"]),
        int(event.get("start") or 0),
        int(new[:4]) - int(old[:4]),
        new,
        " ".join(str(title).split()),
    )


def list_year_moves(
    events: Iterable[Mapping[str, Any]], by_event: Mapping[str, Mapping[str, Any]]
) -> dict[str, ListMove]:
    """Event id -> its list's new year, for the items an analyst's dated item moves.

    ``events`` are stored (extracted) events, ``by_event`` the active correction
    that applies to each (``store.storage.corrections.attach``). Costs one pass
    over ``events`` only when some correction dates an item of an inferred list.
    """
    if not any(_dates_it(record) for record in by_event.values()):
        return {}
    events = events if isinstance(events, list) else list(events)
    found: dict[Any, list[_Evidence]] = {}
    for event in events:
        record = by_event.get(str(event.get("id")))
        if record is not None and _dates_it(record) and is_list_inferred(event):
            evidence = _evidence(event, record)
            if evidence is not None:
                found.setdefault(event.get("doc"), []).append(evidence)
    if not found:
        return {}
    moves: dict[str, ListMove] = {}
    for event in events:
        dated = found.get(event.get("doc"))
        if not dated or not is_list_inferred(event) or _dates_it(by_event.get(str(event.get("id")))):
            continue
        start = int(event.get("start") or 0)
        nearest = min(dated, key=lambda d: (abs(d.start - start), d.start))
        moved = shifted(str(event.get("date") or ""), nearest.shift) if nearest.shift else None
        if moved is None:
            continue
        years = abs(nearest.shift)
        why = (
            f"moved {nearest.shift:+d} year{'s' if years != 1 else ''} with its list: an analyst dated "
            f"\u201c{nearest.title}\u201d {nearest.date}"
        )
        moves[str(event["id"])] = ListMove(moved, f"{why}; {event.get('date_reason')}", nearest.event_id)
    return moves


def moved(event: dict[str, Any], move: ListMove | None) -> dict[str, Any]:
    """``event`` shown with its list's new year (a copy), or as it is without a move."""
    if move is None:
        return event
    return {**event, "date": move.date, "date_reason": move.reason, MOVED_MARK: move.evidence}


def shifted(date: str, years: int) -> str | None:
    """``date`` (YYYY, YYYY-MM or YYYY-MM-DD) ``years`` later; a 29 February becomes the 28th."""
    if len(date) < 4 or not date[:4].isdigit():
        return None
    year = int(date[:4]) + years
    if not 1 <= year <= 9999:
        return None
    if len(date) >= 10:
        month, day = int(date[5:7]), int(date[8:10])
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return dt.date(year, month, 28).isoformat()
    return f"{year:04d}{date[4:]}"
