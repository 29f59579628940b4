"""The documents list (``D``): every stored report, to jump to its events or remove it.

Removing asks twice (``x``, then ``x`` again on the same document): it takes
the document's events with it. The analyst's corrections are kept, orphaned.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from store.browse import Corpus
from store.event_view import DocumentView
from store.text.visible import visible
from tui.timeline import fit


@dataclass(frozen=True, slots=True)
class DocumentChoice:
    """What the list was closed with: ``open`` a document's events, or ``remove`` it."""

    action: str  # "open" | "remove"
    name: str


class DocumentsScreen(ModalScreen[DocumentChoice | None]):
    """The stored documents, newest publication first, with their event counts."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close", id="documents.close", tooltip="Back to the timeline"),
        Binding("enter", "open", "Events", id="documents.open", tooltip="Show this document's first event"),
        Binding(
            "x",
            "remove",
            "Remove",
            id="documents.remove",
            tooltip="Remove this document and its events (press twice); corrections are kept, orphaned",
        ),
        Binding("delete", "remove", "Remove", show=False),
        Binding("j", "cursor(1)", "Down", show=False),
        Binding("k", "cursor(-1)", "Up", show=False),
    ]

    DEFAULT_CSS = """
    DocumentsScreen {
        align: center middle;
        & > Vertical {
            width: 100; max-width: 100%; height: auto; max-height: 90%;
            border: round $border; background: $surface; padding: 0 1;
        }
        & OptionList {
            height: auto; max-height: 30; border: none; text-wrap: nowrap; text-overflow: ellipsis;
        }
        & #documents-note { color: $text-warning; height: auto; }
    }
    """

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus
        self.documents = corpus.documents_newest_first()
        self.names: list[str] = [d.name for d in self.documents]
        self._armed: str | None = None  # the document ``x`` was pressed on once

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = f"Documents ({len(self.names)})"
            box.border_subtitle = "⏎ its events · x remove · esc close"
            yield OptionList(*(Option(self._row(d), id=d.name) for d in self.documents), id="documents")
            yield Label("", id="documents-note")

    def _row(self, doc: DocumentView) -> Text:
        count = len(self.corpus.events_in_document(doc.name))
        cells = [
            fit(doc.published or "undated", 11),
            fit(doc.language or "und", 4),
            f"{count:>5} ",
            fit(visible(doc.name), 26),
            fit(visible(doc.publisher or ""), 22).rstrip(),
        ]
        return Text(" ".join(cells), no_wrap=True, overflow="ellipsis")

    def _highlighted(self) -> str | None:
        index = self.query_one(OptionList).highlighted
        return self.names[index] if index is not None and 0 <= index < len(self.names) else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self._armed is not None and self._highlighted() != self._armed:
            self._armed = None
            self.query_one("#documents-note", Label).update("")

    def action_cursor(self, step: int) -> None:
        options = self.query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_open(self) -> None:
        name = self._highlighted()
        if name is not None:
            self.dismiss(DocumentChoice("open", name))

    def action_remove(self) -> None:
        name = self._highlighted()
        if name is None:
            return
        if self._armed == name:
            self.dismiss(DocumentChoice("remove", name))
            return
        self._armed = name
        count = len(self.corpus.events_in_document(name))
        self.query_one("#documents-note", Label).update(
            Text(
                f"Press x again to remove {visible(name)} and its {count} events "
                "(your corrections of them are kept, listed as orphaned)."
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
