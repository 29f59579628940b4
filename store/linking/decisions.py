"""Analyst decisions on occurrences, applied at once: record the decision, then re-cluster what it touches.

The decision itself is stored by ``store.storage.corrections`` (keyed by event
ids, so it survives re-ingest); this module adds the re-clustering of the two
events' components in the same atomic write.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Any

from store.linking.corrected import ingest_relink, recluster
from store.storage import occurrence_decisions
from store.storage.db import EventStore


def _recluster(
    rows: list[MutableMapping[str, Any]],
    decision_rows: list[Mapping[str, Any]],
    ids: set[str],
    correction_rows: list[Mapping[str, Any]] | None = None,
) -> None:
    recluster(rows, decision_rows, correction_rows or [], ids)  # rejected events stay out


occurrence_decisions.register_relinker(_recluster)  # a decision made through storage re-clusters too


def same_occurrence(store: EventStore, a: str, b: str) -> None:
    """Events ``a`` and ``b`` report one occurrence: merge their clusters (``mali-tui corrections same``)."""
    occurrence_decisions.set_same_occurrence(store, a, b, _recluster)


def different_occurrence(store: EventStore, a: str, b: str) -> None:
    """Events ``a`` and ``b`` report two occurrences: split them (``mali-tui corrections different``)."""
    occurrence_decisions.set_different_occurrence(store, a, b, _recluster)


def clear_occurrence(store: EventStore, a: str, b: str) -> None:
    """Drop the decision on ``a`` and ``b``; the evidence decides again."""
    occurrence_decisions.clear_occurrence_decision(store, a, b, _recluster)


def ingest_relinker(
    decision_rows: list[dict[str, Any]], correction_rows: Mapping[str, Mapping[str, Any]] | None = None
):  # -> a storage ``Relink``
    """The hook ingest hands to ``EventStore.write_documents``: cluster new events, honouring
    decisions and corrections (corrected values; rejected events in no cluster)."""

    def hook(rows: list[dict[str, Any]], new_ids: set[str], removed: list[dict[str, Any]]) -> int:
        return ingest_relink(rows, new_ids, removed, decision_rows, correction_rows or {})

    return hook
