"""The citation ``y`` copies: enough for an analyst to quote and find the source again."""

from __future__ import annotations

from datetime import date
from typing import Any

from store.text.visible import visible


def format_citation(event: dict[str, Any], document: dict[str, Any], *, today: date | None = None) -> str:
    """One paragraph: source, publication date, event date (marked when inferred), the sentence.

    >>> format_citation({"date": "2023-08-02", "sentence": "Troops left.", "doc": "a.txt"},
    ...                 {"publisher": "Reuters", "published": "2023-08-03"})
    'Reuters, published 2023-08-03. Event date: 2023-08-02. "Troops left." [a.txt]'
    """
    source = document.get("publisher") or document.get("title") or event.get("doc") or "unknown source"
    published = document.get("published")
    parts = [f"{source}, published {published}." if published else f"{source}, undated."]
    event_date = event.get("date")
    if event_date:
        mark = " (inferred)" if event.get("date_inferred") else ""
        parts.append(f"Event date: {event_date}{mark}.")
    else:
        parts.append("Event date: not stated.")
    sentence = " ".join(str(event.get("sentence") or "").split())
    parts.append(f'"{sentence}"')
    where = [event.get("doc") or ""]
    if document.get("url"):
        where.append(str(document["url"]))
    tail = " ".join(f"[{w}]" for w in where if w)
    if today is not None:
        tail = f"{tail} (accessed {today.isoformat()})".strip()
    return visible(" ".join(parts) + (f" {tail}" if tail else ""))  # pasted into terminals, too
