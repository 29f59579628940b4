"""Export events as JSON lines or CSV, with exactly the documented field names and corrections applied."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from store.errors import MaliTuiError
from store.model import EVENT_FIELDS
from store.query import EventFilter, sort_key
from store.storage.corrections import apply_corrections
from store.storage.db import Snapshot

FORMATS = ("jsonl", "csv")


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(
            f"{v.get('value')} {v.get('unit')}" if isinstance(v, dict) else str(v) for v in value
        )
    return str(value)


def render(events: Iterable[dict[str, Any]], fmt: str) -> str:
    """The export text: one object per event, only the fields of ``EVENT_FIELDS``."""
    if fmt not in FORMATS:
        raise MaliTuiError(f"unknown export format {fmt!r} (use jsonl or csv)")
    if fmt == "jsonl":
        return "".join(orjson.dumps({k: e.get(k) for k in EVENT_FIELDS}).decode() + "\n" for e in events)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EVENT_FIELDS)
    for e in events:
        writer.writerow([_csv_value(e.get(k)) for k in EVENT_FIELDS])
    return buffer.getvalue()


def exportable(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events an export may write: a rejected event is not an event, so it is never exported.

    The one definition of that rule: the CLI's export and the browser's ``e`` both go through it.
    """
    return [e for e in events if not e.get("rejected")]


def export_rows(snapshot: Snapshot, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """What an export writes: analysts' corrections applied (rejected events left out), then filtered.

    The filter sees corrected values, so an event corrected to 2023 is exported by ``--since 2023``.
    """
    events = exportable(apply_corrections(snapshot.events, snapshot.corrections, keep_rejected=True))
    if flt is not None and not flt.is_empty:
        events = list(flt.apply(events))
    return sorted(events, key=sort_key)


def export_events(events: list[dict[str, Any]], path: Path | str | None, fmt: str = "jsonl") -> int:
    """Write ``events`` to ``path`` ("-" or None: standard output); returns how many."""
    text = render(events, fmt)
    if path is None or str(path) == "-":
        sys.stdout.write(text)
        return len(events)
    target = Path(path).expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise MaliTuiError(f"cannot write the export ({exc.strerror or exc})", target) from exc
    return len(events)
