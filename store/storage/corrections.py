"""Analyst corrections: what a human said an event really is, kept apart from what was extracted.

A correction is keyed by the event's stable id (``store.model.event_id``: document
name + sentence text + occurrence), lives in its own ``corrections`` table, in a
small file beside the store (``storage.corrections_file``: one correction rewrites
that file, not the store), and is never written by ingest, so it survives
re-ingesting, new extraction rules and restarts. It also keeps the sentence it was
made on: if a re-extraction gives that sentence a different id, the correction
re-attaches to it; if the sentence is gone, the correction is kept and reported as
orphaned, never dropped.

Corrections override fields only on the way out (``apply_corrections``): the
extracted event in the store is never modified. This module is that reading
side, which the browser and every export load; the writes are in
``storage.correction_writes`` and the values they accept in
``storage.correction_values``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from store.storage.list_years import list_year_moves, moved
from store.storage.snapshot import Snapshot


@dataclass(frozen=True, slots=True)
class CorrectionStatus:
    """A stored correction and where it applies now."""

    record: dict[str, Any]
    status: str  # "attached" | "reattached" | "orphaned"
    event_id: str | None  # the event it applies to now, None when orphaned

    @property
    def orphaned(self) -> bool:
        return self.status == "orphaned"


def is_active(record: Mapping[str, Any]) -> bool:
    """Whether a record changes anything (a cleared one is kept only for undo)."""
    return bool(record.get("fields")) or bool(record.get("rejected"))


def sentence_key(sentence: str | None) -> str:
    """A sentence compared by its words, whatever its spacing: how a correction finds its sentence again."""
    return " ".join((sentence or "").split())


def attach(
    events: Iterable[Mapping[str, Any]], corrections: Mapping[str, Mapping[str, Any]]
) -> tuple[dict[str, Mapping[str, Any]], list[CorrectionStatus]]:
    """Which current event each active correction applies to.

    By id first; a correction whose id is gone re-attaches to an unclaimed event
    of the same sentence text in the same document (or, failing that, in exactly
    one document: a renamed file). Returns (event id -> correction, statuses).
    """
    events = list(events)
    active = {cid: rec for cid, rec in corrections.items() if is_active(rec)}
    ids = {e.get("id") for e in events}
    by_event: dict[str, Mapping[str, Any]] = {}
    statuses: dict[str, CorrectionStatus] = {}
    for cid, rec in active.items():
        if cid in ids:
            by_event[cid] = rec
            statuses[cid] = CorrectionStatus(dict(rec), "attached", cid)
    loose = [cid for cid in active if cid not in statuses]
    if loose:
        same_doc: dict[tuple[Any, str], list[str]] = {}
        any_doc: dict[str, list[tuple[Any, str]]] = {}
        for e in events:
            if e.get("id") in by_event:
                continue
            key = sentence_key(e.get("sentence"))
            same_doc.setdefault((e.get("doc"), key), []).append(e["id"])
            any_doc.setdefault(key, []).append((e.get("doc"), e["id"]))
        for cid in loose:
            rec = active[cid]
            key = sentence_key(rec.get("sentence"))
            target = None
            candidates = [i for i in same_doc.get((rec.get("doc"), key), []) if i not in by_event]
            if key and candidates:
                target = candidates[0]
            elif key:
                others = [(d, i) for d, i in any_doc.get(key, []) if i not in by_event]
                if len({d for d, _ in others}) == 1:
                    target = others[0][1]
            if target is None:
                statuses[cid] = CorrectionStatus(dict(rec), "orphaned", None)
            else:
                by_event[target] = rec
                statuses[cid] = CorrectionStatus(dict(rec), "reattached", target)
    return by_event, [statuses[cid] for cid in active]


def apply_corrections(
    events: Iterable[dict[str, Any]],
    corrections: Mapping[str, Mapping[str, Any]],
    *,
    keep_rejected: bool = False,
) -> list[dict[str, Any]]:
    """Events with corrected values in place; rejected ones dropped unless ``keep_rejected``.

    A corrected event is a copy marked ``corrected: True`` with ``corrected_fields``
    (and ``rejected``) so a view can show a mark; uncorrected events are returned as
    they are. Export keeps only ``EVENT_FIELDS``, so the marks never leak into files.
    A year set on an item of an inferred list moves the list's other items here
    (``storage.list_years``), so undoing it moves them back.
    """
    events = list(events)
    if not corrections:
        return events
    by_event, _ = attach(events, corrections)
    moves = list_year_moves(events, by_event)
    out: list[dict[str, Any]] = []
    for event in events:
        rec = by_event.get(event.get("id"))
        if rec is None:
            out.append(moved(event, moves.get(event["id"])) if moves else event)
            continue
        rejected = bool(rec.get("rejected"))
        if rejected and not keep_rejected:
            continue
        fixed = dict(event)
        fields = dict(rec.get("fields") or {})
        if "date" in fields and fields["date"] != event.get("date"):
            fixed["date_mod"] = None
            fixed["date_inferred"] = False
            was = event.get("date") or "undated"
            fixed["date_reason"] = f"corrected by an analyst (extracted: {was})"
        fixed.update(fields)
        if moves and "date" not in fields:
            fixed = moved(fixed, moves.get(event["id"]))
        fixed["corrected"] = True
        fixed["corrected_fields"] = sorted(fields)
        fixed["rejected"] = rejected
        out.append(fixed)
    return out


def correction_statuses(snapshot: Snapshot) -> list[CorrectionStatus]:
    """Every active correction with where it applies now (for ``mali-tui corrections``)."""
    return attach(snapshot.events, snapshot.corrections)[1]


def orphaned(snapshot: Snapshot) -> list[dict[str, Any]]:
    """Corrections whose sentence is no longer in the store: kept, and shown, never dropped."""
    return [s.record for s in correction_statuses(snapshot) if s.orphaned]


def describe(record: Mapping[str, Any]) -> str:
    """One line saying what a correction changes ("date 2023-06 (month); type attack; rejected")."""
    fields = record.get("fields") or {}
    extracted = record.get("extracted") or {}
    parts: list[str] = []
    if "date" in fields:
        was = extracted.get("date") or "undated"
        parts.append(f"date {fields['date']} ({fields.get('date_precision')}, was {was})")
    if "countries" in fields:
        now, was = ",".join(fields["countries"]) or "-", ",".join(extracted.get("countries") or []) or "-"
        parts.append(f"countries {now} (was {was})")
    if "type" in fields:
        parts.append(f"type {fields['type']} (was {extracted.get('type') or '-'})")
    if "target_date" in fields:
        parts.append(
            f"target {fields['target_date'] or 'none'} (was {extracted.get('target_date') or 'none'})"
        )
    if record.get("rejected"):
        parts.append("rejected: not an event")
    return "; ".join(parts) or "no change"


__all__ = [
    "CorrectionStatus",
    "apply_corrections",
    "attach",
    "correction_statuses",
    "describe",
    "is_active",
    "orphaned",
    "sentence_key",
]
