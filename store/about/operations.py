"""Evidence from named operations: "Aug 1: Barkhane takes over from Serval" bounds an undated item's year.

A named operation or mission (the lexicon of ``store.board.forces``: Serval, Barkhane, MINUSMA, EUTM
Mali, ...) ran between known dates, listed with a source note per row in ``operations.csv``. An undated
list item that names one happened while it ran, give or take the weeks a decision precedes a launch
and the months a departure follows an end (``_BEFORE``, ``_AFTER``). An item whose day and month are
those of one of the operation's own dates (its launch, its end, a handover) is that occurrence: the
day fixes its year. Used only as evidence for inferred years, and named in the reason; an operation
outside the table changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from store.board.forces import FORCES, Force, forces_named, un_named

_TABLE = Path(__file__).with_name("operations.csv")
# A mission is voted, announced or joined before it starts; its last soldiers and reports of its end
# follow it: an item naming it may fall that far outside its dates (a bound too wide costs little,
# one too narrow excludes the right year).
_BEFORE = dt.timedelta(days=183)
_AFTER = dt.timedelta(days=365)


@dataclass(frozen=True, slots=True)
class Milestone:
    force: str  # store.board.forces id
    date: dt.date
    what: str  # "start", "end" or "milestone"
    label: str  # what happened that day, as the reason shows it
    checked: str


@cache
def milestones() -> tuple[Milestone, ...]:
    known = {f.id for f in FORCES}
    with _TABLE.open(encoding="utf-8", newline="") as f:
        rows = tuple(
            Milestone(r["force"], dt.date.fromisoformat(r["date"]), r["what"], r["source"], r["checked"])
            for r in csv.DictReader(f)
        )
    unknown = {m.force for m in rows} - known
    if unknown:  # a row must name a force of the lexicon: its names are matched there, once
        raise ValueError(f"{_TABLE.name}: forces not in store.board.forces: {sorted(unknown)}")
    return rows


def document_un_mission(text: str) -> Force | None:
    """The one UN mission a document names ("MINUSMA"), which its "UN mission" or "blue helmets" then are."""
    missions = [f for f in forces_named(text) if f.un]
    return missions[0] if len(missions) == 1 else None


def operation_bounds(
    sentence: str, month: int, day: int | None, document_un: Force | None = None
) -> list[tuple[dt.date, dt.date | None, str]]:
    """(first day, last day or None, why) for each listed operation ``sentence`` names.

    A day and month equal to one of the operation's dates give that very day (the item is that
    occurrence); otherwise the operation's span, widened by ``_BEFORE`` and ``_AFTER``. A sentence that
    speaks of the UN or its peacekeepers without naming a mission names ``document_un``, the one UN
    mission its document names.
    """
    forces = list(forces_named(sentence))
    if document_un is not None and not any(f.un for f in forces) and un_named(sentence):
        forces.append(document_un)
    out: list[tuple[dt.date, dt.date | None, str]] = []
    for force in forces:
        rows = [m for m in milestones() if m.force == force.id]
        if not rows:
            continue
        same_day = [m for m in rows if day is not None and (m.date.month, m.date.day) == (month, day)]
        if same_day:
            m = same_day[0]
            why = f"its day and month are a date of {force.name} ({m.date}: {m.label}; operations.csv)"
            out.append((m.date, m.date, why))
            continue
        starts = [m.date for m in rows if m.what == "start"]
        ends = [m.date for m in rows if m.what == "end"]
        first = min(starts) - _BEFORE if starts else None
        last = max(ends) + _AFTER if ends else None
        if first is None and last is None:
            continue
        span = f"{min(starts) if starts else 'before records'} to {max(ends) if ends else 'today'}"
        out.append((first or dt.date(1900, 1, 1), last, f"{force.name} ran {span} (operations.csv)"))
    return out


def operation_ends(sentence: str, document_un: Force | None = None) -> list[tuple[dt.date, str]]:
    """(last day, why) of each listed operation ``sentence`` names that has ended: without the months
    ``operation_bounds`` allows after it, the likelier end of an undated item's range."""
    forces = list(forces_named(sentence))
    if document_un is not None and not any(f.un for f in forces) and un_named(sentence):
        forces.append(document_un)
    out: list[tuple[dt.date, str]] = []
    for force in forces:
        ends = [m.date for m in milestones() if m.force == force.id and m.what == "end"]
        if ends:
            out.append((max(ends), f"{force.name} ended {max(ends)} (operations.csv)"))
    return out
