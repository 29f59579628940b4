"""A store as read: its documents, events, corrections and decisions as plain dicts, in one object.

Apart from ``storage.db`` (which reads and writes the file) because most of
the store only ever receives a ``Snapshot``: the browser's corpus, exports,
the board and the corrections list read it without caring how it was loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.errors import StoreError
from store.storage.decision_rows import overlay
from store.storage.schema import CORRECTIONS, DOCUMENTS, EVENTS, FILE_DECISIONS, OCCURRENCE_DECISIONS


@dataclass(slots=True)
class Snapshot:
    """Everything the store holds, as plain dicts, read in one go."""

    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    corrections: dict[str, dict[str, Any]] = field(default_factory=dict)
    events_sorted: bool = False  # already in ``store.query.sort_key`` order
    text_source: Callable[[str], str | None] | None = None  # for documents loaded without their text
    total_events: int = 0  # more than len(events) in a preview: the first events of a store still loading
    occurrence_decisions: list[dict[str, Any]] = field(default_factory=list)  # those in force
    # the decisions written to the corrections file since the store was (``store.storage.decision_rows``):
    # the stored clusters may predate them, so a reader settles theirs
    pending_decisions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def is_partial(self) -> bool:
        return self.total_events > len(self.events)

    @property
    def is_empty(self) -> bool:
        return not self.documents

    def text(self, name: str) -> str | None:
        """Document ``name``'s text: kept in its row, or read from the store file when it was left there."""
        doc = self.documents.get(name)
        if doc is None:
            return None
        text = doc.get("text")
        if text is None and self.text_source is not None:
            return self.text_source(name)
        return text


def _table_rows(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    table = data.get(name) or {}
    if not isinstance(table, dict):
        raise ValueError(name)
    return list(table.values())


def snapshot_of(
    data: dict[str, Any],
    path: Path,
    *,
    events_sorted: bool,
    text_source: Callable[[str], str | None] | None,
    total: int | None = None,
) -> Snapshot:
    """The parsed tables of the store at ``path`` as a ``Snapshot``; a malformed table is one line."""
    try:
        documents = {doc["name"]: doc for doc in _table_rows(data, DOCUMENTS)}
        events = _table_rows(data, EVENTS)
        corrections = {row["event_id"]: row for row in _table_rows(data, CORRECTIONS)}
        stored_decisions = _table_rows(data, OCCURRENCE_DECISIONS)
        pending = _table_rows(data, FILE_DECISIONS)
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreError("store is damaged (a table is malformed); restore a backup", path) from exc
    return Snapshot(
        documents=documents,
        events=events,
        corrections=corrections,
        events_sorted=events_sorted,
        text_source=text_source,
        total_events=len(events) if total is None else total,
        occurrence_decisions=overlay(stored_decisions, pending) if pending else stored_decisions,
        pending_decisions=pending,
    )
