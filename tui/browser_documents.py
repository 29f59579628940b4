"""The browser screen's actions on documents and the events shown: cite, open, list and remove, export.

A mixin of ``tui.browser_screen.BrowserScreen``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from textual import work

from store.errors import MaliTuiError, StoreLockedError
from store.text.visible import visible
from store.web import openable_url
from tui.messages import (
    CorrectionFailed,
    ExportDone,
    ExportFailed,
)


class DocumentActions:
    """``y`` cite, ``o`` open the web page, ``D`` the documents list (and removal), ``e`` export."""

    def action_copy_citation(self: Any) -> None:
        corpus, index = self.corpus, self.timeline.selected_index
        if self.refused("copy_citation") or corpus is None or index is None:
            return
        from tui.citation import format_citation

        citation = format_citation(corpus.event(index), corpus.document_at(index), today=self.today)
        self.app.copy_to_clipboard(citation)
        self.notify(visible(citation), title="Citation copied", timeout=8, markup=False)

    def _selected_url(self: Any) -> str | None:
        corpus, index = self.corpus, self.timeline.selected_index
        if corpus is None or index is None:
            return None
        return openable_url(corpus.document_at(index).url)

    def action_open_url(self: Any) -> None:
        """``o``: the selected event's document in the web browser, when it has an http(s) URL."""
        url = self._selected_url()
        if url is None:
            self.notify("This document has no web address to open.", severity="warning", timeout=3)
            return
        self._open_in_browser(url)
        self.notify(visible(url), title="Opening in the web browser", timeout=4, markup=False)

    @work(thread=True, group="open", exit_on_error=False)
    def _open_in_browser(self: Any, url: str) -> None:
        """``webbrowser.open`` may start a browser and wait for it: never on the UI thread."""
        import webbrowser

        webbrowser.open(url)

    def action_documents(self: Any) -> None:
        """``D``: the documents list; ``enter`` shows a document's first event, ``x x`` removes it."""
        from tui.documents_screen import DocumentChoice, DocumentsScreen

        if self.corpus is None or isinstance(self.app.screen, DocumentsScreen):
            return

        def chosen(choice: DocumentChoice | None) -> None:
            if choice is None or self.corpus is None:
                return
            if choice.action == "remove":
                if self.refused("toggle_reject"):  # a write: the same rule as corrections
                    return
                self.remove_document(choice.name)
                return
            visible_rows = self.timeline.shown_reports()
            first = next((i for i in self.corpus.events_in_document(choice.name) if i in visible_rows), None)
            if first is None:
                self.notify("None of this document's events is in the current filter.", timeout=4)
            else:
                self.timeline.select_index(first, center=True)
                self.timeline.focus()

        self.app.push_screen(DocumentsScreen(self.corpus), chosen)

    @work(thread=True, exclusive=True, group="corrections", exit_on_error=False)
    def remove_document(self: Any, name: str) -> None:
        """Remove one document and its events under the store lock, then read the store again."""
        from store.removing import remove_documents

        try:
            result = remove_documents(self.store, [name])
        except MaliTuiError as exc:
            self.post_message(CorrectionFailed(str(exc), locked=isinstance(exc, StoreLockedError)))
            return
        self.app.call_from_thread(self._removed, result.summary())

    def _removed(self: Any, summary: str) -> None:
        """After a removal: say what went, and show the store without it (the selection kept if it stays)."""
        self.notify(visible(summary), title="Removed", timeout=6, markup=False)
        self._reloading = self._quiet_reload = True
        self.reload_store()

    def action_export(self: Any, fmt: str = "jsonl") -> None:
        if self.refused("export") or self.corpus is None:
            return
        events = self.corpus.exportable_rows(self.timeline.report_rows)  # rejected ones stay on screen only
        folder = self.export_dir if self.export_dir is not None else Path.cwd()
        suffix = {"acled": "acled.csv", "timelinejs": "timeline.json"}.get(fmt, fmt)
        self._export(events, _free_path(folder, f"mali-tui-export.{suffix}"), fmt)

    @work(thread=True, group="export", exit_on_error=False, description="export")
    def _export(self: Any, events: list[dict[str, Any]], path: Path, fmt: str) -> None:
        try:
            from store.export import export_events

            count = export_events(
                events,
                path,
                fmt,
                documents=self.corpus.documents if self.corpus else None,
                store=self.store.path,
            )
            self.post_message(ExportDone(_shown_path(path), count))
        except (MaliTuiError, OSError, ImportError) as exc:
            self.post_message(ExportFailed(str(exc)))

    def on_export_done(self: Any, message: ExportDone) -> None:
        self.notify(f"Exported {message.count} events to {message.path}", title="Export")

    def on_export_failed(self: Any, message: ExportFailed) -> None:
        self.notify(visible(message.error), title="Export failed", severity="error", markup=False)


def _free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2``, ``name-3``… so an export never overwrites another."""
    path = folder / name
    stem, suffix = path.stem, path.suffix
    counter = 2
    while path.exists():
        path = folder / f"{stem}-{counter}{suffix}"
        counter += 1
    return path


def _shown_path(path: Path) -> str:
    """The path relative to the working folder when it is inside it (shorter, no home folder)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative
