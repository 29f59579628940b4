"""Events as a CSV with the columns and codes of ACLED's public data export, where they apply.

ACLED (Armed Conflict Location & Event Data) codes one row per event and
country where it took place, with a date precision code (``time_precision``:
1 the day is reported, 2 the week, 3 only the month) and no code for a year,
so events dated to a year (or undated) are left out and counted. The mapping of
our types to ACLED's disorder, event and sub-event types is in ``TYPE_MAP``
(and the README); withdrawals and deployments are ACLED's "Strategic
developments / Change to group/activity".

Cells from documents (the sentence, places, the publisher) are made visible
(``store.text.visible``) and neutralised for spreadsheets.
"""

from __future__ import annotations

import calendar
import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from store.about.countries import country_name
from store.board.assign import corpus_hosts, event_forces, split_key
from store.board.forces import force_by_id
from store.export import exportable
from store.exports.cells import csv_cell
from store.exports.provenance import provenance_line
from store.text.visible import visible

COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "country",
    "admin1",
    "location",
    "source",
    "notes",
    "fatalities",
    "tags",
    "generator",
)

STRATEGIC, VIOLENCE = "Strategic developments", "Political violence"
CHANGE = (STRATEGIC, "Strategic developments", "Change to group/activity")
TYPE_MAP: dict[str, tuple[str, str, str]] = {
    "withdrawal_announced": CHANGE,
    "withdrawal_started": CHANGE,
    "withdrawal_completed": CHANGE,
    "deployment": CHANGE,
    "mission_ended": CHANGE,
    "handover": (STRATEGIC, "Strategic developments", "Non-violent transfer of territory"),
    "agreement": (STRATEGIC, "Strategic developments", "Agreement"),
    "attack": (VIOLENCE, "Battles", "Armed clash"),
    "casualties": (VIOLENCE, "Battles", "Armed clash"),
    "coup": (STRATEGIC, "Strategic developments", "Other"),
    "statement": (STRATEGIC, "Strategic developments", "Other"),
    "arrest": (STRATEGIC, "Strategic developments", "Arrests"),
    "release": (STRATEGIC, "Strategic developments", "Other"),
    "expulsion": (STRATEGIC, "Strategic developments", "Other"),
    "suspension": (STRATEGIC, "Strategic developments", "Other"),
    "media_ban": (STRATEGIC, "Strategic developments", "Other"),
    "ties_cut": (STRATEGIC, "Strategic developments", "Other"),
    "activity_ban": (STRATEGIC, "Strategic developments", "Other"),
    "accord_ended": (STRATEGIC, "Strategic developments", "Other"),
    "sanctions": (STRATEGIC, "Strategic developments", "Other"),
    "sanctions_lifted": (STRATEGIC, "Strategic developments", "Other"),
    "vote": (STRATEGIC, "Strategic developments", "Other"),  # a council or parliament voting: no agreement
    "demand": (STRATEGIC, "Strategic developments", "Other"),
    "other": (STRATEGIC, "Strategic developments", "Other"),
}
"""Our type -> (disorder_type, event_type, sub_event_type)."""

TIME_PRECISION = {"day": 1, "month": 3}
EXTERNAL_FORCES = 8  # ACLED's inter code for state forces active outside their country, and missions


@dataclass(frozen=True, slots=True)
class AcledExport:
    text: str
    rows: int
    left_out: int  # dated to a year only, or undated


def _event_date(event: dict[str, Any]) -> tuple[str, int] | None:
    """ISO day and ACLED's precision code (3 for a month).

    A month-only date goes on the month's middle, the 15th, as ACLED codes a month; "early July" ("début
    juillet", "Anfang Juli") on its first day and "late July" on its last, so the row stays in the part
    of the month the report names.
    """
    date, precision = event.get("date") or "", event.get("date_precision")
    if precision == "day" and len(date) >= 10:
        return date[:10], 1
    if precision == "month" and len(date) >= 7:
        mod = event.get("date_mod")
        if mod == "early":
            return f"{date[:7]}-01", 3
        if mod == "late":
            year, month = int(date[:4]), int(date[5:7])
            return f"{date[:7]}-{calendar.monthrange(year, month)[1]:02d}", 3
        return f"{date[:7]}-15", 3
    return None


def _actor(actor: str) -> str:
    force = force_by_id(actor) if not actor.isupper() else None
    if force is not None:
        return force.name
    return f"Military Forces of {_name(actor)}"


def _name(code: str) -> str:
    try:
        return country_name(code) or code
    except (KeyError, ValueError, LookupError):
        return code


def _places(event: dict[str, Any]) -> tuple[str, str]:
    """(admin1, location): a "Kidal region" is an admin1, the first other place the location."""
    places = [p for p in event.get("places") or () if isinstance(p, str)]
    regions = [p for p in places if p.lower().endswith((" region", " région"))]
    admin1 = regions[0].rsplit(" ", 1)[0] if regions else ""
    location = next((p for p in places if p not in regions), "")
    return admin1, location


def _fatalities(event: dict[str, Any]) -> int:
    return sum(
        f["value"]
        for f in event.get("figures") or ()
        if isinstance(f, dict) and f.get("unit") == "killed" and isinstance(f.get("value"), int)
    )


def acled_rows(
    events: Iterable[dict[str, Any]], documents: Mapping[str, Mapping[str, Any]] | None = None
) -> tuple[list[dict[str, Any]], int]:
    """The rows (one per event and country where it took place) and how many events were left out.

    Where an event took place: the host countries of its forces (France's
    withdrawal from Mali took place in Mali), else each country it names.
    """
    listed = exportable(events)  # a rejected event is never exported
    hosts = corpus_hosts(listed)
    generator = provenance_line(documents)
    rows: list[dict[str, Any]] = []
    left_out = 0
    for event in listed:
        dated = _event_date(event)
        if dated is None:
            left_out += 1
            continue
        day, precision = dated
        forces = event_forces(event, hosts)
        actors = {split_key(k)[1]: split_key(k)[0] for k in forces}
        where = list(actors) or list(dict.fromkeys(event.get("countries") or ())) or [""]
        disorder, kind, sub = TYPE_MAP.get(event.get("type") or "other", TYPE_MAP["other"])
        admin1, location = _places(event)
        doc = (documents or {}).get(event.get("doc") or "", {})
        tags = ["date inferred"] if event.get("date_inferred") else []
        if event.get("corrected"):
            tags.append("corrected by an analyst")
        for country in where:
            actor = actors.get(country)
            rows.append(
                {
                    "event_id_cnty": f"{country or 'XX'}-{event.get('id')}",
                    "event_date": day,
                    "year": int(day[:4]),
                    "time_precision": precision,
                    "disorder_type": disorder,
                    "event_type": kind,
                    "sub_event_type": sub,
                    "actor1": _actor(actor) if actor else "",
                    "inter1": EXTERNAL_FORCES if actor else "",
                    "country": _name(country) if country else "",
                    "admin1": visible(admin1),
                    "location": visible(location),
                    "source": visible(str(doc.get("publisher") or event.get("doc") or "")),
                    "notes": visible(event.get("sentence") or ""),
                    "fatalities": _fatalities(event),
                    "tags": "; ".join(tags),
                    "generator": generator,
                }
            )
    return rows, left_out


def acled_csv(
    events: Iterable[dict[str, Any]], documents: Mapping[str, Mapping[str, Any]] | None = None
) -> AcledExport:
    """The CSV text, every cell neutralised for spreadsheets."""
    rows, left_out = acled_rows(events, documents)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([csv_cell(row[c]) for c in COLUMNS])
    return AcledExport(buffer.getvalue(), len(rows), left_out)
