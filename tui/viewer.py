"""The source viewer: the whole stored document with the event's sentence highlighted, and its header.

Analysts must trust every date, so the viewer shows the document exactly as
stored and highlights exactly ``text[start:end]``; the other event sentences of
the document are marked more faintly so that ``n``/``p`` have somewhere to go.
The selected event's fields, under the source, are ``tui.event_details``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from store.text.visible import visible
from tui.correction_bindings import CORRECTION_BINDINGS
from tui.report_bindings import REPORT_BINDINGS
from tui.timeline import fit
from tui.wrap import WrappedText, wrap_offsets

if TYPE_CHECKING:
    from store.event_view import DocumentView


def _printable(text: str) -> str:
    """Control characters (but line breaks) drawn as symbols, one for one, so offsets still line up."""
    return visible(text, keep_newlines=True)


class SourceView(ScrollView, can_focus=True):
    """The stored text of one document, wrapped to the pane, drawn line by line."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "n",
            "step(1)",
            "Next",
            id="viewer.next",
            tooltip="Next event sentence of this document (the timeline follows)",
        ),
        Binding(
            "p",
            "step(-1)",
            "Previous",
            id="viewer.previous",
            tooltip="Previous event sentence of this document (the timeline follows)",
        ),
        Binding(
            "escape",
            "back",
            "Timeline",
            id="viewer.back",
            tooltip="Back to the timeline, same event selected",
        ),
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding(
            "z",
            "center",
            "Centre",
            show=False,
            id="viewer.center",
            tooltip="Scroll the highlighted sentence back to the middle",
        ),
        *CORRECTION_BINDINGS,
        *REPORT_BINDINGS,
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "source--highlight",
        "source--other",
        "source--placeholder",
        "source--match",
    }

    DEFAULT_CSS = """
    SourceView {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
        padding: 0 1;
        & > .source--highlight { background: $accent-muted; color: $text; text-style: bold; }
        & > .source--other { color: $text-secondary; text-style: underline; }
        & > .source--placeholder { color: $text-muted; text-style: italic; }
        & > .source--match { background: $warning-muted; color: $text; }
    }
    """

    class Step(Message):
        """``n``/``p``: move to the next (``+1``) or previous (``-1``) event of this document."""

        def __init__(self, direction: int) -> None:
            super().__init__()
            self.direction = direction

    class Back(Message):
        """``escape``: return to the timeline."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.document: DocumentView | None = None
        self.highlight: tuple[int, int] | None = None
        self.others: list[tuple[int, int]] = []
        self.matches: list[tuple[int, int]] = []  # the text filter's words, found in this document
        self.placeholder = "No event selected."
        self._display_text = ""
        self._wrapped: WrappedText | None = None
        self._cache: LRUCache[tuple[Any, ...], Strip] = LRUCache(512)

    def show(
        self,
        document: DocumentView | None,
        highlight: tuple[int, int] | None,
        others: list[tuple[int, int]],
        *,
        center: bool = True,
        matches: list[tuple[int, int]] | None = None,
    ) -> None:
        """Show ``document``: ``highlight`` (text offsets), the other spans, the filter's ``matches``."""
        if document != self.document:  # a view of the same row is equal: the wrapped text is kept
            self.document = document
            self._display_text = _printable(document.text) if document else ""
            self._wrapped = None
        self.highlight = highlight
        self.others = [span for span in others if span != highlight]
        self.matches = list(matches or ())
        self._cache.clear()
        self._rewrap()
        self.refresh()
        if center:
            self.center_highlight()

    def _rewrap(self) -> None:
        width = max(1, self.scrollable_content_region.width)
        if self.document is None:
            self._wrapped = None
            self._set_virtual_size(Size(width, 0))
            return
        if self._wrapped is None or self._wrapped.width != width:
            self._wrapped = wrap_offsets(self._display_text, width)
            self._cache.clear()
        self._set_virtual_size(Size(width, len(self._wrapped.lines)))

    def _set_virtual_size(self, size: Size) -> None:
        """The wrapped text's size, without a layout pass of the whole screen.

        The pane's size never depends on the text, so only the scrollbar and the
        scroll limits follow, as a layout pass would set them; when the scrollbar
        appears or disappears, ``show_vertical_scrollbar`` asks for the layout.
        """
        if size == self.virtual_size:
            return
        if not self.is_mounted or not self.container_size:
            self.virtual_size = size  # not laid out yet: the first layout does it all
            return
        self.set_reactive(SourceView.virtual_size, size)
        self._scroll_update(size)

    @property
    def highlight_lines(self) -> tuple[int, int] | None:
        """First and last screen lines of the highlighted sentence."""
        if self.highlight is None or self._wrapped is None:
            return None
        start, end = self.highlight
        return self._wrapped.line_of(start), self._wrapped.line_of(max(start, end - 1))

    def center_highlight(self) -> None:
        """Scroll so that the highlighted sentence sits in the middle of the pane."""
        lines = self.highlight_lines
        if lines is None:
            return
        first, last = lines
        height = self.scrollable_content_region.height
        target = (first + last) // 2 - height // 2
        target = min(target, first)  # a sentence longer than the pane shows from its start
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    def action_step(self, direction: int) -> None:
        self.post_message(self.Step(direction))

    def action_back(self) -> None:
        self.post_message(self.Back())

    def action_center(self) -> None:
        self.center_highlight()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"step", "center"}:
            return True if self.highlight is not None else None
        return True

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap()
        self.center_highlight()

    def watch_show_vertical_scrollbar(self) -> None:
        """The scrollbar came or went: the text has another width (no resize event says so)."""
        if self._wrapped is not None and self._wrapped.width != self.scrollable_content_region.width:
            self._rewrap()
            self.center_highlight()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        wrapped = self._wrapped
        if wrapped is None:
            if y == 1:
                style = self.get_component_rich_style("source--placeholder", partial=True)
                return self._strip(Text(self.placeholder, style=style), width, base)
            return Strip.blank(width, base)
        line = round(self.scroll_y) + y
        if not 0 <= line < len(wrapped.lines):
            return Strip.blank(width, base)
        key = (line, width, self.highlight, self.app.theme)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._line_strip(*wrapped.lines[line], width=width, base=base)
            self._cache[key] = strip
        return strip

    def _line_strip(self, start: int, end: int, *, width: int, base: Style) -> Strip:
        text = Text(self._display_text[start:end].rstrip())
        spans = (
            ("source--other", self.others),  # later marks are drawn over earlier ones
            ("source--highlight", [self.highlight] if self.highlight is not None else []),
            ("source--match", self.matches),
        )
        for component, marked in spans:
            if marked:
                style = self.get_component_rich_style(component, partial=True)
                for span_start, span_end in marked:
                    if span_start < end and span_end > start:
                        text.stylize(style, max(0, span_start - start), span_end - start)
        return self._strip(text, width, base)

    def _strip(self, text: Text, width: int, base: Style) -> Strip:
        segments = list(text.render(self.app.console))
        return Strip(segments).crop(0, width).adjust_cell_length(width, base).apply_style(base)


PUBLISHER_CELLS = 28
"""A long publisher name ("Autonomous Nonprofit Organization …") is cut to this: it must not hide the date."""


class SourceHeader(Static):
    """Publication date (or "undated"), language, file and publisher of the shown document.

    The date comes first because it is what the reader checks the event's date
    against; a long publisher name comes last, cut short, where losing its end costs least.
    """

    DEFAULT_CSS = """
    SourceHeader { height: 1; color: $text-muted; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def show(self, document: DocumentView | None) -> None:
        # One line whatever it says (``height: 1``): no layout pass.
        if not document:
            self.update("", layout=False)
            return
        publisher = visible(document.publisher or "unknown publisher")
        published = document.published or "undated"
        if document.modified_apart:
            published += f" (modified {document.modified_apart})"  # the dates are read against the first
        parts = [
            published,
            document.language or "und",
            visible(document.name),
            fit(publisher, PUBLISHER_CELLS).rstrip(),
        ]
        parts = [visible(str(p)) for p in parts]
        text = Text(" · ".join(p for p in parts if p), no_wrap=True, overflow="ellipsis")
        text.stylize("bold", 0, len(parts[0]))
        self.update(text, layout=False)
