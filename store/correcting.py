"""Corrections as an analyst makes them: checked against what the store knows, written, carried through.

``store.storage.correction_writes`` writes correction records and knows only their
form; it may not import the ``about`` or ``dates`` groups. What needs the
domain lives here, above storage, and every correction, from the CLI or the
browser, goes through ``correct_event``:

- "QQ" is two letters but no country: refused;
- a corrected type, countries or target date gives the event a new title
  (``store.about.headline.event_title``), stored with the correction;
- a year set on an item of a list whose years were inferred (an undated
  "Ngày 3/11 ..." list) is evidence for the whole list: its other items move
  by the same number of years, still marked inferred, their reason naming
  the correction. An item an analyst dated stays as the analyst said. That is
  worked out on reading (``store.storage.list_years``), never written into the
  stored events, so undoing the correction moves them back; ``moved`` counts them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from store.storage.correction_values import CorrectionError, validate_countries, validate_date
from store.storage.correction_writes import clear_correction, set_correction, undo_correction
from store.storage.corrections import apply_corrections
from store.storage.db import EventStore
from store.storage.list_years import LIST_INFERENCE, is_list_inferred
from store.storage.snapshot import Snapshot

__all__ = [
    "LIST_INFERENCE",
    "NOT_COUNTRIES",
    "Corrected",
    "check_countries",
    "clear_event",
    "correct_event",
    "iso_country_codes",
    "list_moved_by",
    "undo_event",
]

NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)
"""CLDR regions with two-letter codes that ISO 3166-1 does not assign to a country (EU, UN, ZZ...).

Kosovo (XK, user-assigned but used by the EU and CLDR) is kept: reports name it.
"""


@lru_cache(maxsize=1)
def iso_country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes, from CLDR's region names (Babel)."""
    from babel import Locale

    regions = Locale("en").territories
    return frozenset(c for c in regions if len(c) == 2 and c.isalpha() and c not in NOT_COUNTRIES)


def check_countries(countries: Iterable[str] | str) -> list[str]:
    """ISO 3166-1 alpha-2 codes, upper-cased, without repeats; a code no country has is refused."""
    codes = validate_countries(countries)
    unknown = [c for c in codes if c not in iso_country_codes()]
    if unknown:
        verb = "is not an ISO 3166 country code" if len(unknown) == 1 else "are not ISO 3166 country codes"
        raise CorrectionError(f"countries: {', '.join(unknown)} {verb} (e.g. FR, ML)")
    return codes


@dataclass(frozen=True, slots=True)
class Corrected:
    """A written correction, and how many other items of its inferred list it moved (or moved back)."""

    record: dict[str, Any]
    moved: int = 0


def correct_event(
    store: EventStore,
    event_id: str,
    *,
    countries: Iterable[str] | str | None = None,
    target_date: str | None = None,
    **fields: Any,
) -> Corrected:
    """Check the values, write the correction with the title that goes with them, carry a year through.

    ``fields`` are ``set_correction``'s (date, date_precision, type, rejected).
    """
    checked = check_countries(countries) if countries is not None else None
    if target_date:
        try:
            target_date = validate_date(target_date)[0]
        except CorrectionError as exc:
            raise CorrectionError(f"target {exc.message}") from None
    with store.locked():  # no other writer between reading the event and the writes below
        event, corrections = _event_and_corrections(store, event_id)
        title = None
        if event is not None and (checked is not None or target_date is not None or fields.get("type")):
            title = _retitled(event, corrections, checked, target_date, fields.get("type"))
        # Only a year set on an item of an inferred list reads the store whole (its list's other items).
        carries = event is not None and bool(fields.get("date")) and is_list_inferred(event)
        before = store.load(texts=False) if carries else None
        record = set_correction(
            store, event_id, countries=checked, target_date=target_date, title=title, **fields
        )
        moved = list_moved_by(before, event_id, record) if before is not None else 0
    return Corrected(record, moved)


def undo_event(store: EventStore, event_id: str) -> Corrected:
    """``undo_correction``, and how many other items of its inferred list move back (or on) with it.

    ``record`` is ``{}`` when no correction is left (the extracted values).
    """
    return _counted(store, event_id, undo_correction)


def clear_event(store: EventStore, event_id: str) -> Corrected:
    """``clear_correction``, and how many other items of its inferred list go back to their inferred years."""
    return _counted(store, event_id, clear_correction)


def _counted(
    store: EventStore, event_id: str, write: Callable[[EventStore, str], dict[str, Any] | None]
) -> Corrected:
    with store.locked():  # the store read is the one the write changes
        event, _ = _event_and_corrections(store, event_id)
        before = store.load(texts=False) if event is not None and is_list_inferred(event) else None
        record = write(store, event_id)
        return Corrected(record or {}, list_moved_by(before, event_id, record) if before is not None else 0)


def list_moved_by(snapshot: Snapshot, event_id: str, record: Mapping[str, Any] | None) -> int:
    """How many other items of ``event_id``'s inferred list show another date once ``record`` (``None``:
    no correction) replaces the event's correction in ``snapshot`` (the store as read before the write).
    """
    event = next((e for e in snapshot.events if e.get("id") == event_id), None)
    if event is None or not is_list_inferred(event):
        return 0
    same_list = [e for e in snapshot.events if e.get("doc") == event.get("doc")]
    after = {k: v for k, v in snapshot.corrections.items() if k != event_id}
    if record:
        after[event_id] = dict(record)

    def dates(corrections: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
        shown = apply_corrections(same_list, corrections, keep_rejected=True)
        return {e["id"]: e.get("date") for e in shown if e["id"] != event_id and is_list_inferred(e)}

    before, now = dates(snapshot.corrections), dates(after)
    return sum(1 for i, date in now.items() if before.get(i) != date)


def _event_and_corrections(
    store: EventStore, event_id: str
) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    """The stored event ``event_id`` and the store's corrections (event id -> record).

    Read through the store's index of event ids (one line of the store) and the small
    corrections file: a correction costs what it changes, not what the store holds
    (reading 100,000 events took seconds). A store written before the index is read whole.
    """
    from store.storage.corrections_file import read_corrections
    from store.storage.event_index import EventLookup
    from store.storage.schema import CORRECTIONS_OWN_FILE
    from store.storage.store_check import schema_on_disk

    lookup = EventLookup(store.path)
    version = schema_on_disk(store.path) if lookup.available else None
    if version is not None and version >= CORRECTIONS_OWN_FILE:
        rows = read_corrections(store.path).values()
        return lookup.get(event_id), {row["event_id"]: row for row in rows}
    snapshot = store.load(texts=False)
    return next((e for e in snapshot.events if e.get("id") == event_id), None), snapshot.corrections


def _retitled(
    event: dict[str, Any],
    corrections: dict[str, dict[str, Any]],
    countries: list[str] | None,
    target: str | None,
    kind: str | None,
) -> str | None:
    """The title under the corrected values (``None`` when it stays as it is)."""
    from store.about.headline import event_title

    shown = apply_corrections([event], corrections, keep_rejected=True)[0]
    title = event_title(
        str(event.get("sentence") or ""),
        str(event.get("language") or ""),
        kind or shown.get("type") or "other",
        countries if countries is not None else list(shown.get("countries") or ()),
        list(event.get("figures") or ()),
        list(event.get("places") or ()),
        (target or None) if target is not None else shown.get("target_date"),
    )
    return None if title == shown.get("title") else title
