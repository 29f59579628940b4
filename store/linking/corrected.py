"""Clusters of the events as the analyst corrected them: corrections re-link what they touch.

A correction of an event's date, type or countries changes what it can be linked
with, and a rejected event ("not an event") reports no occurrence at all: it
leaves its cluster, and ``cluster_size`` counts only live events. Linking
therefore reads the corrected values (``store.storage.corrections.apply_corrections``),
never the extracted ones once a correction exists.

A correction is written to the small corrections file and never rewrites the
store (``store.storage.corrections_file``), so the stored clusters may lag behind
it. Two ways in, one rule:

- ingest re-links new documents over the corrected view (``ingest_relinker``), which
  also catches up the clusters of corrections made since the last write;
- a reader (``mali-tui export``, the browser) settles the clusters that corrections
  touch in memory (``settle``), so what it shows is right as soon as a correction is made.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from typing import Any

from store.linking.clusters import Assignment, Decisions, apply_assignments, cluster_events, relink
from store.linking.local_settling import as_clustered
from store.linking.local_update import relink_locally
from store.linking.settling import BASIS, LINK_FIELDS, StoredLinks, overrides, with_overrides
from store.linking.settling import _by_event as _by_event
from store.linking.settling import signature as _signature
from store.storage import corrections as corrections_table
from store.storage.decision_rows import pending_ids


def live_view(
    rows: Sequence[MutableMapping[str, Any]], corrections: Mapping[str, Mapping[str, Any]]
) -> tuple[list[dict[str, Any]], set[str]]:
    """The events linking reads (corrected values, rejected ones left out) and the rejected ids.

    Uncorrected events are the stored rows themselves; corrected ones are copies.
    """
    if not corrections:
        return list(rows), set()  # type: ignore[arg-type]
    view = corrections_table.apply_corrections(rows, corrections, keep_rejected=True)  # type: ignore[arg-type]
    rejected = {str(e["id"]) for e in view if e.get("rejected")}
    return [e for e in view if not e.get("rejected")], rejected


def _alone(rows: Iterable[MutableMapping[str, Any]], ids: set[str]) -> int:
    """Rejected events report nothing: each is its own cluster, linked to none."""
    return apply_assignments(rows, {i: Assignment(i, 1, None) for i in ids})


def _copy_back(rows: Iterable[MutableMapping[str, Any]], view: Iterable[Mapping[str, Any]]) -> int:
    """Copy the cluster fields the view's copies received onto the stored rows."""
    linked = {str(e["id"]): e for e in view}
    changed = 0
    for row in rows:
        e = linked.get(str(row.get("id")))
        if e is None or e is row:
            continue
        new = tuple(e.get(k) for k in LINK_FIELDS)
        if tuple(row.get(k) for k in LINK_FIELDS) != new:
            row.update(zip(LINK_FIELDS, new, strict=True))
            changed += 1
    return changed


def stale(rows: Iterable[Mapping[str, Any]], corrections: Mapping[str, Mapping[str, Any]]) -> set[str]:
    """Events whose stored cluster was not worked out with their current correction (or its absence)."""
    rows = list(rows)
    attached, _ = corrections_table.attach(rows, corrections) if corrections else ({}, [])
    return {str(r["id"]) for r in rows if r.get(BASIS) != _signature(attached.get(str(r.get("id"))))}


def _mark(rows: Iterable[MutableMapping[str, Any]], corrections: Mapping[str, Mapping[str, Any]]) -> None:
    rows = list(rows)
    attached, _ = corrections_table.attach(rows, corrections) if corrections else ({}, [])
    for row in rows:
        basis = _signature(attached.get(str(row.get("id"))))
        if basis is None:
            row.pop(BASIS, None)
        elif row.get(BASIS) != basis:
            row[BASIS] = basis


def recluster(
    rows: list[MutableMapping[str, Any]],
    decision_rows: Iterable[Mapping[str, Any]],
    correction_rows: Iterable[Mapping[str, Any]] | Mapping[str, Mapping[str, Any]],
    ids: Iterable[str],
) -> int:
    """Re-cluster the events ``ids`` (a decision's two events), every event whose stored cluster
    predates its correction, and what that can move; rows change in place.

    Only what can change is worked out (``store.linking.settling``): the stored clusters are read as
    the outcome of clustering the store with the corrections of their ``cluster_basis`` and the
    decisions other than those on ``ids``.
    """
    corrections = _by_event(correction_rows)
    links = StoredLinks(rows)
    found = overrides(links, corrections, decision_rows, ids)
    changed = 0
    for i, new in found.items():
        row = links.by_id[i]
        if tuple(row.get(k) for k in LINK_FIELDS) != new:
            row.update(zip(LINK_FIELDS, new, strict=True))  # type: ignore[attr-defined]
            changed += 1
    _mark(rows, corrections)
    return changed


