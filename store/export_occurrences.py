"""``mali-tui export --by cluster``: one row per occurrence, with its reports and conflicts."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from typing import Any

import orjson

from store.errors import MaliTuiError
from store.linking.corrected import settle
from store.linking.occurrences import Occurrence, occurrences_of
from store.query import EventFilter, sort_key
from store.storage.corrections import apply_corrections
from store.storage.snapshot import Snapshot
from store.text.json_safe import escape_invisible
from store.text.spreadsheet import safe_csv_cell

OCCURRENCE_FIELDS: tuple[str, ...] = (
    "cluster",
    "date",
    "date_precision",
    "date_inferred",
    "type",
    "countries",
    "places",
    "figures",
    "title",
    "reports",
    "cluster_size",
    "sources",
    "links",
    "conflicts",
)


def occurrence_rows(snapshot: Snapshot, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """One record per occurrence with at least one report the filter keeps (corrections applied)."""
    events = sorted(apply_corrections(snapshot.events, snapshot.corrections), key=sort_key)
    events = settle(events, snapshot)  # a rejected report leaves its occurrence
    keep: set[str] | None = None
    if flt is not None and not flt.is_empty:
        keep = {str(e.get("cluster") or e.get("id")) for e in flt.apply(events)}
    by_id = {str(e.get("id")): e for e in events}
    rows = []
    for occ in occurrences_of(events):
        if keep is not None and occ.id not in keep:
            continue
        rows.append(_row(occ, by_id, snapshot.documents))
    return rows


def _row(occ: Occurrence, by_id: Mapping[str, Mapping[str, Any]], docs: Mapping[str, Any]) -> dict[str, Any]:
    sources = []
    for member in occ.members:
        e = by_id[member]
        doc = docs.get(e.get("doc")) or {}
        sources.append(
            {
                "event": member,
                "doc": e.get("doc"),
                "publisher": doc.get("publisher"),
                "published": doc.get("published"),
                "language": e.get("language"),
                "date": e.get("date"),
                "sentence": e.get("sentence"),
            }
        )
    return {
        "cluster": occ.id,
        "date": occ.date,
        "date_precision": occ.date_precision,
        "date_inferred": occ.date_inferred,
        "type": occ.type,
        "countries": list(occ.countries),
        "places": list(occ.places),
        "figures": list(occ.figures),
        "title": occ.title,
        "reports": occ.reports,
        "cluster_size": len(occ.members),
        "sources": sources,
        "links": [{"a": li.a, "b": li.b, "reason": li.reason} for li in occ.links],
        "conflicts": [
            {"field": c.field, "values": [{"value": v.value, "events": list(v.events)} for v in c.values]}
            for c in occ.conflicts
        ],
    }


def _cell(value: Any) -> str:
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = str(value)
    return safe_csv_cell(text)


def _csv_cells(row: Mapping[str, Any]) -> list[str]:
    flat = dict(row)
    flat["countries"] = "; ".join(row["countries"])
    flat["places"] = "; ".join(row["places"])
    flat["figures"] = "; ".join(f"{f.get('value')} {f.get('unit')}" for f in row["figures"])
    flat["sources"] = " | ".join(
        f"{s['doc']} ({s['publisher'] or '-'}, {s['date'] or 'undated'}): "
        + " ".join(str(s["sentence"]).split())
        for s in row["sources"]
    )
    flat["links"] = " | ".join(f"{li['a']}-{li['b']}: {li['reason']}" for li in row["links"])
    flat["conflicts"] = " | ".join(
        f"{c['field']}: " + " vs ".join(f"{v['value']} ({', '.join(v['events'])})" for v in c["values"])
        for c in row["conflicts"]
    )
    return [_cell(flat[k]) for k in OCCURRENCE_FIELDS]


def render_occurrences(rows: Sequence[Mapping[str, Any]], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(
            escape_invisible(orjson.dumps({k: r[k] for k in OCCURRENCE_FIELDS}).decode()) + "\n" for r in rows
        )
    if fmt != "csv":
        raise MaliTuiError(f"unknown export format {fmt!r} (use jsonl or csv)")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(OCCURRENCE_FIELDS)
    for r in rows:
        writer.writerow(_csv_cells(r))
    return buffer.getvalue()
