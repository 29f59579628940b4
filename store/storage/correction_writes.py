"""Making, clearing and undoing one event's correction: each a small write of the corrections file.

Apart from the reading side (``storage.corrections``: where a correction
applies, how it changes events on the way out), which the browser and every
export load, while only an analyst's edit needs this module and TinyDB.
Each change keeps the state before it, so the last ``HISTORY_LIMIT`` steps
can be undone, a clear included.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from store.storage.correction_values import (
    PRECISIONS,
    CorrectionError,
    date_form,
    precision_of,
    validate_countries,
    validate_date,
    validate_precision,
    validate_type,
)
from store.storage.corrections import attach, is_active, sentence_key
from store.storage.corrections_file import CorrectionsBook, editing
from store.storage.db import EventStore
from store.storage.schema import CORRECTED_FIELDS, CORRECTIONS

if TYPE_CHECKING:
    from tinydb.table import Document

HISTORY_LIMIT = 20
"""Undo steps kept per event: enough to back out of a session's mistakes, small enough to stay cheap."""


def now_stamp() -> str:
    """When a correction or decision is made: UTC, to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _state(record: Mapping[str, Any] | None) -> dict[str, Any]:
    if not record:
        return {"fields": {}, "rejected": False, "updated": None}
    return {
        "fields": dict(record.get("fields") or {}),
        "rejected": bool(record.get("rejected")),
        "updated": record.get("updated"),
    }


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
    elif date_precision is not None:
        validate_precision(date_precision)
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
            "updated": now_stamp(),
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
    key = sentence_key(event.get("sentence"))
    if not any(
        is_active(row) and sentence_key(row.get("sentence")) == key and not book.has_event(cid)
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
            f"date {current!r} has no {precision}: give the full date ({date_form(precision)})"
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
            "updated": now_stamp(),
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


__all__ = ["HISTORY_LIMIT", "clear_correction", "now_stamp", "set_correction", "undo_correction"]
