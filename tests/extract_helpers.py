"""Extract events from a short report written in a test, with a publication date."""

from __future__ import annotations

import datetime as dt

from store.extract import extract_events
from store.model import Document, Event, content_hash

TODAY = dt.date(2025, 6, 30)


def events_of(text: str, language: str, published: str | None = None) -> list[Event]:
    doc = Document(
        name="report.txt", text=text, sha256=content_hash(text), published=published, language=language
    )
    return extract_events(doc, today=TODAY).events


def event_for(text: str, language: str, published: str | None, fragment: str) -> Event:
    """The (first) event whose sentence contains ``fragment``."""
    found = [e for e in events_of(text, language, published) if fragment in e.sentence]
    assert found, f"no event for {fragment!r}"
    return found[0]
