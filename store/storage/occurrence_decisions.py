"""Analysts' decisions that two events are, or are not, reports of one occurrence.

Kept by event ids (never by cluster ids), so they survive re-ingest. A decision is
written to the corrections file beside the store, as a field correction is, never
by rewriting the store: readers settle the clusters of the pairs it names
(``store.storage.decision_rows``), and the store's own ``occurrence_decisions``
table holds those made before, which its stored clusters honour.
"""

from __future__ import annotations

from typing import Any

from store.storage import corrections_file
from store.storage.correction_values import CorrectionError
from store.storage.correction_writes import now_stamp
from store.storage.db import EventStore
from store.storage.snapshot import Snapshot


def _decide(store: EventStore, a: str, b: str, decision: str | None) -> None:
    """Write the decision on ``a`` and ``b`` to the corrections file only (the store is not rewritten):
    readers settle the two events' clusters (``store.storage.decision_rows``), and the next ingest links
    with it."""
    if a == b:
        raise CorrectionError("give two different event ids")
    first, second = sorted((a, b))
    with corrections_file.editing(store) as book:
        from tinydb import Query

        events = {event_id: book.event(event_id) for event_id in (first, second)}
        for event_id, event in events.items():
            if event is None:
                raise CorrectionError(f"no event with id {event_id!r} in this store", store.path)
        table, q = book.db.table(corrections_file.DECISIONS), Query()
        table.remove((q.a == first) & (q.b == second))
        table.insert(
            {
                "a": first,
                "b": second,
                "decision": decision,  # None: the analyst's decision is dropped, the evidence decides
                "sentences": [events[first].get("sentence"), events[second].get("sentence")],  # type: ignore[union-attr]
                "docs": [events[first].get("doc"), events[second].get("doc")],  # type: ignore[union-attr]
                "updated": now_stamp(),
            }
        )


def set_same_occurrence(store: EventStore, a: str, b: str) -> None:
    """Record that events ``a`` and ``b`` report one occurrence (kept across re-ingest, by event ids)."""
    _decide(store, a, b, "same")


def set_different_occurrence(store: EventStore, a: str, b: str) -> None:
    """Record that events ``a`` and ``b`` report two different occurrences."""
    _decide(store, a, b, "different")


def clear_occurrence_decision(store: EventStore, a: str, b: str) -> None:
    """Forget the analyst's decision on ``a`` and ``b``: the evidence decides again."""
    _decide(store, a, b, None)


def occurrence_decisions(snapshot: Snapshot) -> list[dict[str, Any]]:
    """Every "same / different occurrence" decision, by event-id pair."""
    return list(snapshot.occurrence_decisions)
