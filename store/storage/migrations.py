"""How an older store file becomes the current schema: one step per version (``MIGRATIONS``).

``store.storage.db`` runs them (``migrate``) when it reads an older store, in memory
for readers and for good on the first write, after keeping a copy of the file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Corrections become records that can outlive their event.

    Version 1 kept a correction as the event id plus the corrected values,
    flat. Version 2 keeps the corrected values under ``fields``, the sentence
    and document they were made on (so an orphaned correction can still be
    shown and re-attached), and a short undo ``history``.
    """
    from store.storage.schema import CORRECTED_FIELDS, CORRECTIONS, EVENTS  # schema imports this module

    events = {row.get("id"): row for row in (data.get(EVENTS) or {}).values() if isinstance(row, dict)}
    table: dict[str, Any] = {}
    for key, row in (data.get(CORRECTIONS) or {}).items():
        if not isinstance(row, dict) or "event_id" not in row:
            continue
        event = events.get(row["event_id"], {})
        table[key] = {
            "event_id": row["event_id"],
            "doc": row.get("doc", event.get("doc")),
            "sentence": row.get("sentence", event.get("sentence")),
            "fields": {k: row[k] for k in CORRECTED_FIELDS if row.get(k) is not None},
            "rejected": bool(row.get("rejected", False)),
            "extracted": {k: event.get(k) for k in CORRECTED_FIELDS} if event else {},
            "updated": row.get("updated"),
            "history": [],
        }
    data[CORRECTIONS] = table
    return data


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Same tables; version 3 is written one record per line (``storage.storefile``), not one object."""
    return data


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Same tables; version 4 keeps corrections in their own file (``storage.corrections_file``).

    They stay in memory here: ``EventStore.writing`` moves them to the file when it writes.
    """
    return data


MIGRATIONS: Mapping[int, Migration] = MappingProxyType({1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4})
"""``MIGRATIONS[n]`` turns a version-n store (the parsed JSON) into version n+1."""
