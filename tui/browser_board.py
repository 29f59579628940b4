"""The browser's board and chart: who left when (``w``), and dates picked on the chart (``d``).

A mixin of ``BrowserScreen``, beside its loading, documents and corrections:
the board is its own screen, and choosing a row there filters this timeline to
that force; a span picked on the chart becomes the date-range filter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import SelectionList

from tui.chart import TimeChart

if TYPE_CHECKING:
    from store.browse import Corpus
    from tui.filter_bar import FilterBar
    from tui.sidebar import CountrySidebar
    from tui.timeline import Timeline


class BoardActions:
    """``w`` opens the board; a force chosen there, or bars picked on the chart, filter the timeline."""

    corpus: Corpus | None
    filter_bar: FilterBar
    sidebar: CountrySidebar
    timeline: Timeline
    chart: TimeChart
    force_filter: tuple[str, str] | None = None  # a board row: its key and its name

    def apply_filters(self, *, keep: int | None = None) -> None: ...  # BrowserFilters', earlier in the MRO

    def set_force_filter(self, force: tuple[str, str] | None) -> None:
        """Only the events of one board row (``force``: its key and name), or every force."""
        self.force_filter = force
        self.filter_bar.show_force(force[1] if force else None)
        self.apply_filters()

    def action_board(self) -> None:
        from tui.board_screen import BoardScreen

        app = self.app  # type: ignore[attr-defined]
        if self.corpus is not None and not isinstance(app.screen, BoardScreen):
            app.push_screen(BoardScreen(self.corpus, id="board"), self._force_chosen)

    def _force_chosen(self, force: tuple[str, str] | None) -> None:
        if force is None:
            return
        # The force's events, whatever the other filters were.
        self.filter_bar.clear()
        with self.sidebar.prevent(SelectionList.SelectedChanged):
            self.sidebar.deselect_all()
        self.set_reactive(type(self).type_filter, None)  # type: ignore[attr-defined]
        self.filter_bar.show_type("all")
        self.set_force_filter(force)
        self.timeline.focus()

    def on_time_chart_range_picked(self, message: TimeChart.RangePicked) -> None:
        """Bars picked on the chart: their span becomes the date range (a named handler: a mixin's
        ``@on`` is not collected)."""
        self.filter_bar.set_range(message.text)
        self.apply_filters()

    def action_focus_chart(self) -> None:
        """``d``: to the chart; on a short terminal it shows only while asked for (until escape)."""
        self.add_class("-chart-asked")  # type: ignore[attr-defined]
        self.chart.focus()
