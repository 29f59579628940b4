"""Occurrence decisions in two places: the store's table, which its stored clusters honour, and the
corrections file, where ``mali-tui corrections same/different/undecided`` writes without rewriting the store.

A decision in the corrections file overrides the store's one on the same pair of events; one whose
``decision`` is ``None`` drops it (the evidence decides again). Readers settle the clusters of every
pair the file names (``store.linking.settling``), so what they show honours the decisions at once, as
the store's rewritten clusters used to.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

DECIDED = ("same", "different")


def pair_of(row: Any) -> tuple[str, str] | None:
    """The row's two event ids in order; None for a row that names no two events."""
    if not isinstance(row, Mapping):
        return None
    a, b = row.get("a"), row.get("b")
    if not isinstance(a, str) or not isinstance(b, str) or a == b:
        return None
    return (a, b) if a <= b else (b, a)


def overlay(stored: Iterable[Any], in_file: Iterable[Any]) -> list[dict[str, Any]]:
    """The decisions in force: the store's, each overridden (or dropped) by the file's row on its pair."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for row in stored:
        key = pair_of(row)
        if key is not None:
            rows[key] = dict(row)
    for row in in_file:
        key = pair_of(row)
        if key is None:
            continue
        if row.get("decision") in DECIDED:
            rows[key] = dict(row)
        else:
            rows.pop(key, None)
    return list(rows.values())


def pending_ids(in_file: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The events of every pair the corrections file decides (or undecides): whose clusters a reader
    works out again, since the stored clusters may predate those decisions."""
    return frozenset(i for row in in_file if (key := pair_of(row)) is not None for i in key)
