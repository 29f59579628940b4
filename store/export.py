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
from store.storage.snapshot import Snapshot
from store.storage.store_path import PRIVATE_MODE, store_mode
from store.text.json_safe import escape_invisible
from store.text.spreadsheet import safe_csv_cell
from store.text.visible import visible

FORMATS = ("jsonl", "csv", "acled", "timelinejs")
OTHER_TOOLS = {
    "acled": "dated to a year only or undated: ACLED has no year precision",
    "timelinejs": "undated: TimelineJS cannot place them",
}
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


def render_for_tool(
    events: list[dict[str, Any]], fmt: str, documents: dict[str, Any] | None = None
) -> tuple[str, int, int]:
    """(text, rows written, events left out) in a format other tools read (``store.exports``)."""
    if fmt == "acled":
        from store.exports.acled import acled_csv

        made = acled_csv(events, documents)
        return made.text, made.rows, made.left_out
    from store.exports.timelinejs import timeline_json

    slides = timeline_json(events, documents)
    return slides.text, slides.slides, slides.left_out


def render(events: Iterable[dict[str, Any]], fmt: str) -> str:
    """The export text: one object per event, only the fields of ``EVENT_FIELDS``."""
    if fmt not in FORMATS:
        raise MaliTuiError(f"unknown export format {fmt!r} (use jsonl, csv, acled or timelinejs)")
    if fmt in OTHER_TOOLS:
        return render_for_tool(list(events), fmt)[0]
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


def exportable(events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events an export may write: a rejected event is not an event, so it is never exported.

    The one definition of that rule: the CLI's export and the browser's ``e`` both go through it.
    """
    return [e for e in events if not e.get("rejected")]


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
    events = exportable(apply_corrections(snapshot.events, snapshot.corrections, keep_rejected=True))
    from store.linking.corrected import settle

    events = settle(events, snapshot)  # clusters without rejected events, with corrected dates and types
    if flt is not None and not flt.is_empty:
        events = list(flt.apply(events))
    return sorted(events, key=sort_key)


def export_events(
    events: list[dict[str, Any]],
    path: Path | str | None,
    fmt: str = "jsonl",
    by: str = "event",
    documents: dict[str, Any] | None = None,
    *,
    store: Path | None = None,
) -> int:
    """Write ``events`` (occurrence rows when ``by="cluster"``) to ``path`` ("-" or None: stdout).

    ``acled`` and ``timelinejs`` leave out what their format cannot date and say
    how many on standard error; a JSON lines or CSV file gets a sidecar
    ``FILE.provenance.json`` naming the mali-tui and extractor versions (the
    rows keep exactly the documented fields). A new file gets the permissions of ``store``
    (owner-only without one), never the umask's: an export holds the same data as the store.
    """
    if fmt in OTHER_TOOLS:
        text, _, left_out = render_for_tool(events, fmt, documents)
        if left_out:
            why = OTHER_TOOLS[fmt]
            print(f"mali-tui: {left_out} events left out of the {fmt} export ({why})", file=sys.stderr)
    elif by == "cluster":
        from store.export_occurrences import render_occurrences

        text = render_occurrences(events, fmt)
    else:
        text = render(events, fmt)
    if path is None or str(path) == "-":
        sys.stdout.write(visible(text, keep_newlines=True))  # may be a terminal: no control gets through
        return len(events)
    target = Path(path).expanduser()
    mode = store_mode(store) if store else PRIVATE_MODE
    _write_new(target, text, mode)
    if fmt not in OTHER_TOOLS:  # their formats carry it inside; JSON lines and CSV get a sidecar
        _write_new(_provenance_path(target), _provenance_json(documents), mode)
    return len(events)


def _provenance_path(target: Path) -> Path:
    """``events.jsonl`` -> ``events.jsonl.provenance.json``: which mali-tui and extractor made it."""
    return target.with_name(target.name + ".provenance.json")


def _provenance_json(documents: dict[str, Any] | None) -> str:
    from store.exports.provenance import provenance

    return orjson.dumps(provenance(documents), option=orjson.OPT_INDENT_2).decode() + "\n"


def _write_new(target: Path, text: str, mode: int) -> None:
    """Write ``text`` to ``target`` with ``mode`` (never the umask's); one line naming the file on failure."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise MaliTuiError(f"cannot write the export ({exc.strerror or exc})", target) from exc
