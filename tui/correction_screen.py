"""The correction form (``E``): an analyst fixes the selected event's date, countries and type.

The modal only collects and checks values; it returns a ``CorrectionChange``
and the app writes it in a worker, so the event loop never waits on the store
lock. A bad value keeps the form open with the store's own one-line message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from store.about.type_labels import event_type_label as type_label
from store.model import EVENT_TYPES
from store.storage.correction_values import CorrectionError, validate_date
from store.text.visible import visible
from tui.correction_form import CorrectionChange, change_from_form

if TYPE_CHECKING:
    from store.event_view import EventView

_PRECISION_HINT = {"day": "day precision", "month": "month precision", "year": "year precision"}


class RejectBox(Checkbox, inherit_bindings=False):
    """A checkbox that leaves ``enter`` to the form (save) and toggles with ``space`` only."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("space", "toggle_button", "Toggle", show=False)]


class CorrectionScreen(ModalScreen[CorrectionChange | None]):
    """Date, countries, type and "reject" of one event; enter saves, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="correction.cancel", tooltip="Close without saving"),
        Binding("enter", "save", "Save", id="correction.save", tooltip="Check and save the correction"),
        Binding("ctrl+s", "save", "Save", show=False, priority=True),
    ]

    DEFAULT_CSS = """
    CorrectionScreen {
        align: center middle;
        & > Vertical {
            width: 76; max-width: 100%; height: auto;
            border: round $border; border-title-align: center; border-subtitle-color: $text-muted;
            background: $surface; padding: 0 1;
        }
        #correction-sentence { color: $text-muted; max-height: 4; margin-bottom: 1; }
        #correction-extracted { color: $text-secondary; margin-bottom: 1; }
        .field { height: 1; }
        .field > Label { width: 11; text-style: bold; }
        .field > Input { width: 28; }
        .field > Select { width: 30; }
        .field > .hint { width: 1fr; padding-left: 2; color: $text-muted; }
        #correction-reject { margin-top: 1; }
        #correction-error { height: 1; color: $text-error; text-wrap: nowrap; text-overflow: ellipsis; }
        #correction-buttons { height: 1; align-horizontal: right; }
        #correction-buttons > Button { margin-left: 2; }
    }
    """

    def __init__(self, event: EventView, extracted: EventView) -> None:
        super().__init__()
        self.event = event
        self.extracted = extracted
        self.error: str | None = None

    def compose(self) -> ComposeResult:
        event = self.event
        kind = event.type
        kinds = list(EVENT_TYPES) if kind in EVENT_TYPES else [*EVENT_TYPES, kind]
        with Vertical() as box:
            box.border_title = "Correct event"
            box.border_subtitle = "⏎ save · esc cancel · tab next field"
            sentence = visible(" ".join(event.sentence.split()))
            yield Static(Text(f"“{sentence}”"), id="correction-sentence")
            yield Static(Text(visible(self._extracted_line())), id="correction-extracted")
            with Horizontal(classes="field"):
                yield Label("Date")
                yield Input(
                    visible(event.shown_date), placeholder="YYYY-MM-DD", id="correction-date", compact=True
                )
                yield Label(self._precision_hint(event.shown_date), id="correction-precision", classes="hint")
            with Horizontal(classes="field"):
                yield Label("Target")
                yield Input(
                    event.target_date or "",
                    placeholder="planned date, or empty",
                    id="correction-target",
                    compact=True,
                )
                yield Label("a plan or deadline: the title's “by …”", classes="hint")
            with Horizontal(classes="field"):
                yield Label("Countries")
                yield Input(
                    visible(", ".join(event.countries)),
                    placeholder="ML, FR",
                    id="correction-countries",
                    compact=True,
                )
                yield Label("2-letter codes, comma-separated", classes="hint")
            with Horizontal(classes="field"):
                yield Label("Type")
                yield Select(
                    [(Text(visible(type_label(k))), k) for k in kinds],
                    value=kind,
                    allow_blank=False,
                    id="correction-type",
                    compact=True,
                )
            yield RejectBox("Reject: not an event", event.rejected, id="correction-reject", compact=True)
            yield Static("", id="correction-error")
            with Horizontal(id="correction-buttons"):
                yield Button("Save", variant="primary", id="correction-save", compact=True)
                yield Button("Cancel", id="correction-cancel", compact=True)

    def _extracted_line(self) -> str:
        """What extraction said, so the analyst sees what a correction departs from."""
        old = self.extracted
        date = old.shown_date or "undated"
        countries = ", ".join(old.countries) or "no country"
        kind = type_label(old.type)
        return f"Extracted: {date} · {countries} · {kind}"

    @staticmethod
    def _precision_hint(value: str) -> str:
        """The precision the typed date will be stored with, once it is a date."""
        try:
            return _PRECISION_HINT[validate_date(value)[1]]
        except CorrectionError:
            return "YYYY, YYYY-MM or YYYY-MM-DD"

    def on_mount(self) -> None:
        self.query_one("#correction-date", Input).focus()

    @on(Input.Changed, "#correction-date")
    def _date_changed(self, event: Input.Changed) -> None:
        self.query_one("#correction-precision", Label).update(self._precision_hint(event.value))

    @on(Input.Changed)
    @on(Select.Changed)
    @on(Checkbox.Changed)
    def _edited(self) -> None:
        """An error is about the values saved last: it goes as soon as the analyst edits."""
        if self.error is not None:
            self.show_error(None)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed, "#correction-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#correction-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def action_save(self) -> None:
        """Check the form; close with the change, or show the first problem in one line."""
        kind = self.query_one("#correction-type", Select).value
        try:
            change = change_from_form(
                self.event,
                date=self.query_one("#correction-date", Input).value,
                countries=self.query_one("#correction-countries", Input).value,
                type=kind if isinstance(kind, str) else self.event.type,
                rejected=self.query_one("#correction-reject", RejectBox).value,
                target=self.query_one("#correction-target", Input).value,
            )
        except CorrectionError as exc:
            self.show_error(exc.message)
            return
        if change is None:
            self.app.notify("Nothing changed: the event keeps its values", timeout=3)
        self.dismiss(change)

    def show_error(self, message: str | None) -> None:
        self.error = message
        self.query_one("#correction-error", Static).update(Text(visible(message or "")))

    def action_cancel(self) -> None:
        self.dismiss(None)
