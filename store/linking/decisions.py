"""Analyst decisions on occurrences: the decisions themselves, and the hook ingest links with.

A decision is written beside the store (``store.storage.occurrence_decisions``: the
corrections file, keyed by event ids, so it survives re-ingest), never by rewriting
the store: readers settle the clusters it touches (``store.linking.corrected.settle``,
``store.occurrence_view``), and ingest links new reports with every decision in force.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from store.linking.corrected import ingest_relink
from store.storage import occurrence_decisions
from store.storage.db import EventStore


def same_occurrence(store: EventStore, a: str, b: str) -> None:
    """Events ``a`` and ``b`` report one occurrence: merge their clusters (``mali-tui corrections same``)."""
    occurrence_decisions.set_same_occurrence(store, a, b)


def different_occurrence(store: EventStore, a: str, b: str) -> None:
    """Events ``a`` and ``b`` report two occurrences: split them (``mali-tui corrections different``)."""
    occurrence_decisions.set_different_occurrence(store, a, b)


def clear_occurrence(store: EventStore, a: str, b: str) -> None:
    """Drop the decision on ``a`` and ``b``; the evidence decides again."""
    occurrence_decisions.clear_occurrence_decision(store, a, b)


def ingest_relinker(
    decision_rows: list[dict[str, Any]], correction_rows: Mapping[str, Mapping[str, Any]] | None = None
):  # -> a storage ``Relink``
    """The hook ingest hands to ``EventStore.write_documents``: cluster new events, honouring
    decisions and corrections (corrected values; rejected events in no cluster)."""

    def hook(rows: list[dict[str, Any]], new_ids: set[str], removed: list[dict[str, Any]]) -> int:
        return ingest_relink(rows, new_ids, removed, decision_rows, correction_rows or {})

    return hook
