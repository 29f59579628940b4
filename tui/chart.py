"""The chart above the timeline: events per month (or year) by type; pick bars to set the date range.

Drawn here rather than with a library, after looking at the ones that exist:
Textual's ``Sparkline`` draws one series in one colour, with no bars to pick;
``textual-plotext`` and ``textual-plot`` place bars inside their own axes and
margins and colour them from their own palettes, so a key or a click could
not be mapped to a bar, the types could not take the theme's colours, and
neither fits in the single line a small terminal can spare. The bucketing
(per month or year, by type, inferred apart, year-only dates apart) is
``store.histogram``; this widget keeps the cursor and the keys, and draws it
with ``tui.chart_drawing``.

Colours are the theme's (component classes in ``DEFAULT_CSS``); inferred
dates are dimmer; an event dated only to a year is a band under that year's
months ("▔▔ 3"), never a bar in January.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import Any, ClassVar

from textual import events, work
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget

from store.histogram import BucketKey, Histogram, chart_counts, histogram_of_counts, range_text
from tui.chart_drawing import FAMILIES, ChartDrawing

SYNC_ROWS = 5000  # a store this small is counted on every keystroke; a larger one in a worker


class TimeChart(ChartDrawing, Widget, can_focus=True):
    """Bars of the filtered events in time; ←/→ move, shift+←/→ span, enter sets the date range."""

    DEFAULT_CSS = """
    TimeChart {
        height: 5;
        background: $surface;
        padding: 0 1;
        & > .chart--withdrawal { color: $warning; }
        & > .chart--deployment { color: $primary; }
        & > .chart--violence { color: $error; }
        & > .chart--politics { color: $secondary; }
        & > .chart--other { color: $foreground-muted; }
        & > .chart--vague { color: $foreground-muted; }
        & > .chart--axis { color: $text-muted; }
        & > .chart--selected { background: $accent 25%; }
        & > .chart--cursor { background: $accent 60%; }
    }
    TimeChart:focus { background-tint: $foreground 5%; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"chart--{f}" for f in FAMILIES),
        "chart--vague",
        "chart--axis",
        "chart--selected",
        "chart--cursor",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)", "Earlier", id="chart.left", tooltip="Move to the bar before"),
        Binding("right", "move(1)", "Later", id="chart.right", tooltip="Move to the bar after"),
        Binding("h", "move(-1)", "Earlier", show=False),
        Binding("l", "move(1)", "Later", show=False),
        Binding("shift+left", "extend(-1)", "Span", id="chart.span", tooltip="Widen the span of bars"),
        Binding("shift+right", "extend(1)", "Span", show=False),
        Binding(
            "enter,space", "pick", "Pick dates", id="chart.pick", tooltip="Filter the timeline to these bars"
        ),
        Binding("backspace,delete", "clear", "All dates", id="chart.clear", tooltip="Clear the date range"),
        Binding("escape", "back", "Timeline", id="chart.back", tooltip="Back to the timeline"),
    ]

    class RangePicked(Message):
        """The user picked bars: ``text`` is the date-range filter ("" clears it)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class Back(Message):
        """Escape: focus goes back to the timeline."""

    class Counted(Message):
        """Counts made in a worker for the filter of ``since..until``."""

        def __init__(self, counts: Counter[BucketKey], since: str | None, until: str | None) -> None:
            super().__init__()
            self.counts, self.since, self.until = counts, since, until

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._counts: Counter[BucketKey] = Counter()
        self.hist = Histogram("month", [])
        self.since: str | None = None
        self.until: str | None = None
        self.cursor: int | None = None
        self.anchor: int | None = None
        self._width = 0
        self._dragging = False

    # -- data --------------------------------------------------------------------------------------------

    def follow(self, corpus: Any, rows: list[int], flt: Any) -> None:
        """Chart the timeline's ``rows`` of ``corpus`` under filter ``flt``.

        A few thousand rows are counted at once; more are counted in a worker,
        so a keystroke in the filter never waits for the chart.
        """
        if len(corpus) <= SYNC_ROWS:
            self.show(chart_counts(corpus, rows, flt), flt.since, flt.until)
        else:
            self._count(corpus, rows, flt)

    @work(thread=True, exclusive=True, group="chart", exit_on_error=False, description="chart counts")
    def _count(self, corpus: Any, rows: list[int], flt: Any) -> None:
        self.post_message(self.Counted(chart_counts(corpus, rows, flt), flt.since, flt.until))

    def on_time_chart_counted(self, message: Counted) -> None:
        message.stop()
        self.show(message.counts, message.since, message.until)

    def show(self, counts: Counter[BucketKey], since: str | None, until: str | None) -> None:
        """Chart events counted by ``store.histogram.bucket_key`` with ``since..until`` marked."""
        self._counts = counts
        self.since, self.until = since, until
        self._rebin(self._bar_width())

    def _bar_width(self) -> int:
        return max(1, self.content_size.width or (self.size.width - 2) or 60)

    def _rebin(self, width: int) -> None:
        bins = self.hist.bins
        at = bins[self.cursor].since if self.cursor is not None and self.cursor < len(bins) else None
        self._width = width
        self.hist = histogram_of_counts(self._counts, width)
        count = len(self.hist.bins)
        if at is not None and count:  # other filters changed the bars: the cursor stays on its date
            index = bisect_right([b.since for b in self.hist.bins], at) - 1
            if index != self.cursor:
                self.cursor, self.anchor = max(0, index), None
        if self.cursor is None or self.cursor >= count:
            selected = self.selected_bins()
            self.cursor = selected[0] if selected else (count - 1 if count else None)
            self.anchor = None
        self.refresh()

    def on_resize(self) -> None:
        if self._bar_width() != self._width:
            self._rebin(self._bar_width())

    def selected_bins(self) -> list[int]:
        """Bins inside the date-range filter."""
        if not (self.since or self.until):
            return []
        lo, hi = self.since or "0000", self.until or "9999"
        return [i for i, b in enumerate(self.hist.bins) if b.since >= lo and b.until <= hi]

    # -- keys and mouse ----------------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        if self.hist.bins:
            self.anchor = None
            self.cursor = _clamp((self.cursor or 0) + step, len(self.hist.bins))
            self.refresh()

    def action_extend(self, step: int) -> None:
        if self.hist.bins:
            if self.anchor is None:
                self.anchor = self.cursor
            self.cursor = _clamp((self.cursor or 0) + step, len(self.hist.bins))
            self.refresh()

    def action_pick(self) -> None:
        if self.cursor is None or not self.hist.bins:
            return
        anchor = self.anchor if self.anchor is not None else self.cursor
        self.post_message(self.RangePicked(range_text(self.hist, anchor, self.cursor)))
        self.anchor = None

    def action_clear(self) -> None:
        self.anchor = None
        self.post_message(self.RangePicked(""))

    def action_back(self) -> None:
        self.post_message(self.Back())

    def bin_at(self, x: int) -> int | None:
        """The bin drawn at content column ``x``."""
        width = self._cell_width()
        if not self.hist.bins or x < 0:
            return None
        index = x // width
        return index if index < len(self.hist.bins) else None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        index = self.bin_at(event.x - 1)  # one cell of padding
        if index is None:
            return
        self.focus()
        self.anchor = self.cursor = index
        self._dragging = True
        self.capture_mouse()
        self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._dragging:
            index = self.bin_at(event.x - 1)
            if index is not None and index != self.cursor:
                self.cursor = index
                self.refresh()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._dragging:
            self._dragging = False
            self.release_mouse()
            index = self.bin_at(event.x - 1)
            if index is not None:
                self.cursor = index
            self.action_pick()


def _clamp(value: int, count: int) -> int:
    return max(0, min(count - 1, value))
