"""Events as the JSON that TimelineJS (Knight Lab) reads: a title slide and one slide per dated event.

The documented structure: an object with ``events`` (slides: a ``start_date``
of ``year`` and, when known, ``month`` and ``day``; ``text`` with ``headline``
and ``text``; ``group``; ``display_date``; ``unique_id``), an optional ``title``
slide and ``scale``. A date is given only as precisely as it was reported, an
inferred one is shown as such ("~2023-10-21, inferred"). The slide ``group``
is the board's force ("Egypt in Mali") or, for other events, the event type.

TimelineJS renders ``text`` as HTML: every document string is escaped, so a
scraped "<script>" is shown, never run. The title slide says which mali-tui and
extractor produced the file. Undated events cannot be placed and are left out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from store.about.type_labels import event_type_label
from store.board.assign import corpus_hosts, event_forces
from store.board.rows import build_row, group_by_force
from store.export import exportable
from store.exports.provenance import provenance, provenance_line
from store.text.visible import visible


@dataclass(frozen=True, slots=True)
class TimelineExport:
    text: str
    slides: int
    left_out: int  # undated


def _date(event: dict[str, Any]) -> dict[str, Any] | None:
    date, precision = event.get("date") or "", event.get("date_precision")
    if not date:
        return None
    parts = date.split("-")
    try:
        start: dict[str, Any] = {"year": int(parts[0])}
        if precision in ("month", "day") and len(parts) > 1:
            start["month"] = int(parts[1])
        if precision == "day" and len(parts) > 2:
            start["day"] = int(parts[2])
    except ValueError:
        return None
    shown = "-".join(parts[: len(start)])
    if event.get("date_mod") and precision in ("year", "month"):
        shown = f"{event['date_mod']} {shown}"
    if event.get("date_inferred"):
        shown = f"~{shown}, inferred"
    start["display_date"] = shown
    return start


def _text(event: dict[str, Any], doc: Mapping[str, Any]) -> str:
    source = ", ".join(
        str(x) for x in (doc.get("publisher") or event.get("doc"), doc.get("published"), doc.get("url")) if x
    )
    sentence = html.escape(visible(event.get("sentence") or ""))
    return f"<p>{sentence}</p><p>— {html.escape(visible(source))}</p>"


def _force_names(events: list[dict[str, Any]]) -> dict[str, str]:
    """Board key -> "Egypt in Mali", for the slides' groups."""
    rows = (build_row(key, members) for key, members in group_by_force(events).items())
    return {row.key: f"{row.force} in {row.host}" for row in rows}


def timeline_json(
    events: Iterable[dict[str, Any]], documents: Mapping[str, Mapping[str, Any]] | None = None
) -> TimelineExport:
    """The TimelineJS document for ``events``."""
    listed = exportable(events)  # a rejected event is never exported
    hosts = corpus_hosts(listed)
    names = _force_names(listed)
    slides: list[dict[str, Any]] = []
    left_out = 0
    for event in listed:
        start = _date(event)
        if start is None:
            left_out += 1
            continue
        keys = event_forces(event, hosts)
        group = names.get(keys[0]) if keys else None
        doc = (documents or {}).get(event.get("doc") or "", {})
        slides.append(
            {
                "start_date": start,
                "text": {
                    "headline": html.escape(visible(event.get("title") or "")),
                    "text": _text(event, doc),
                },
                "group": group or event_type_label(event.get("type") or "other"),
                "unique_id": f"event-{event.get('id')}",
                "autolink": False,
            }
        )
    made = provenance(documents)
    title = {
        "text": {
            "headline": "mali-tui timeline",
            "text": f"<p>{len(slides)} events. Exported by {html.escape(provenance_line(documents))}.</p>",
        },
        "unique_id": re.sub(r"[^\w.]+", "-", f"mali-tui-{made['version']}-extractor-{made['extractor']}"),
    }
    body = {"title": title, "events": slides, "scale": "human"}
    return TimelineExport(
        orjson.dumps(body, option=orjson.OPT_INDENT_2).decode() + "\n", len(slides), left_out
    )
