"""The board as text for ``mali-tui board``: an aligned table, CSV or JSON (the same rows as the browser)."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from typing import Any

import orjson

from store.board.rows import BoardRow
from store.errors import MaliTuiError
from store.exports.cells import csv_cell
from store.exports.provenance import provenance, provenance_line

FORMATS = ("table", "csv", "json")
COLUMNS = ("force", "in", "announced", "started", "completed", "status", "troops", "reports", "marks")
MARKS_NOTE = "marks: ~ a date shown was inferred, ! reports of completion give different dates"


def row_cells(row: BoardRow) -> tuple[str, ...]:
    """The row as the table and the browser show it, in ``COLUMNS`` order."""
    return (
        row.force,
        row.host,
        row.announced or "—",
        row.started or "—",
        row.completed or "—",
        row.status,
        row.troops_cell or "—",
        row.reports_cell,
        row.marks,
    )


def _table(rows: Sequence[BoardRow]) -> str:
    lines = [tuple(c.upper() for c in COLUMNS), *(row_cells(r) for r in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(COLUMNS))]
    return "".join(
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n" for line in lines
    )


def render_board(
    rows: Sequence[BoardRow], fmt: str = "table", documents: Mapping[str, Mapping[str, Any]] | None = None
) -> str:
    """``rows`` in ``fmt``; CSV and JSON say which mali-tui and extractor made them."""
    if fmt not in FORMATS:
        raise MaliTuiError(f"unknown board format {fmt!r} (use table, csv or json)")
    if fmt == "table":
        if not rows:
            return "no forces: no event reports a deployment or withdrawal of a foreign force\n"
        return _table(rows) + f"\n{MARKS_NOTE}\n"
    if fmt == "json":
        body = {**provenance(documents), "rows": [r.as_dict() for r in rows]}
        return orjson.dumps(body, option=orjson.OPT_INDENT_2).decode() + "\n"
    buffer = io.StringIO()
    buffer.write(f"# {provenance_line(documents)}\n")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*COLUMNS, "key", "occurrences", "sources"])
    for r in rows:
        cells = [*row_cells(r), r.key, r.occurrences, r.sources]
        writer.writerow([csv_cell(c) for c in cells])
    return buffer.getvalue()


def board_report(snapshot: Any, fmt: str = "table") -> str:
    """The board of a ``store.storage.snapshot.Snapshot``, corrections applied (``mali-tui board``)."""
    from store.board.rows import board_rows
    from store.export import export_rows

    events = export_rows(snapshot)
    return render_board(board_rows(events), fmt, snapshot.documents)
