"""How the chart's bars, year-only band, legend and axis are drawn, in the theme's colours.

A mixin of ``tui.chart.TimeChart`` (which holds the histogram, the cursor and
the keys): one cell per bar and row, eighths of a block for the bar tops,
types in families of colour, inferred dates dimmer, a year-only date a band
under its year's months ("▔▔ 3"), never a bar in January.
"""

from __future__ import annotations

from math import ceil
from typing import Any

from rich.style import Style
from rich.text import Text

from store.histogram import Bin, range_text

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
    "demand": "politics",
    "arrest": "politics",
    "release": "politics",
    "expulsion": "politics",
    "suspension": "politics",
    "media_ban": "politics",
    "ties_cut": "politics",
    "activity_ban": "politics",
    "accord_ended": "politics",
    "sanctions": "politics",
    "sanctions_lifted": "politics",
    "vote": "politics",
}
FULL_ROWS = 3  # bar rows in the full chart, under them the year-only band and the axis


class ChartDrawing:
    """``render`` and its rows; reads ``hist``, ``cursor``, ``anchor``, ``since``/``until`` of the chart."""

    def _cell_width(self: Any) -> int:
        count = len(self.hist.bins)
        return max(1, min(3 if self.hist.unit == "month" else 6, self._width // count)) if count else 1

    def render(self: Any) -> Text:
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

    def _bin_style(self: Any, index: int, selected: set[int]) -> Style:
        if (self.has_focus and index == self.cursor) or self._in_span(index):
            return self.get_component_rich_style("chart--cursor")
        if index in selected:
            return self.get_component_rich_style("chart--selected")
        return Style()

    def _in_span(self: Any, index: int) -> bool:
        if self.anchor is None or self.cursor is None or not (self.has_focus or self._dragging):
            return False
        return min(self.anchor, self.cursor) <= index <= max(self.anchor, self.cursor)

    def _layers(self: Any, b: Bin) -> list[tuple[int, Style]]:
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

    def _bar_row(self: Any, row: int, bar_rows: int) -> Text:
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

    def _layer_at(self: Any, b: Bin, total: int, height: int, unit: int) -> Style:
        """The style of the layer covering height ``unit`` of the bar (in eighths)."""
        reached = 0.0
        for count, style in self._layers(b):
            reached += count / total * height
            if unit < reached:
                return style
        layers = self._layers(b)
        return layers[-1][1] if layers else Style()

    def _band_row(self: Any) -> Text:
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

    def _legend(self: Any, width: int) -> Text:
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

    def _axis_row(self: Any, width: int) -> Text:
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

    def _picked_label(self: Any) -> str:
        """The date range, as bars ("2021..2022") when it covers whole bars, else as days."""
        if not (self.since or self.until):
            return ""
        bins = self.selected_bins()
        if bins and self.since and self.until:
            return f" ▸ {range_text(self.hist, bins[0], bins[-1])} "
        return f" ▸ {self.since or ''}..{self.until or ''} "
