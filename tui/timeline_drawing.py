"""How the timeline draws its rows: one strip per visible line, cached by event, width and cursor.

A mixin of ``tui.timeline.Timeline`` (its state: ``rows``, ``cursor``, the
corpus and the strip cache). Only the lines on screen are drawn; a row's strip
is kept until its event, the width, the cursor on it or the theme changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region
from textual.strip import Strip

from tui.cells import Columns, display_date, fit, title_after_type

if TYPE_CHECKING:
    from store.event_view import EventView

UNDATED_LABEL = "— undated —"
INFERRED_MARK = "~"
CORRECTED_MARK = "✎"
REJECTED_MARK = "✗"


class TimelineDrawing:
    """The timeline's ``render_line`` and the strips it is made of."""

    def on_focus(self: Any, event: events.Focus) -> None:
        self.refresh()

    def on_blur(self: Any, event: events.Blur) -> None:
        self.refresh()

    def notify_style_update(self: Any) -> None:
        super().notify_style_update()
        self._cache.clear()

    def render_lines(self: Any, crop: Region) -> list[Strip]:
        """The lines of one frame, sharing the widget's base style (computed once, not once a line)."""
        self._frame_style = (self.scrollable_content_region.width, self.rich_style)
        try:
            return super().render_lines(crop)
        finally:
            self._frame_style = None

    def render_line(self: Any, y: int) -> Strip:
        width, base = self._frame_style or (self.scrollable_content_region.width, self.rich_style)
        if y == 0:
            return self._header_strip(width, base)
        if not self.rows:
            if y == 2:
                text = Text(fit(" " + self.placeholder, width), style=self._style("timeline--placeholder"))
                return self._strip(text, width, base)
            return Strip.blank(width, base)
        line = round(self.scroll_y) + y - 1
        if self._undated_at is not None and line == self._undated_at:
            text = Text(fit(" " + UNDATED_LABEL, width), style=self._style("timeline--group"))
            return self._strip(text, width, base)
        position = self._position_of_line(line)
        if position is None:
            return Strip.blank(width, base)
        index = self.rows[position]
        selected = position == self.cursor
        key = (index, width, selected, selected and self.has_focus, self.app.theme)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._row_strip(index, width, base, selected)
            self._cache[key] = strip
        return strip

    def _style(self: Any, component: str) -> Style:
        return self.get_component_rich_style(component, partial=True)

    def _strip(self: Any, text: Text, width: int, base: Style) -> Strip:
        segments = list(text.render(self.app.console))
        return Strip(segments).adjust_cell_length(width, base).apply_style(base)

    def _header_strip(self: Any, width: int, base: Style) -> Strip:
        key = ("header", width, self.descending, self.app.theme)
        strip = self._cache.get(key)
        if strip is None:
            cols = Columns.for_width(width)
            arrow = "▼" if self.descending else "▲"
            parts = [
                " ",
                fit(f"Date {arrow}", cols.date),
                " ",
                fit("Countries" if cols.countries >= 9 else "Where", cols.countries),
                " ",
                fit("Type", cols.type),
                " ",
                fit("Title", cols.title),
            ]
            if cols.source:
                parts += [" ", fit("Source", cols.source)]
            strip = self._strip(Text("".join(parts), style=self._style("timeline--header")), width, base)
            self._cache[key] = strip
        return strip

    def _row_strip(
        self: Any, index: int, width: int, base: Style, selected: bool, event: EventView | None = None
    ) -> Strip:
        """Row of event ``index`` (drawn from ``event`` when given: an occurrence's fields)."""
        assert self.corpus is not None
        corpus = self.corpus
        event = corpus.event(index) if event is None else event
        cols = Columns.for_width(width)
        fixed = event.corrected_fields
        corrected = self._style("timeline--corrected")

        def style_of(*fields: str) -> Style | None:
            return corrected if fixed.intersection(fields) else None

        rejected = event.rejected
        mark = REJECTED_MARK if rejected else CORRECTED_MARK if event.corrected else " "
        text = Text(mark, style=corrected)
        dated = bool(event.date)
        date_style = style_of("date", "date_precision") or (
            None if dated else self._style("timeline--undated")
        )
        text.append(fit(display_date(event), cols.date - 1), style=date_style)
        text.append(INFERRED_MARK if event.date_inferred else " ", style=self._style("timeline--inferred"))
        text.append(" ")
        text.append(fit(",".join(event.countries) or "—", cols.countries), style=style_of("countries"))
        text.append(" ")
        kind = event.type
        text.append(fit(corpus.type_short.get(kind, kind), cols.type), style=style_of("type"))
        text.append(" ")
        title = event.heading
        text.append(fit(title_after_type(title, corpus.type_name(kind)), cols.title))
        if cols.source:
            text.append(" ")
            text.append(fit(corpus.source_label(index), cols.source), style=self._style("timeline--source"))
        if rejected:
            text.stylize(self._style("timeline--rejected"), 1)
        if selected:
            cursor = "timeline--cursor" if self.has_focus else "timeline--cursor-blurred"
            base = base + self.get_component_rich_style(cursor)
        return self._strip(text, width, base)
