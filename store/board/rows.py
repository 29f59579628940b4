"""The board: one row per force in a host country, built from the events (or their occurrences).

"When did Egypt leave Mali, and from how many reports?" is one row: the first
announcement, the first start, the latest report of completion, a status, the
troop figures reported, how many reports (and occurrences, when the reports are
linked: events that carry a ``cluster``) and marks for what an analyst must
check: ``~`` a date shown was inferred, ``!`` reports of completion disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from store.about.countries import country_name
from store.board.assign import Hosts, actor_force, corpus_hosts, event_forces, named_operations, split_key
from store.board.dates import date_cell
from store.errors import MaliTuiError
from store.query import date_bounds

__all__ = ["BoardRow", "board_rows"]

ANNOUNCED = frozenset({"withdrawal_announced"})
STARTED = frozenset({"withdrawal_started"})
COMPLETED = frozenset({"withdrawal_completed", "mission_ended"})
TROOP_UNITS = frozenset({"troops", "peacekeepers", "police", "contingents"})

STATUS_LEFT, STATUS_LEAVING, STATUS_ANNOUNCED, STATUS_UNCLEAR = "left", "leaving", "announced only", "unclear"


@dataclass(slots=True)
class BoardRow:
    """One force in one host country and what the reports say of its withdrawal."""

    key: str  # "FR@ML": also the timeline's force filter
    force: str  # "France (Barkhane)", "MINUSMA"
    host: str  # "Mali"
    announced: str = ""  # date cells at their precision
    started: str = ""
    completed: str = ""
    status: str = STATUS_UNCLEAR
    troops: list[int] = field(default_factory=list)
    reports: int = 0
    occurrences: int = 0
    sources: int = 0
    inferred: bool = False
    conflict: bool = False
    event_ids: list[str] = field(default_factory=list)

    @property
    def marks(self) -> str:
        return ("!" if self.conflict else "") + ("~" if self.inferred else "")

    @property
    def reports_cell(self) -> str:
        """ "5", or "5 (3 occ.)" when linked reports make fewer occurrences."""
        if self.occurrences and self.occurrences != self.reports:
            return f"{self.reports} ({self.occurrences} occ.)"
        return str(self.reports)

    @property
    def troops_cell(self) -> str:
        return " / ".join(f"{n:,}" for n in self.troops[:3]) + (" …" if len(self.troops) > 3 else "")

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "force": self.force,
            "host": self.host,
            "announced": self.announced,
            "started": self.started,
            "completed": self.completed,
            "status": self.status,
            "troops": self.troops,
            "reports": self.reports,
            "occurrences": self.occurrences,
            "sources": self.sources,
            "date_inferred": self.inferred,
            "reports_conflict": self.conflict,
            "events": self.event_ids,
        }


# "late 2023" is September to December: a report that says so is later than one that says "2023".
_YEAR_PARTS = {"early": ("01-01", "04-30"), "mid": ("05-01", "08-31"), "late": ("09-01", "12-31")}


def _bounds(event: dict[str, Any]) -> tuple[str, str] | None:
    try:
        lo, hi = date_bounds(event["date"]) if event.get("date") else (None, None)
    except MaliTuiError:
        return None
    if lo is None or hi is None:
        return None
    part = _YEAR_PARTS.get(event.get("date_mod") or "")
    if part and event.get("date_precision") == "year":
        return f"{lo[:4]}-{part[0]}", f"{lo[:4]}-{part[1]}"
    return lo, hi


def _dated(events: list[dict[str, Any]]) -> list[tuple[tuple[str, str], dict[str, Any]]]:
    """Events with a date, those whose date was read in the text when there are any (inferred are weaker)."""
    dated = [(b, e) for e in events if (b := _bounds(e))]
    read = [(b, e) for b, e in dated if not e.get("date_inferred")]
    return read or dated


def _first(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The earliest dated event; of two that may be the same day, the more precise."""
    dated = _dated(events)
    return min(dated, key=lambda p: (p[0][0], p[0][1]))[1] if dated else None


