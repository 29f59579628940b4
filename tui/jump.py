"""Jumping to a date: where a date falls in the timeline, and the prompt that asks for it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from store.browse import Corpus
from store.query import date_bounds


def position_for_date(corpus: Corpus, rows: list[int], when: str, *, descending: bool) -> int | None:
    """The first row on or after ``when``, at the precision given, in display order (``None``: none).

    Ascending, that is the first event that starts on or after the date's first
    day: jumping to ``2023-06`` lands on June 2023 (a month-only "2023-06" row
    first), never on a year-only "2023" row above it, which may mean January.
    Descending, the first that ends on or before the date's last day. Raises
    ``MaliTuiError`` on a malformed date.
    """
    lo, hi = date_bounds(when)
    for position, index in enumerate(rows):
        bounds = corpus.bounds[index]
        if bounds is None:
            return None
        if (bounds[1] <= hi) if descending else (bounds[0] >= lo):
            return position
    return None


class JumpScreen(ModalScreen[str | None]):
    """Asks for a date (``2023``, ``2023-06``, ``2023-06-30``); escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="jump.cancel", tooltip="Close without jumping"),
    ]

    DEFAULT_CSS = """
    JumpScreen {
        align: center middle;
        & > Vertical { width: 44; height: auto; border: round $border; background: $surface; padding: 0 1; }
    }
    """

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Jump to date"
            yield Label("YYYY, YYYY-MM or YYYY-MM-DD")
            yield Input(placeholder="2023-06", id="jump-date", compact=True)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
