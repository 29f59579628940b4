"""The timeline: a virtual table that draws only the rows on screen.

Textual's ``DataTable`` builds every row up front (about 20 s for 100,000
events); this ``ScrollView`` keeps a list of visible event indices and renders
a line only when the compositor asks for it, caching the strips it made
(``tui.timeline_drawing``). Here: the rows, the cursor and the keys that move it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.cells import Columns, display_date, fit
from tui.correction_bindings import CORRECTION_BINDINGS
from tui.timeline_drawing import (
    CORRECTED_MARK,
    INFERRED_MARK,
    REJECTED_MARK,
    UNDATED_LABEL,
    TimelineDrawing,
)

if TYPE_CHECKING:
    from store.browse import Corpus
    from store.event_view import EventView

__all__ = [  # what the other screens and the tests read from here
    "CORRECTED_MARK",
    "INFERRED_MARK",
    "REJECTED_MARK",
    "UNDATED_LABEL",
    "Columns",
    "Timeline",
    "display_date",
    "fit",
]


class Timeline(TimelineDrawing, ScrollView, can_focus=True):
    """One row per event in date order; the cursor is the selected event."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="timeline.down", tooltip="Select the next event"),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False, id="timeline.up", tooltip="Select the previous event"),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False, id="timeline.first", tooltip="Select the first event"),
        Binding("home", "first", "First", show=False),
        Binding("G", "last", "Last", show=False, id="timeline.last", tooltip="Select the last event"),
        Binding("end", "last", "Last", show=False),
        Binding(
            "pagedown",
            "page_down",
            "Page down",
            show=False,
            id="timeline.page_down",
            tooltip="Move one screen down",
        ),
        Binding(
            "pageup", "page_up", "Page up", show=False, id="timeline.page_up", tooltip="Move one screen up"
        ),
        Binding(
            "enter",
            "open",
            "Source",
            id="timeline.open",
            tooltip="Jump to the sentence that reports this event",
        ),
        Binding(
            "s",
            "flip_sort",
            "Sort",
            id="timeline.sort",
            tooltip="Flip the date order (undated events stay last)",
        ),
        *CORRECTION_BINDINGS,
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline--header",
        "timeline--cursor",
        "timeline--cursor-blurred",
        "timeline--inferred",
        "timeline--undated",
        "timeline--group",
        "timeline--placeholder",
        "timeline--source",
        "timeline--corrected",
        "timeline--rejected",
    }

    DEFAULT_CSS = """
    Timeline {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
        & > .timeline--header { text-style: bold; color: $text-primary; }
        & > .timeline--cursor { background: $block-cursor-background; color: $block-cursor-foreground;
                                text-style: bold; }
        & > .timeline--cursor-blurred { background: $block-cursor-blurred-background; }
        & > .timeline--inferred { color: $text-warning; }
        & > .timeline--undated { color: $text-muted; }
        & > .timeline--group { color: $text-secondary; text-style: italic; }
        & > .timeline--placeholder { color: $text-muted; text-style: italic; }
        & > .timeline--source { color: $text-muted; }
        & > .timeline--corrected { color: $text-accent; }
        & > .timeline--rejected { color: $text-muted; text-style: strike; }
    }
    """

    class Selected(Message):
        """The cursor is on another event (``index`` into the corpus), or on none."""

        def __init__(self, timeline: Timeline, index: int | None) -> None:
            super().__init__()
            self.timeline = timeline
            self.index = index

        @property
        def control(self) -> Timeline:
            return self.timeline

        def can_replace(self, message: Message) -> bool:
            # Holding ``j`` posts a burst: only the last selection needs drawing.
            return isinstance(message, Timeline.Selected) and message.timeline is self.timeline

    class Opened(Message):
        """``enter`` on an event: show its sentence in the viewer."""

        def __init__(self, timeline: Timeline, index: int) -> None:
            super().__init__()
            self.timeline = timeline
            self.index = index

    class SortFlipped(Message):
        """The date order changed; ``descending`` is the new order."""

        def __init__(self, descending: bool) -> None:
            super().__init__()
            self.descending = descending

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.corpus: Corpus | None = None
        self.rows: list[int] = []
        self.cursor: int = -1
        self.descending: bool = False
        self.placeholder: str = "Loading events…"
        self._undated_at: int | None = None
        self._cache: LRUCache[tuple[Any, ...], Strip] = LRUCache(1024)
        self._last_posted: int | None = -1
        self._frame_style: tuple[int, Style] | None = None  # (width, base style) while a frame is drawn

    # -- state -----------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def selected_index(self) -> int | None:
        """Corpus index of the selected event."""
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    @property
    def selected_event(self) -> EventView | None:
        index = self.selected_index
        return None if index is None or self.corpus is None else self.corpus.event(index)

    def set_corpus(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._cache.clear()

    def set_placeholder(self, text: str) -> None:
        """What the table says when it has no rows (loading, empty store, nothing matches)."""
        self.placeholder = text
        self.refresh()

    def set_rows(self, rows: list[int], *, keep: int | None = None) -> None:
        """Show ``rows``; keep ``keep`` selected if visible, else the nearest event after it."""
        previous = self.selected_index if keep is None else keep
        self.rows = rows
        self._undated_at = self._find_undated(rows)
        if not rows:
            self.cursor = -1
        elif previous is None:
            self.cursor = 0
        else:
            self.cursor = min(self._nearest_position(previous), len(rows) - 1)
        self._update_virtual_size()
        self.refresh()
        self.scroll_to_cursor()
        self._post_selected()

    def select_index(self, index: int, *, center: bool = False) -> bool:
        """Move the cursor to corpus event ``index``; ``False`` when it is filtered out."""
        try:
            position = self.rows.index(index)
        except ValueError:
            return False
        self._move_to(position, center=center)
        return True

    def flip_sort(self) -> None:
        if self.corpus is None:
            return
        keep = self.selected_index
        self.descending = not self.descending
        self.set_rows(self.corpus.display_order(sorted(self.rows), self.descending), keep=keep)
        self.post_message(self.SortFlipped(self.descending))

    def _find_undated(self, rows: list[int]) -> int | None:
        if self.corpus is None or not rows:
            return None
        first_undated = self.corpus.undated_from
        position = len(rows)
        while position and rows[position - 1] >= first_undated:
            position -= 1
        return position if position < len(rows) else None

    def _display_key(self) -> Callable[[int], tuple[int, int]]:
        first_undated = self.corpus.undated_from if self.corpus else 0
        if self.descending:
            return lambda i: (0, -i) if i < first_undated else (1, i)
        return lambda i: (0, i)

    def _nearest_position(self, index: int) -> int:
        key = self._display_key()
        return bisect_left(self.rows, key(index), key=key)

    def _line_of(self, position: int) -> int:
        """Content line (below the header) showing row ``position``."""
        if self._undated_at is not None and position >= self._undated_at:
            return position + 1
        return position

    def _position_of_line(self, line: int) -> int | None:
        if self._undated_at is not None:
            if line == self._undated_at:
                return None
            if line > self._undated_at:
                line -= 1
        return line if 0 <= line < len(self.rows) else None

    @property
    def _line_count(self) -> int:
        return len(self.rows) + (1 if self._undated_at is not None else 0)

    @property
    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _update_virtual_size(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self._line_count + 1)

    def _post_selected(self) -> None:
        index = self.selected_index
        if index != self._last_posted:
            self._last_posted = index
            self.post_message(self.Selected(self, index))

    def _move_to(self, position: int, *, center: bool = False) -> None:
        if not self.rows:
            return
        before, top = self.cursor, round(self.scroll_y)
        self.cursor = max(0, min(position, len(self.rows) - 1))
        self.scroll_to_cursor(center=center)
        if round(self.scroll_y) == top and 0 <= before < len(self.rows):
            # Not scrolled: only the rows losing and gaining the cursor change (a scroll redraws all).
            self.refresh_lines(self._line_of(before) + 1)
            self.refresh_lines(self._line_of(self.cursor) + 1)
        else:
            self.refresh()
        self._post_selected()

    def scroll_to_cursor(self, *, center: bool = False) -> None:
        """Bring the selected row on screen (to the middle when ``center``)."""
        if self.cursor < 0:
            return
        line = self._line_of(self.cursor)
        visible = self._page
        top = round(self.scroll_y)
        if center:
            target = line - visible // 2
        elif line < top:
            target = line
        elif line >= top + visible:
            target = line - visible + 1
        else:
            return
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    # -- actions -----------------------------------------------------------------

    def action_cursor_down(self) -> None:
        self._move_to(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self._move_to(self.cursor - 1)

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(len(self.rows) - 1)

    def action_page_down(self) -> None:
        self._move_to(self.cursor + self._page)

    def action_page_up(self) -> None:
        self._move_to(self.cursor - self._page)

    def action_open(self) -> None:
        index = self.selected_index
        if index is not None:
            self.post_message(self.Opened(self, index))

    def action_flip_sort(self) -> None:
        self.flip_sort()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"open", "cursor_down", "cursor_up", "first", "last", "page_down", "page_up"}:
            return True if self.rows else None
        if action == "flip_sort":
            return True if self.corpus is not None else None
        return True

    # -- mouse -------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return
        position = self._position_of_line(round(self.scroll_y) + offset.y - 1)
        if position is None:
            return
        self._move_to(position)
        if event.chain >= 2:
            self.action_open()

    # -- drawing -----------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._update_virtual_size()
        self.scroll_to_cursor()