def cluster_all(
    rows: list[MutableMapping[str, Any]],
    decision_rows: Iterable[Mapping[str, Any]],
    correction_rows: Iterable[Mapping[str, Any]] | Mapping[str, Mapping[str, Any]],
) -> int:
    """Cluster every event again over the corrected view, as if the store were linked from scratch
    (what ``recluster`` must agree with); rows change in place."""
    corrections = _by_event(correction_rows)
    view, rejected = live_view(rows, corrections)
    assignments = cluster_events(view, Decisions.from_rows(decision_rows))
    changed = apply_assignments(view, assignments) + _copy_back(rows, view) + _alone(rows, rejected)
    _mark(rows, corrections)
    return changed


def ingest_relink(
    rows: list[MutableMapping[str, Any]],
    new_ids: set[str],
    removed: list[dict[str, Any]],
    decision_rows: list[dict[str, Any]],
    correction_rows: Mapping[str, Mapping[str, Any]],
) -> int:
    """``store.linking.clusters.relink`` over the corrected view: rejected events stay out of clusters,
    and corrections made where linking was not loaded are caught up with."""
    corrections = _by_event(correction_rows)
    decisions = Decisions.from_rows(decision_rows)
    if not corrections and not any(BASIS in r for r in rows):
        return relink(rows, new_ids, removed, decisions)
    late = stale(rows, corrections) - set(new_ids)  # their stored clusters saw other values
    view, rejected = live_view(rows, corrections)
    if late:  # a corrected event is its old record leaving and its corrected one joining
        by_id = {str(r.get("id")): r for r in rows}
        before = [old for i in sorted(late) if (old := as_clustered(by_id[i])) is not None]
        sentences = {(by_id[i].get("doc"), by_id[i].get("start")) for i in late}
        also = {i for i, r in by_id.items() if (r.get("doc"), r.get("start")) in sentences}
        new = (set(new_ids) | late) - rejected
        changed = relink_locally(view, new, [*removed, *before], decisions, also - rejected)
    else:
        changed = relink(view, new_ids - rejected, removed, decisions)
    changed += _copy_back(rows, view) + _alone(rows, rejected)
    _mark(rows, corrections)
    return changed


def settle(events: list[dict[str, Any]], snapshot: Any) -> list[dict[str, Any]]:
    """Exported events (corrections applied, rejected ones left out) with clusters that honour them.

    Only the clusters of events corrected since their cluster was stored (by a process that never
    loaded linking) are worked out again, in memory; nothing is written.
    """
    return settled(
        events,
        snapshot.events,
        getattr(snapshot, "corrections", {}) or {},
        getattr(snapshot, "occurrence_decisions", []) or [],
        pending_ids(getattr(snapshot, "pending_decisions", []) or []),
    )


def settled(
    events: list[dict[str, Any]],
    stored: Sequence[Mapping[str, Any]] | StoredLinks,
    correction_rows: Iterable[Mapping[str, Any]] | Mapping[str, Mapping[str, Any]],
    decision_rows: Iterable[Mapping[str, Any]],
    decided: Iterable[str] = (),
) -> list[dict[str, Any]]:
    """``events`` (any view of the ``stored`` rows: exported, or shown by the browser) with the clusters
    the corrections and decisions give them; events whose cluster is unchanged are returned as they are.

    Only what the corrections touch is re-clustered (``store.linking.settling``); a reader that
    settles again after each correction passes the ``StoredLinks`` it keeps. ``decided`` are the events
    of decisions written since the stored clusters (``store.storage.decision_rows.pending_ids``): their
    clusters are worked out again from the start.
    """
    decided = frozenset(decided)
    if (
        not correction_rows
        and not decided
        and not isinstance(stored, StoredLinks)
        and not any(BASIS in r for r in stored)
    ):
        return events
    links = stored if isinstance(stored, StoredLinks) else StoredLinks(stored)
    return with_overrides(events, overrides(links, correction_rows, decision_rows, decided))
