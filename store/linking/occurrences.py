"""Occurrences: the events of one cluster seen as one real-world happening, with its reports.

``occurrences_of`` groups event records by the ``cluster`` stored on them at
ingest (``store.linking.clusters``), so it is a single pass over the events:
the browser calls it on 100,000 events. The date, type, places and figures of
an occurrence are those of its best-supported report; disagreements between
its reports are kept as ``Conflict``s with the reports on each side, never
averaged away.
"""

from __future__ import annotations

import gc
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from store.linking.conflicts import best_date, conflicts_of
from store.linking.sources import source_groups


@dataclass(frozen=True, slots=True)
class Link:
    """Two events of one occurrence and why they were linked ("same day 2023-10-21, same place Tessalit")."""

    a: str
    b: str
    reason: str


@dataclass(frozen=True, slots=True)
class ConflictValue:
    value: str
    events: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    """Reports of one occurrence that disagree on ``field`` ("date", "figures:killed", "weekday")."""

    field: str
    values: tuple[ConflictValue, ...]


@dataclass(frozen=True, slots=True)
class Occurrence:
    id: str  # the cluster id: its earliest member's event id
    members: tuple[str, ...]  # event ids, best-supported report first
    date: str | None
    date_precision: str | None
    date_inferred: bool
    type: str
    countries: tuple[str, ...]
    places: tuple[str, ...]
    figures: tuple[dict, ...]
    title: str
    reports: int  # distinct sources: copies of one wire story count once
    links: tuple[Link, ...]
    conflicts: tuple[Conflict, ...]


_SEQUENCES = (list, tuple)
_UNTOLD = ("statement", "other")


def _support_key(e: Mapping[str, Any]) -> tuple[Any, ...]:
    """Best-supported first: explicit date over inferred, more precise, then dated, then by id."""
    precision = {"day": 0, "month": 1, "year": 2}.get(e.get("date_precision") or "", 3)
    return (bool(e.get("date_inferred")), precision, e.get("date") is None, str(e.get("id")))


def _single(e: Mapping[str, Any]) -> Occurrence:
    eid = str(e.get("id"))
    return Occurrence(
        id=str(e.get("cluster") or eid),
        members=(eid,),
        date=e.get("date"),
        date_precision=e.get("date_precision"),
        date_inferred=bool(e.get("date_inferred")),
        type=str(e.get("type") or "other"),
        countries=tuple(e.get("countries") or ()),
        places=tuple(e.get("places") or ()),
        figures=tuple(e.get("figures") or ()),
        title=str(e.get("title") or ""),
        reports=1,
        links=(),
        conflicts=(),
    )


def occurrence_of(members: Sequence[Mapping[str, Any]]) -> Occurrence:
    """One occurrence from the records of one cluster (any order)."""
    if len(members) == 1:
        return _single(members[0])
    groups = source_groups(members)
    dated = best_date(members, groups)
    ranked = sorted(members, key=lambda e: (e.get("date") != dated[0], *_support_key(e)))
    # What happened is told by the first report that names a kind: "the army said" only reports it.
    head = next((e for e in ranked if e.get("type") not in _UNTOLD), ranked[0])
    ids = {str(e.get("id")) for e in members}
    links = tuple(
        Link(str(e.get("id")), str(e["cluster_link"][0]), str(e["cluster_link"][1]))
        for e in ranked
        if isinstance(e.get("cluster_link"), _SEQUENCES) and e["cluster_link"][0] in ids
    )
    conflicts = tuple(
        Conflict(name, tuple(ConflictValue(value, tuple(events)) for value, events in values))
        for name, values in conflicts_of(members)
    )
    return Occurrence(
        id=str(head.get("cluster") or head.get("id")),
        members=tuple(str(e.get("id")) for e in ranked),
        date=dated[0],
        date_precision=dated[1],
        date_inferred=dated[2],
        type=str(head.get("type") or "other"),
        countries=tuple(dict.fromkeys(c for e in ranked for c in e.get("countries") or ())),
        places=tuple(dict.fromkeys(p for e in ranked for p in e.get("places") or ())),
        figures=tuple(head.get("figures") or ()),
        title=str(head.get("title") or ""),
        reports=len(groups),
        links=links,
        conflicts=conflicts,
    )


def occurrences_of(events: Sequence[Mapping[str, Any]]) -> list[Occurrence]:
    """Group event records by their stored ``cluster`` (cheap: the browser calls it on 100k events).

    An event without a ``cluster`` (a store written before clusters) is its own occurrence. The list
    follows the order of each cluster's first event in ``events``.
    """
    collecting = gc.isenabled()
    gc.disable()  # 100,000 new objects, none of them garbage: the collector would walk them for nothing
    try:
        groups: dict[str, list[Mapping[str, Any]]] = {}
        for e in events:
            key = e.get("cluster") or e.get("id")
            bucket = groups.get(key)  # type: ignore[arg-type]
            if bucket is None:
                groups[key] = [e]  # type: ignore[index]
            else:
                bucket.append(e)
        return [_single(g[0]) if len(g) == 1 else occurrence_of(g) for g in groups.values()]
    finally:
        if collecting:
            gc.enable()
