"""The citation ``y`` copies: enough for an analyst to quote and find the source again."""

from __future__ import annotations

from datetime import date

from store.event_view import DocumentView, EventView
from store.text.visible import visible


def format_citation(event: EventView, document: DocumentView, *, today: date | None = None) -> str:
    """One paragraph: source, publication date, event date (marked when inferred), the sentence.

    >>> format_citation(EventView("e1", doc="a.txt", sentence="Troops left.", date="2023-08-02"),
    ...                 DocumentView("a.txt", publisher="Reuters", published="2023-08-03"))
    'Reuters, published 2023-08-03. Event date: 2023-08-02. "Troops left." [a.txt]'
    """
    source = document.publisher or document.title or event.doc or "unknown source"
    published = document.published
    parts = [f"{source}, published {published}." if published else f"{source}, undated."]
    event_date = event.date
    if event_date:
        mark = " (inferred)" if event.date_inferred else ""
        parts.append(f"Event date: {event_date}{mark}.")
    else:
        parts.append("Event date: not stated.")
    sentence = " ".join(event.sentence.split())
    parts.append(f'"{sentence}"')
    where = [event.doc]
    if document.url:
        where.append(str(document.url))
    tail = " ".join(f"[{w}]" for w in where if w)
    if today is not None:
        tail = f"{tail} (accessed {today.isoformat()})".strip()
    return visible(" ".join(parts) + (f" {tail}" if tail else ""))  # pasted into terminals, too
