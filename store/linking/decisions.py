"""Analyst decisions on occurrences, applied at once: record the decision, then re-cluster what it touches.

The decision itself is stored by ``store.storage.corrections`` (keyed by event
ids, so it survives re-ingest); this module adds the re-clustering of the two
events' components in the same atomic write.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Any

from store.linking.clusters import Decisions, apply_assignments, cluster_events
from store.storage import corrections
from store.storage.db import EventStore


def _recluster(
    rows: list[MutableMapping[str, Any]], decision_rows: list[Mapping[str, Any]], ids: set[str]
) -> None:
    clusters = {r.get("cluster") for r in rows if r.get("id") in ids}
    touched = set(ids) | {str(r["id"]) for r in rows if r.get("cluster") in clusters}
    decisions = Decisions.from_rows(decision_rows)
    apply_assignments(rows, cluster_events(rows, decisions, touched))


corrections.register_relinker(_recluster)  # a decision made through storage re-clusters too


def same_occurrence(store: EventStore, a: str, b: str) -> None:
    """Events ``a`` and ``b`` report one occurrence: merge their clusters (``mali-tui corrections same``)."""
    corrections.set_same_occurrence(store, a, b, _recluster)


def different_occurrence(store: EventStore, a: str, b: str) -> None:
    """Events ``a`` and ``b`` report two occurrences: split them (``mali-tui corrections different``)."""
    corrections.set_different_occurrence(store, a, b, _recluster)


def clear_occurrence(store: EventStore, a: str, b: str) -> None:
    """Drop the decision on ``a`` and ``b``; the evidence decides again."""
    corrections.clear_occurrence_decision(store, a, b, _recluster)


def ingest_relinker(decision_rows: list[dict[str, Any]]):  # -> a storage ``Relink``
    """The hook ingest hands to ``EventStore.write_documents``: cluster new events, honouring decisions."""
    from store.linking.clusters import relink

    decisions = Decisions.from_rows(decision_rows)

    def hook(rows: list[dict[str, Any]], new_ids: set[str], removed: list[dict[str, Any]]) -> int:
        return relink(rows, new_ids, removed, decisions)

    return hook
