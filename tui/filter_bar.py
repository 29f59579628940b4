"""The filter bar above the timeline: free text, the type being cycled, a date range."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label

from store.errors import MaliTuiError
from store.query import InvertedRangeError, parse_range
from store.text.visible import visible
from tui.filter_input import FilterInput
from tui.first_frame import compact_from_the_start

RANGE_HELP = "Dates shown: 2022, 2022-02..2023-06, 2023.. or ..2021-06"


class FilterBar(Horizontal):
    """Posts ``FilterBar.Changed`` with the text and the parsed date range as the user types.

    An ``Input`` keeps printable keys and ignores escape, so escape is bound
    here, on the bar, to hand focus back to the timeline.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "done", "Timeline", id="filter.back", tooltip="Back to the timeline"),
    ]

    DEFAULT_CSS = """
    FilterBar {
        height: 1;
        width: 1fr;
        & > Input { height: 1; }
        & > #filter-text { width: 2fr; min-width: 8; }
        & > #filter-range { width: 1fr; max-width: 26; min-width: 10; }
        & > #filter-range.-invalid { color: $text-error; }
        & > #filter-range-state { width: auto; display: none; color: $text-error; text-style: bold; }
        & > #filter-range-state.-shown { display: block; }
        & > #filter-type { width: auto; padding: 0 1; color: $text-secondary; }
        & > #filter-force { width: auto; max-width: 28; padding: 0 1; color: $text-accent; display: none; }
        & > #filter-force.-on { display: block; }
    }
    """

    class Changed(Message):
        """The text or the date range changed (``since``/``until`` are day bounds or ``None``)."""

        def __init__(self, text: str, since: str | None, until: str | None) -> None:
            super().__init__()
            self.text = text
            self.since = since
            self.until = until

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, FilterBar.Changed)

    class Done(Message):
        """``escape`` or ``enter``: the user is done typing."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.since: str | None = None
        self.until: str | None = None
        self.range_error: str | None = None

    def compose(self) -> ComposeResult:
        yield compact_from_the_start(
            FilterInput(placeholder="/ filter: text, place, title…", id="filter-text")
        )
        yield Label("type: all", id="filter-type")
        yield Label("", id="filter-force")
        # "dates: all" like "type: all": an example range here read as a filter already set.
        dates = FilterInput(placeholder="dates: all (from..to)", id="filter-range")
        dates.tooltip = RANGE_HELP
        yield compact_from_the_start(dates)
        yield Label("", id="filter-range-state")

    @property
    def text(self) -> str:
        return self.query_one("#filter-text", Input).value

    @property
    def range_text(self) -> str:
        """The date range as typed ("2022-02..2023-06")."""
        return self.query_one("#filter-range", Input).value

    def focus_text(self) -> None:
        """Focus the text box now, not after the keys already queued (``Widget.focus`` is deferred):
        "/" then "egypt" typed at once must reach the box, not the timeline's keys (e exports)."""
        self.screen.set_focus(self.query_one("#filter-text", Input))

    def show_type(self, label: str) -> None:
        self.query_one("#filter-type", Label).update(Text(f"type: {visible(label)}"))

    def show_force(self, name: str | None) -> None:
        """The board row the timeline is narrowed to ("force: Egypt in Mali"), hidden when none."""
        label = self.query_one("#filter-force", Label)
        label.update(f"force: {name}" if name else "")
        label.set_class(bool(name), "-on")

    def clear(self) -> None:
        """Empty both inputs without posting a change (the caller refilters once)."""
        for field in self.query(Input):
            with field.prevent(Input.Changed):
                field.value = ""
        self.since = self.until = self.range_error = None
        self.query_one("#filter-range", Input).remove_class("-invalid")
        self.query_one("#filter-range-state", Label).remove_class("-shown")

    def set_text(self, text: str) -> None:
        field = self.query_one("#filter-text", Input)
        with field.prevent(Input.Changed):
            field.value = text

    def set_range(self, text: str) -> None:
        field = self.query_one("#filter-range", Input)
        with field.prevent(Input.Changed):
            field.value = text
        self._parse_range(text)

    def _parse_range(self, value: str) -> None:
        field = self.query_one("#filter-range", Input)
        state = self.query_one("#filter-range-state", Label)
        try:
            self.since, self.until = parse_range(value)
            self.range_error = None
        except MaliTuiError as exc:
            # Said, not kept silently: the dates filter nothing until the range reads as one.
            self.since = self.until = None
            self.range_error = exc.message
            state.update("inverted" if isinstance(exc, InvertedRangeError) else "invalid")
        field.set_class(self.range_error is not None, "-invalid")
        state.set_class(self.range_error is not None, "-shown")
        field.tooltip = self.range_error or RANGE_HELP
        state.tooltip = self.range_error

    @on(Input.Changed, "#filter-range")
    def _range_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._parse_range(event.value)
        self.post_message(self.Changed(self.text, self.since, self.until))

    @on(Input.Changed, "#filter-text")
    def _text_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value, self.since, self.until))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Done())

    def action_done(self) -> None:
        self.post_message(self.Done())
