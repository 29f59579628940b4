"""Corrections as an analyst makes them: checked against what the store knows, written, carried through.

``store.storage.corrections`` writes correction records and knows only their
form; it may not import the ``about`` or ``dates`` groups. What needs the
domain lives here, above storage, and every correction, from the CLI or the
browser, goes through ``correct_event``:

- "QQ" is two letters but no country: refused;
- a corrected type, countries or target date gives the event a new title
  (``store.about.headline.event_title``), stored with the correction;
- a year set on an item of a list whose years were inferred (an undated
  "Ngày 3/11 ..." list) is evidence for the whole list: its other items move
  by the same number of years, still marked inferred, their reason naming
  the correction. An item an analyst dated stays as the analyst said.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from store.storage.corrections import (
    CorrectionError,
    apply_corrections,
    set_correction,
    validate_countries,
    validate_date,
)
from store.storage.db import EVENTS, EventStore

LIST_INFERENCE = "inferred from the order of the dated list"
"""What ``store.dates.years`` writes in the reason of a year it inferred from a list's order."""

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
    """A written correction, and how many other items of its inferred list moved with it."""

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
        record = set_correction(
            store, event_id, countries=checked, target_date=target_date, title=title, **fields
        )
        moved = 0
        if event is not None and fields.get("date"):
            moved = _carry_year(store, corrections, event, str(fields["date"]), record)
    return Corrected(record, moved)


def _event_and_corrections(
    store: EventStore, event_id: str
) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    """The stored event ``event_id`` and the store's corrections (event id -> record).

    Read through the store's index of event ids (one line of the store) and the small
    corrections file: a correction costs what it changes, not what the store holds
    (reading 100,000 events took seconds). A store written before the index is read whole.
    """
    from store.storage.corrections_file import read_corrections
    from store.storage.db import CORRECTIONS_OWN_FILE
    from store.storage.event_index import EventLookup
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


def _carry_year(
    store: EventStore,
    corrections: dict[str, dict[str, Any]],
    event: dict[str, Any],
    date: str,
    record: dict[str, Any],
) -> int:
    """Move the other inferred items of ``event``'s list by the years the analyst moved it; how many.

    Only then is the store read whole (to find the list's other items).
    """
    if not event.get("date_inferred") or LIST_INFERENCE not in str(event.get("date_reason") or ""):
        return 0
    old = str(event.get("date") or "")
    if len(old) < 4 or int(date[:4]) == int(old[:4]):
        return 0
    shift = int(date[:4]) - int(old[:4])
    corrected = set(corrections)
    title = " ".join(str(record.get("fields", {}).get("title") or event.get("title") or "").split())
    why = (
        f"moved {shift:+d} year{'s' if abs(shift) != 1 else ''} with its list: an analyst dated "
        f"\u201c{title}\u201d {date}"
    )
    moves: dict[str, tuple[str, str]] = {}
    for other in store.load(texts=False).events:
        if (
            other.get("doc") != event.get("doc")
            or other.get("id") == event.get("id")
            or other.get("id") in corrected
            or not other.get("date_inferred")
            or LIST_INFERENCE not in str(other.get("date_reason") or "")
        ):
            continue
        moved = _shifted(str(other.get("date") or ""), shift)
        if moved is not None:
            moves[other["id"]] = (moved, f"{other.get('date_reason')}; {why}")
    if not moves:
        return 0
    with store.writing() as db:
        table = db.table(EVENTS)
        for row in table.all():
            if row.get("id") in moves:
                new_date, reason = moves[row["id"]]
                table.update({"date": new_date, "date_reason": reason}, doc_ids=[row.doc_id])
    return len(moves)


def _shifted(date: str, years: int) -> str | None:
    """``date`` (YYYY, YYYY-MM or YYYY-MM-DD) ``years`` later; a 29 February becomes the 28th."""
    if len(date) < 4 or not date[:4].isdigit():
        return None
    year = int(date[:4]) + years
    if len(date) >= 10:
        month, day = int(date[5:7]), int(date[8:10])
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return dt.date(year, month, 28).isoformat()
    return f"{year:04d}{date[4:]}"