def _last(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The latest dated event: the latest first day ("2022-08-15" after "2022"), then the more precise."""
    dated = _dated(events)
    return max(dated, key=lambda p: (p[0][0], [-ord(c) for c in p[0][1]]))[1] if dated else None


def _disagree(events: list[dict[str, Any]]) -> bool:
    """Two dated reports of completion whose dates cannot be the same day."""
    spans = sorted(b for e in events if (b := _bounds(e)))
    return any(later[0] > earlier[1] for earlier, later in pairwise(spans))


def _cluster_conflict(events: list[dict[str, Any]]) -> bool:
    """Reports linked as one occurrence that give dates which cannot meet."""
    by_cluster: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        if e.get("cluster") and (e.get("cluster_size") or 1) > 1:
            by_cluster.setdefault(str(e["cluster"]), []).append(e)
    return any(_disagree(members) for members in by_cluster.values())


def _status(announced: list[Any], started: list[Any], completed: list[Any]) -> str:
    if completed:
        return STATUS_LEFT
    if started:
        return STATUS_LEAVING
    if announced:
        return STATUS_ANNOUNCED
    return STATUS_UNCLEAR


def _force_label(actor: str, events: list[dict[str, Any]]) -> str:
    force = actor_force(actor)
    if force is not None:
        return force.name
    operations = list(dict.fromkeys(f.name for e in events for f in named_operations(e, actor)))
    name = _name(actor)
    return f"{name} ({', '.join(operations)})" if operations else name


def _name(code: str) -> str:
    try:
        return country_name(code) or code
    except (KeyError, ValueError, LookupError):
        return code


def build_row(key: str, events: list[dict[str, Any]]) -> BoardRow:
    """The row of force ``key`` from its events."""
    actor, host = split_key(key)
    announced = [e for e in events if e.get("type") in ANNOUNCED]
    started = [e for e in events if e.get("type") in STARTED]
    completed = [e for e in events if e.get("type") in COMPLETED]
    first_announced, first_started, last_completed = _first(announced), _first(started), _last(completed)
    shown = [e for e in (first_announced, first_started, last_completed) if e is not None]
    troops = sorted(
        {
            f["value"]
            for e in events
            for f in e.get("figures") or ()
            if isinstance(f, dict) and f.get("unit") in TROOP_UNITS and isinstance(f.get("value"), int)
        },
        reverse=True,
    )
    return BoardRow(
        key=key,
        force=_force_label(actor, events),
        host=_name(host),
        announced=date_cell(first_announced),
        started=date_cell(first_started),
        completed=date_cell(last_completed),
        status=_status(announced, started, completed),
        troops=troops,
        reports=len(events),
        occurrences=len({str(e.get("cluster") or e.get("id")) for e in events}),
        sources=len({e.get("doc") for e in events}),
        inferred=any(e.get("date_inferred") for e in shown),
        conflict=_disagree(completed) or _cluster_conflict(events),
        event_ids=[str(e.get("id")) for e in events],
    )


def group_by_force(
    events: Iterable[dict[str, Any]], host: str | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Events by board key; ``host`` is the corpus's default host (computed from ``events`` when None)."""
    listed = [e for e in events if not e.get("rejected")]
    hosts = corpus_hosts(listed)
    if host is not None:
        hosts = Hosts(host, hosts.known)
    groups: dict[str, list[dict[str, Any]]] = {}
    for event in listed:
        for key in event_forces(event, hosts):
            groups.setdefault(key, []).append(event)
    return groups


def _order(row: BoardRow, first_dates: dict[str, str]) -> tuple[str, str, str]:
    return (row.host, first_dates.get(row.key) or "9999", row.force)


def board_rows(events: Iterable[dict[str, Any]], host: str | None = None) -> list[BoardRow]:
    """Every force in every host country the events speak of, by host then by first report."""
    return _rows(group_by_force(events, host))


def board_rows_keyed(events: list[dict[str, Any]], keys: list[tuple[str, ...]]) -> list[BoardRow]:
    """The board when the events' keys are known (the browser keeps them): ``keys[i]`` of ``events[i]``."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for event, event_keys in zip(events, keys, strict=True):
        if not event.get("rejected"):
            for key in event_keys:
                groups.setdefault(key, []).append(event)
    return _rows(groups)


def _rows(groups: dict[str, list[dict[str, Any]]]) -> list[BoardRow]:
    rows = [build_row(key, members) for key, members in groups.items()]
    first_dates = {
        key: min((b[0] for e in members if (b := _bounds(e))), default="9999")
        for key, members in groups.items()
    }
    return sorted(rows, key=lambda r: _order(r, first_dates))
