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
extracted event in the store is never modified.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from store.errors import MaliTuiError
from store.model import EVENT_TYPES
from store.storage.corrections_file import CorrectionsBook, editing
from store.storage.db import CORRECTED_FIELDS, CORRECTIONS, EventStore, Snapshot
from store.storage.list_years import list_year_moves, moved

if TYPE_CHECKING:  # only writes use TinyDB: the browser imports this module at start-up
    from tinydb.table import Document

HISTORY_LIMIT = 20
"""Undo steps kept per event: enough to back out of a session's mistakes, small enough to stay cheap."""

PRECISIONS = ("day", "month", "year")
_DATE_FORMS = {
    "year": re.compile(r"\d{4}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
}
_COUNTRY = re.compile(r"[A-Z]{2}")


class CorrectionError(MaliTuiError):
    """A correction that cannot be made: bad value, unknown event, nothing to undo."""


@dataclass(frozen=True, slots=True)
class CorrectionStatus:
    """A stored correction and where it applies now."""

    record: dict[str, Any]
    status: str  # "attached" | "reattached" | "orphaned"
    event_id: str | None  # the event it applies to now, None when orphaned

    @property
    def orphaned(self) -> bool:
        return self.status == "orphaned"


# -- validation ------------------------------------------------------------------------------
def precision_of(date: str) -> str:
    """The precision a date string's form carries ("2023-06" -> "month")."""
    for precision, form in _DATE_FORMS.items():
        if form.fullmatch(date):
            return precision
    raise CorrectionError(f"date: not a date: {date!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")


def validate_date(date: str, precision: str | None = None) -> tuple[str, str]:
    """(date, precision) checked: a real calendar date whose form matches the precision."""
    date = date.strip()
    form = precision_of(date)
    if precision is not None and precision not in PRECISIONS:
        raise CorrectionError(f"date precision: {precision!r} is not one of day, month, year")
    if precision is not None and precision != form:
        raise CorrectionError(
            f"date {date!r} has {form} precision, not {precision}; write it as {_example(precision)}"
        )
    parts = [int(p) for p in date.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise CorrectionError(f"date: {date!r} is not a calendar date") from None
    if not 1900 <= parts[0] <= 2100:
        raise CorrectionError(f"date: year {parts[0]} is out of range (1900-2100)")
    return date, form


def _example(precision: str) -> str:
    return {"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}[precision]


def validate_countries(countries: Iterable[str]) -> list[str]:
    """ISO 3166-1 alpha-2 codes, upper-cased, in the order given, without repeats."""
    if isinstance(countries, str):
        countries = [c for c in re.split(r"[\s,;]+", countries) if c]
    out: list[str] = []
    for raw in countries:
        code = str(raw).strip().upper()
        if not _COUNTRY.fullmatch(code):
            raise CorrectionError(f"countries: {raw!r} is not a 2-letter country code (e.g. FR, ML)")
        if code not in out:
            out.append(code)
    return out


def validate_type(value: str) -> str:
    if value not in EVENT_TYPES:
        raise CorrectionError(f"type: {value!r} is not one of {', '.join(EVENT_TYPES)}")
    return value


# -- writing ---------------------------------------------------------------------------------
def _state(record: Mapping[str, Any] | None) -> dict[str, Any]:
    if not record:
        return {"fields": {}, "rejected": False, "updated": None}
    return {
        "fields": dict(record.get("fields") or {}),
        "rejected": bool(record.get("rejected")),
        "updated": record.get("updated"),
    }


def is_active(record: Mapping[str, Any]) -> bool:
    """Whether a record changes anything (a cleared one is kept only for undo)."""
    return bool(record.get("fields")) or bool(record.get("rejected"))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def set_correction(
    store: EventStore,
    event_id: str,
    *,
    date: str | None = None,
    date_precision: str | None = None,
    countries: Iterable[str] | None = None,
    type: str | None = None,
    rejected: bool | None = None,
    target_date: str | None = None,
    title: str | None = None,
) -> dict[str, Any]:
    """Correct one event (``None`` leaves a value as it is); returns the stored record.

    Values are checked first, each problem one line. Giving only a precision
    coarser than the event's date truncates it ("2023-06-12" -> "2023-06").
    ``target_date`` ``""`` removes the planned date; ``title`` is the headline
    that goes with the corrected values (``store.correcting`` works it out).
    """
    given = (date, date_precision, countries, type, rejected, target_date)
    if all(value is None for value in given):
        raise CorrectionError(
            "nothing to correct: give a date, a precision, countries, a type, a target date or rejected"
        )
    if target_date:
        target_date = validate_date(target_date)[0]
    if date is not None:
        date, date_precision = validate_date(date, date_precision)
    elif date_precision is not None and date_precision not in PRECISIONS:
        raise CorrectionError(f"date precision: {date_precision!r} is not one of day, month, year")
    country_list = validate_countries(countries) if countries is not None else None
    if type is not None:
        validate_type(type)
    with editing(store) as book:
        table = book.db.table(CORRECTIONS)
        old = _record_for(book, event_id)
        event = book.event(event_id)
        if event is None and old is None:
            raise CorrectionError(f"no event with id {event_id!r} in this store", store.path)
        before = _state(old)
        fields = dict(before["fields"])
        if date is not None:
            fields["date"], fields["date_precision"] = date, date_precision
        elif date_precision is not None:
            fields["date"], fields["date_precision"] = _coarsen(fields, event, date_precision)
        if country_list is not None:
            fields["countries"] = country_list
        if type is not None:
            fields["type"] = type
        if target_date is not None:
            fields["target_date"] = target_date or None
        if title is not None:
            fields["title"] = title
        after = {"fields": fields, "rejected": before["rejected"] if rejected is None else bool(rejected)}
        if (
            old is not None
            and after["fields"] == before["fields"]
            and after["rejected"] == before["rejected"]
        ):
            return dict(old)
        history = list((old or {}).get("history") or [])
        history.append(before)
        record = {
            "event_id": event_id,
            "doc": (event or old or {}).get("doc"),
            "sentence": (event or old or {}).get("sentence"),
            "fields": fields,
            "rejected": after["rejected"],
            "extracted": {k: event.get(k) for k in CORRECTED_FIELDS}
            if event
            else (old or {}).get("extracted", {}),
            "updated": _now(),
            "history": history[-HISTORY_LIMIT:],
        }
        if old is None:
            table.insert(record)
        else:
            table.update(_replace_with(record), doc_ids=[old.doc_id])
    return record


def _record_for(book: CorrectionsBook, event_id: str) -> Document | None:
    """The correction row that applies to ``event_id``: its own, or one that re-attached to it.

    A re-attached row takes the event's current id from now on, so the next
    change does not leave two rows competing for one sentence. Only a row whose
    own event is gone, made on this event's sentence, can have re-attached: the
    store is read whole only when there is one.
    """
    table = book.db.table(CORRECTIONS)
    from tinydb import Query

    own = table.get(Query().event_id == event_id)
    if own is not None:
        return own
    rows = {row["event_id"]: row for row in table.all()}
    event = book.event(event_id) if rows else None
    if event is None:
        return None
    key = _sentence_key(event.get("sentence"))
    if not any(
        is_active(row) and _sentence_key(row.get("sentence")) == key and not book.has_event(cid)
        for cid, row in rows.items()
    ):
        return None
    _, statuses = attach(book.all_events(), rows)
    for status in statuses:
        if status.event_id == event_id and status.status == "reattached":
            return rows[status.record["event_id"]]
    return None


def _coarsen(fields: Mapping[str, Any], event: Mapping[str, Any] | None, precision: str) -> tuple[str, str]:
    """The current (corrected or extracted) date at ``precision``, which may only be coarser."""
    current = fields.get("date") or (event or {}).get("date")
    if not current:
        raise CorrectionError("the event has no date: give the date itself, not only its precision")
    form = precision_of(current)
    if PRECISIONS.index(precision) < PRECISIONS.index(form):
        raise CorrectionError(
            f"date {current!r} has no {precision}: give the full date ({_example(precision)})"
        )
    keep = {"year": 4, "month": 7, "day": 10}[precision]
    return current[:keep], precision


def _replace_with(record: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    """A TinyDB update operation that makes a row exactly ``record``."""

    def transform(doc: dict[str, Any]) -> None:
        doc.clear()
        doc.update(record)

    return transform


def clear_correction(store: EventStore, event_id: str) -> dict[str, Any]:
    """Back to the extracted values; the cleared state can itself be undone."""
    with editing(store) as book:
        table = book.db.table(CORRECTIONS)
        old = _record_for(book, event_id)
        if old is None or not is_active(old):
            raise CorrectionError(f"event {event_id!r} has no correction to clear", store.path)
        history = [*list(old.get("history") or []), _state(old)][-HISTORY_LIMIT:]
        record = {
            **old,
            "event_id": event_id,
            "fields": {},
            "rejected": False,
            "updated": _now(),
            "history": history,
        }
        table.update(_replace_with(record), doc_ids=[old.doc_id])
    return record


def undo_correction(store: EventStore, event_id: str) -> dict[str, Any] | None:
    """Restore the correction state before the last change; None when that was "no correction"."""
    with editing(store) as book:
        table = book.db.table(CORRECTIONS)
        old = _record_for(book, event_id)
        history = list((old or {}).get("history") or [])
        if old is None or not history:
            raise CorrectionError(f"event {event_id!r} has no correction to undo", store.path)
        previous = history.pop()
        record = {
            **old,
            "event_id": event_id,
            "fields": previous.get("fields") or {},
            "rejected": bool(previous.get("rejected")),
            "updated": previous.get("updated"),
            "history": history,
        }
        if not history and not is_active(record):
            table.remove(doc_ids=[old.doc_id])
            return None
        table.update(_replace_with(record), doc_ids=[old.doc_id])
    return record


# -- reading ---------------------------------------------------------------------------------
def _sentence_key(sentence: str | None) -> str:
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
            key = _sentence_key(e.get("sentence"))
            same_doc.setdefault((e.get("doc"), key), []).append(e["id"])
            any_doc.setdefault(key, []).append((e.get("doc"), e["id"]))
        for cid in loose:
            rec = active[cid]
            key = _sentence_key(rec.get("sentence"))
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
    "HISTORY_LIMIT",
    "CorrectionError",
    "CorrectionStatus",
    "apply_corrections",
    "attach",
    "clear_correction",
    "correction_statuses",
    "describe",
    "is_active",
    "orphaned",
    "set_correction",
    "undo_correction",
    "validate_countries",
    "validate_date",
    "validate_type",
]
