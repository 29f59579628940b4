"""What the browser reads from a ``store.browse.Corpus``: typed views, built only for what is shown.

A mixin of ``Corpus``: the corpus keeps its rows as dicts in arrays (fast to
filter at 100,000 events); these methods hand the screens an ``EventView`` or a
``DocumentView`` of one row at a time, so no screen reads a row by string keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.event_view import DocumentView, EventView

if TYPE_CHECKING:
    from store.browse import Corpus


class TypedReads:
    """Views of one event or document of the corpus, and the one write the browser shows in place."""

    def event(self: Corpus, index: int) -> EventView:
        """Event ``index`` as shown (corrected, rejected ones marked)."""
        return EventView.from_row(self.events[index])

    def extracted_event(self: Corpus, index: int) -> EventView:
        """Event ``index`` as extraction stored it, before any correction."""
        return EventView.from_row(self.extracted(index))

    def shown_and_extracted(self: Corpus, index: int) -> tuple[EventView, EventView]:
        """Event ``index`` as shown and as extracted: one view twice when no analyst corrected it."""
        row, extracted = self.events[index], self.extracted(index)
        shown = EventView.from_row(row)
        return shown, shown if extracted is row else EventView.from_row(extracted)

    def event_id(self: Corpus, index: int) -> str:
        return str(self.events[index]["id"])

    def sentence_spans(self: Corpus, doc: str) -> list[tuple[int, int]]:
        """Text offsets of document ``doc``'s event sentences, in text order, each once."""
        events = self.events
        return sorted(
            {(events[i].get("start") or 0, events[i].get("end") or 0) for i in self.events_in_document(doc)}
        )

    def document_view(self: Corpus, name: str) -> DocumentView | None:
        """Document ``name`` with its text (``Corpus.document``: read from the store on first use)."""
        row = self.document(name)
        return None if row is None else DocumentView.from_row(row)

    def document_at(self: Corpus, index: int) -> DocumentView:
        """Event ``index``'s document without reading its text: publisher, dates, URL, language."""
        name = self.events[index].get("doc") or ""
        return DocumentView.from_row(self.documents.get(name) or {"name": name})

    def documents_newest_first(self: Corpus) -> list[DocumentView]:
        """Every document, most recently published first (undated last), without their texts."""
        rows = sorted(
            self.documents.items(),
            key=lambda item: (str(item[1].get("published") or ""), item[0]),
            reverse=True,
        )
        return [DocumentView.from_row({**row, "name": name, "text": None}) for name, row in rows]
