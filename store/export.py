"""Export events as JSON lines or CSV, with exactly the documented field names and corrections applied."""

from __future__ import annotations

import csv
import io
import os
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
from store.storage.store_path import PRIVATE_MODE, store_mode
from store.text.json_safe import escape_invisible
from store.text.spreadsheet import safe_csv_cell
from store.text.visible import visible

FORMATS = ("jsonl", "csv")
GROUPINGS = ("event", "cluster")  # --by: one row per event, or per occurrence (store.export_occurrences)


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return safe_csv_cell(
            "; ".join(f"{v.get('value')} {v.get('unit')}" if isinstance(v, dict) else str(v) for v in value)
        )
    return safe_csv_cell(str(value))


def render(events: Iterable[dict[str, Any]], fmt: str) -> str:
    """The export text: one object per event, only the fields of ``EVENT_FIELDS``."""
    if fmt not in FORMATS:
        raise MaliTuiError(f"unknown export format {fmt!r} (use jsonl or csv)")
    if fmt == "jsonl":
        return "".join(
            escape_invisible(orjson.dumps({k: e.get(k) for k in EVENT_FIELDS}).decode()) + "\n"
            for e in events
        )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EVENT_FIELDS)
    for e in events:
        writer.writerow([_csv_value(e.get(k)) for k in EVENT_FIELDS])
    return buffer.getvalue()


def export_rows(
    snapshot: Snapshot, flt: EventFilter | None = None, by: str = "event"
) -> list[dict[str, Any]]:
    """What an export writes: analysts' corrections applied (rejected events left out), then filtered.

    The filter sees corrected values, so an event corrected to 2023 is exported by ``--since 2023``.
    ``by="cluster"`` gives one row per occurrence with a report the filter keeps.
    """
    if by == "cluster":
        from store.export_occurrences import occurrence_rows

        return occurrence_rows(snapshot, flt)
    events = apply_corrections(snapshot.events, snapshot.corrections)
    if flt is not None and not flt.is_empty:
        events = list(flt.apply(events))
    return sorted(events, key=sort_key)


def export_events(
    events: list[dict[str, Any]],
    path: Path | str | None,
    fmt: str = "jsonl",
    by: str = "event",
    *,
    store: Path | None = None,
) -> int:
    """Write ``events`` (occurrence rows when ``by="cluster"``) to ``path`` ("-" or None: stdout).

    A new file gets the permissions of ``store`` (owner-only without one), never the umask's:
    an export holds the same data as the store.
    """
    if by == "cluster":
        from store.export_occurrences import render_occurrences

        text = render_occurrences(events, fmt)
    else:
        text = render(events, fmt)
    if path is None or str(path) == "-":
        sys.stdout.write(visible(text, keep_newlines=True))  # may be a terminal: no control gets through
        return len(events)
    target = Path(path).expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(
            target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, store_mode(store) if store else PRIVATE_MODE
        )
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise MaliTuiError(f"cannot write the export ({exc.strerror or exc})", target) from exc
    return len(events)
