"""Settling corrections and decisions locally: a corrected event is its old record leaving and its new
one joining, so ``store.linking.local_update`` re-clusters only what that can change.

The stored clusters are the outcome of the strongest-first merge over the events as they were when
the clusters were written: each event with the correction recorded in its ``cluster_basis`` (its
values then), and the analysts' decisions known then (a decision re-clusters at once, so a store
always honours its decisions). Against that history a correction is an ingest of one report: its
old record leaves (its old cluster is re-clustered), its corrected record joins, and the local merge
follows only the clusters that can change. Events of the same sentence are re-clustered too (a
rejected report changes how many events the sentence gave, and who is whose echo), and a new
decision's two events' clusters are re-clustered from the start, as ingest does with decisions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from store.linking.stored_clusters import Stored
from store.storage.corrections import apply_corrections

BASIS = "cluster_basis"  # on a stored event: the correction its cluster was worked out with


def as_clustered(row: Mapping[str, Any]) -> dict[str, Any] | None:
    """The event as its stored cluster was worked out: the stored row with the correction recorded in
    its ``cluster_basis``; None when it was rejected then (alone, linked to none)."""
    basis = row.get(BASIS)
    if basis is None:
        return None if row.get("rejected") else dict(row)
    try:
        what = json.loads(basis)
    except (TypeError, ValueError):
        what = None
    if not isinstance(what, dict):
        return None if row.get("rejected") else dict(row)
    if what.get("rejected"):
        return None
    record = {"event_id": str(row.get("id")), "fields": what.get("fields") or {}, "rejected": False}
    before = apply_corrections([dict(row)], {str(row.get("id")): record}, keep_rejected=True)[0]
    return None if before.get("rejected") else before


class LiveStored(Stored):
    """``stored_clusters.Stored`` over indexes a reader already keeps: ``members_of`` gives a stored
    cluster's members and ``sentence_of`` a sentence's events (both as stored); ``left`` are the
    events no longer live (rejected)."""

    def __init__(
        self,
        by_id: Mapping[str, Mapping[str, Any]],
        new: set[str],
        left: set[str],
        members_of: Any,
        sentence_of: Any,
    ) -> None:
        super().__init__((), by_id, new)
        self.left, self._members_of, self._sentence_of = left, members_of, sentence_of

    def members(self, cluster: str) -> list[str]:
        if cluster.startswith("\0"):
            return [cluster[1:]]
        skip = self.new | self.left
        return [i for i in self._members_of(cluster) if i not in skip]

    def sentence(self, where: tuple[Any, Any]) -> list[str]:
        return [i for i in self._sentence_of(where) if i not in self.left]


def seeds_of_change(
    late: Iterable[str], rows: Mapping[str, Mapping[str, Any]], members_of: Any, sentence_of: Any, live: Any
) -> set[str]:
    """Stored events whose cluster a change of the ``late`` events may move: the members of their
    stored clusters and the events of their sentences (live ones only)."""
    out: set[str] = set()
    for i in late:
        row = rows[i]
        cluster = row.get("cluster")
        if isinstance(cluster, str) and cluster:
            out.update(members_of(cluster))
        out.update(sentence_of((row.get("doc"), row.get("start"))))
    return {i for i in out if i in live}
