"""The chart above the timeline: events per month (or year) by type; pick bars to set the date range.

Drawn here rather than with a library, after looking at the ones that exist:
Textual's ``Sparkline`` draws one series in one colour, with no bars to pick;
``textual-plotext`` and ``textual-plot`` place bars inside their own axes and
margins and colour them from their own palettes, so a key or a click could
not be mapped to a bar, the types could not take the theme's colours, and
neither fits in the single line a small terminal can spare. The bucketing
(per month or year, by type, inferred apart, year-only dates apart) is
``store.histogram``; this widget only draws it.

Colours are the theme's (component classes in ``DEFAULT_CSS``); inferred
dates are dimmer; an event dated only to a year is a band under that year's
months ("▔▔ 3"), never a bar in January.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from math import ceil
from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget

from store.histogram import Bin, BucketKey, Histogram, histogram_of_counts

BLOCKS = " ▁▂▃▄▅▆▇█"
FAMILIES = ("withdrawal", "deployment", "violence", "politics", "other")
FAMILY_OF = {
    "withdrawal_announced": "withdrawal",
    "withdrawal_started": "withdrawal",
    "withdrawal_completed": "withdrawal",
    "mission_ended": "withdrawal",
    "handover": "withdrawal",
    "deployment": "deployment",
    "attack": "violence",
    "casualties": "violence",
    "coup": "politics",
    "agreement": "politics",
    "statement": "politics",
}
FULL_ROWS = 3  # bar rows in the full chart, under them the year-only band and the axis
SYNC_ROWS = 5000  # a store this small is counted on every keystroke; a larger one in a worker


def range_text(hist: Histogram, lo: int, hi: int) -> str:
    """The date-range filter for bins ``lo..hi``: "2023-08", "2022-02..2023-06", "2013..2015"."""
    lo, hi = min(lo, hi), max(lo, hi)
    first, last = hist.bins[lo].label, hist.bins[hi].label
    return first if first == last else f"{first}..{last}"


class TimeChart(Widget, can_focus=True):
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

    # -- drawing -----------------------------------------------------------------------------------------

    def _cell_width(self) -> int:
        count = len(self.hist.bins)
        return max(1, min(3 if self.hist.unit == "month" else 6, self._width // count)) if count else 1

    def render(self) -> Text:
        hist = self.hist
        width = max(1, self.content_size.width)
        if not hist.bins:
            return Text(" no dated events in this filter", style=self.get_component_rich_style("chart--axis"))
        rows = max(1, self.content_size.height)
        bar_rows = FULL_ROWS if rows >= FULL_ROWS + 2 else 1
        lines = [self._bar_row(r, bar_rows) for r in range(bar_rows - 1, -1, -1)]
        used = len(hist.bins) * self._cell_width()
        # The scale (the tallest bar's count) at the top right; on one line, the date range picked instead.
        picked = self._picked_label()
        corner, kind = (f" {hist.peak}", "axis")
        if bar_rows == 1 and picked:
            corner, kind = picked.rstrip(), "selected"
        if width - used > len(corner):
            lines[0].append(" " * (width - used - len(corner)))
            lines[0].append(corner, style=self.get_component_rich_style(f"chart--{kind}"))
        if bar_rows > 1:
            band = self._band_row()
            lines.append(band if band.plain.strip() else self._legend(width))
            lines.append(self._axis_row(width))
        return Text("\n").join(lines)

    def _bin_style(self, index: int, selected: set[int]) -> Style:
        if (self.has_focus and index == self.cursor) or self._in_span(index):
            return self.get_component_rich_style("chart--cursor")
        if index in selected:
            return self.get_component_rich_style("chart--selected")
        return Style()

    def _in_span(self, index: int) -> bool:
        if self.anchor is None or self.cursor is None or not (self.has_focus or self._dragging):
            return False
        return min(self.anchor, self.cursor) <= index <= max(self.anchor, self.cursor)

    def _layers(self, b: Bin) -> list[tuple[int, Style]]:
        """(count, style) from the bottom of the bar up: certain by family, inferred (dim), year-only."""
        dim = Style(dim=True)
        layers: list[tuple[int, Style]] = []
        for counter, extra in ((b.certain, Style()), (b.inferred, dim)):
            by_family: dict[str, int] = {}
            for kind, n in counter.items():
                family = FAMILY_OF.get(kind, "other")
                by_family[family] = by_family.get(family, 0) + n
            for family in FAMILIES:
                if by_family.get(family):
                    layers.append(
                        (by_family[family], self.get_component_rich_style(f"chart--{family}") + extra)
                    )
        if b.vague:
            layers.append((b.vague, self.get_component_rich_style("chart--vague") + dim))
        return layers

    def _bar_row(self, row: int, bar_rows: int) -> Text:
        """Row ``row`` of the bars (0 at the bottom), each bin ``_cell_width`` cells wide."""
        hist, width = self.hist, self._cell_width()
        units = bar_rows * 8
        peak = hist.peak or 1
        selected = set(self.selected_bins())
        line = Text(no_wrap=True, overflow="crop")
        for index, b in enumerate(hist.bins):
            total = b.total
            height = 0 if not total else max(1, ceil(total / peak * units))
            filled = max(0, min(8, height - row * 8))
            style = self._bin_style(index, selected)
            char = BLOCKS[filled]
            layer_style = self._layer_at(b, total, height, row * 8 + max(0, filled - 1) // 2)
            line.append(char * width, style=layer_style + style if filled else style)
        return line

    def _layer_at(self, b: Bin, total: int, height: int, unit: int) -> Style:
        """The style of the layer covering height ``unit`` of the bar (in eighths)."""
        reached = 0.0
        for count, style in self._layers(b):
            reached += count / total * height
            if unit < reached:
                return style
        layers = self._layers(b)
        return layers[-1][1] if layers else Style()

    def _band_row(self) -> Text:
        """Year-only events: a band under each year's months, with the count when it fits."""
        hist, width = self.hist, self._cell_width()
        line = Text(no_wrap=True, overflow="crop")
        style = self.get_component_rich_style("chart--vague")
        if hist.unit != "month" or not hist.year_only:
            return line
        position = 0
        for year in sorted({int(b.label[:4]) for b in hist.bins}):
            span = sum(1 for b in hist.bins if b.label.startswith(f"{year:04d}")) * width
            count = hist.year_only.get(year, 0)
            if count:
                label = f" {count} in {year} "
                if len(label) + 2 > span:
                    label = f"{count}" if len(str(count)) + 1 <= span else ""
                cells = ("▔" * span)[: max(0, span - len(label))] + label
                line.append(cells[:span], style=style)
            else:
                line.append(" " * span)
            position += span
        return line

    def _legend(self, width: int) -> Text:
        """The colours of the types, and how inferred and year-only dates look."""
        legend = Text(no_wrap=True, overflow="crop")
        for family in FAMILIES:
            legend.append("█", style=self.get_component_rich_style(f"chart--{family}"))
            legend.append(f" {family}  ", style=self.get_component_rich_style("chart--axis"))
        legend.append("█", style=self.get_component_rich_style("chart--withdrawal") + Style(dim=True))
        legend.append(" inferred  ", style=self.get_component_rich_style("chart--axis"))
        if self.hist.unit == "year":
            legend.append("█", style=self.get_component_rich_style("chart--vague") + Style(dim=True))
            legend.append(" year only", style=self.get_component_rich_style("chart--axis"))
        return legend[:width]

    def _axis_row(self, width: int) -> Text:
        """Years under their first bar, and the date range picked, at the right."""
        hist, cell = self.hist, self._cell_width()
        chars = [" "] * width
        last_end = -1
        for index, b in enumerate(hist.bins):
            if hist.unit == "month" and not b.label.endswith("-01") and index:
                continue
            label = b.label[:4] if hist.unit == "month" or cell < 4 else b.label
            start = index * cell
            if start <= last_end or start + len(label) > width:
                continue
            chars[start : start + len(label)] = label
            last_end = start + len(label)
        axis = Text("".join(chars).rstrip(), style=self.get_component_rich_style("chart--axis"), no_wrap=True)
        picked = self._picked_label()
        if picked:
            room = width - len(picked)
            if len(axis) > room:  # no year label cut in half
                cut = axis.plain[:room]
                keep = cut if axis.plain[room : room + 1] in ("", " ") else cut[: cut.rfind(" ") + 1]
                axis = axis[: len(keep.rstrip())]
            axis.pad_right(room - len(axis))
            axis.append(picked, style=self.get_component_rich_style("chart--selected"))
        return axis

    def _picked_label(self) -> str:
        """The date range, as bars ("2021..2022") when it covers whole bars, else as days."""
        if not (self.since or self.until):
            return ""
        bins = self.selected_bins()
        if bins and self.since and self.until:
            return f" ▸ {range_text(self.hist, bins[0], bins[-1])} "
        return f" ▸ {self.since or ''}..{self.until or ''} "


def _clamp(value: int, count: int) -> int:
    return max(0, min(count - 1, value))


def chart_counts(corpus: Any, rows: list[int], flt: Any) -> Counter[BucketKey]:
    """What the chart draws: the timeline's rows, widened to every date when a range is set.

    With a date range the chart still shows the bars around it, so the range
    picked is seen in its context and can be moved. Counted through the
    corpus's precomputed keys: a few milliseconds at 100,000 rows.
    """
    if flt.since or flt.until:
        from dataclasses import replace

        from store.selecting import Selector

        rows = Selector(corpus).select(replace(flt, since=None, until=None)).rows
    return Counter(map(corpus.chart_keys.__getitem__, rows))
