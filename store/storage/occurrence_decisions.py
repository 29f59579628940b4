"""Analysts' decisions that two events are, or are not, reports of one occurrence.

Kept by event ids (never by cluster ids) in the store's ``occurrence_decisions``
table, so they survive re-ingest. Storage never imports the linking rules: the
re-clustering a decision triggers is a hook that ``store.linking.decisions``
registers (or a caller passes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from store.storage.correction_values import CorrectionError
from store.storage.correction_writes import now_stamp
from store.storage.db import EventStore
from store.storage.schema import CORRECTIONS, EVENTS, OCCURRENCE_DECISIONS
from store.storage.snapshot import Snapshot

OccurrenceHook = Callable[
    [list[dict[str, Any]], list[dict[str, Any]], set[str], list[dict[str, Any]]], object
]
"""Called inside the write with every event record, every decision, the two events decided on and
every correction (a rejected event stays out of clusters)."""

_relinker: list[OccurrenceHook] = []  # set by ``store.linking.decisions`` (storage never imports linking)


def register_relinker(hook: OccurrenceHook) -> None:
    """The re-clustering a decision triggers when the caller gives none (``store.linking`` registers it)."""
    _relinker[:] = [hook]


def _decide(store: EventStore, a: str, b: str, decision: str | None, hook: OccurrenceHook | None) -> None:
    if a == b:
        raise CorrectionError("give two different event ids")
    first, second = sorted((a, b))
    with store.writing() as db:
        from tinydb import Query

        events = {row.get("id"): row for row in db.table(EVENTS).all()}
        for event_id in (first, second):
            if event_id not in events:
                raise CorrectionError(f"no event with id {event_id!r} in this store", store.path)
        table, q = db.table(OCCURRENCE_DECISIONS), Query()
        table.remove((q.a == first) & (q.b == second))
        if decision is not None:
            table.insert(
                {
                    "a": first,
                    "b": second,
                    "decision": decision,
                    "sentences": [events[first].get("sentence"), events[second].get("sentence")],
                    "docs": [events[first].get("doc"), events[second].get("doc")],
                    "updated": now_stamp(),
                }
            )
        hook = hook or (_relinker[0] if _relinker else None)
        if hook is not None:
            rows = list((db.storage.read() or {}).get(EVENTS, {}).values())
            fixes = [dict(r) for r in db.table(CORRECTIONS).all()]
            hook(rows, [dict(r) for r in table.all()], {first, second}, fixes)


def set_same_occurrence(store: EventStore, a: str, b: str, hook: OccurrenceHook | None = None) -> None:
    """Record that events ``a`` and ``b`` report one occurrence (kept across re-ingest, by event ids)."""
    _decide(store, a, b, "same", hook)


def set_different_occurrence(store: EventStore, a: str, b: str, hook: OccurrenceHook | None = None) -> None:
    """Record that events ``a`` and ``b`` report two different occurrences."""
    _decide(store, a, b, "different", hook)


def clear_occurrence_decision(store: EventStore, a: str, b: str, hook: OccurrenceHook | None = None) -> None:
    """Forget the analyst's decision on ``a`` and ``b``: the evidence decides again."""
    _decide(store, a, b, None, hook)


def occurrence_decisions(snapshot: Snapshot) -> list[dict[str, Any]]:
    """Every "same / different occurrence" decision, by event-id pair."""
    return list(snapshot.occurrence_decisions)
