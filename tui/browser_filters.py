"""The browser screen's filters: text and dates (the filter bar), countries (the sidebar), type, force.

A mixin of ``tui.browser_screen.BrowserScreen``: every change of a filter
recomputes the visible rows (``apply_filters``), which the timeline, the chart,
the sidebar's counts and the count in the status line follow. The messages
that start it are handled on the screen (``@on`` is not collected from a mixin).
"""

from __future__ import annotations

from typing import Any

from textual.widgets import SelectionList

from store.query import EventFilter

NO_MATCH = "No events match: press ctrl+l to clear the filters"
EMPTY_STORE = "The store is empty: ingest news reports first (mali-tui ingest FILE…)"


class BrowserFilters:
    """Builds the filter from the panes, applies it, and the keys that change it."""

    @property
    def current_filter(self: Any) -> EventFilter:
        bar = self.filter_bar
        return EventFilter(
            text=bar.text,
            countries=self.sidebar.checked,
            types=frozenset({self.type_filter}) if self.type_filter else None,
            since=bar.since,
            until=bar.until,
            force=self.force_filter[0] if self.force_filter else None,
        )

    def apply_filters(self: Any, *, keep: int | None = None) -> None:
        """Recompute the visible rows, keeping the selected event (or ``keep``) when it still shows."""
        if self.selector is None or self.corpus is None:
            return
        flt = self.current_filter
        selection = self.timeline.select(self.selector, flt)  # per occurrence or per report
        self._visible = None
        self.timeline.set_placeholder(NO_MATCH if len(self.corpus) else EMPTY_STORE)
        self.timeline.set_rows(selection.rows, keep=keep)
        self.chart.follow(self.corpus, selection.rows, flt)
        self.sidebar.update_counts(selection.country_counts)
        self._update_count()
        self._refresh_bindings_if_changed()

    def _update_count(self: Any) -> None:
        total = self.corpus.total_events if self.corpus else 0  # a preview shows some of all the events
        cells = self.timeline.count_cells(total)  # the widest it can be: not relaid out on each keystroke
        if self._count.styles.width is None or self._count.styles.width.value != cells:
            self._count.styles.width = cells
        self._count.update(self.timeline.count_text(total), layout=False)

    def filter_country(self: Any, code: str) -> None:
        """Only ``code`` checked in the sidebar (command palette)."""
        sidebar = self.sidebar
        with sidebar.prevent(SelectionList.SelectedChanged):
            sidebar.deselect_all()
            sidebar.select(code)
        self.apply_filters()

    def set_type_filter(self: Any, kind: str | None) -> None:
        self.type_filter = kind

    def watch_type_filter(self: Any, kind: str | None) -> None:
        label = "all" if kind is None or self.corpus is None else self.corpus.type_names.get(kind, kind)
        self.filter_bar.show_type(label)
        self.apply_filters()

    def action_cycle_type(self: Any, step: int = 1) -> None:
        """``t``: the next type (all, then each type present); ``T``: the previous one."""
        if self.refused("cycle_type") or self.corpus is None or not self.corpus.types_present:
            return
        cycle: list[str | None] = [None, *self.corpus.types_present]
        position = cycle.index(self.type_filter) if self.type_filter in cycle else 0
        self.set_type_filter(cycle[(position + step) % len(cycle)])

    def action_clear_filters(self: Any) -> None:
        self.filter_bar.clear()
        with self.sidebar.prevent(SelectionList.SelectedChanged):
            self.sidebar.deselect_all()
        self.set_reactive(type(self).type_filter, None)
        self.filter_bar.show_type("all")
        self.set_force_filter(None)

    def action_focus_filter(self: Any) -> None:
        self.filter_bar.focus_text()

    def action_focus_countries(self: Any) -> None:
        if self.refused("focus_countries"):
            return
        if self.has_class("-slim"):  # no room beside the timeline: over it, until escape
            self.add_class("-sidebar-overlay")
        else:
            self.sidebar_hidden = False
        self.sidebar.focus()

    def action_toggle_sidebar(self: Any) -> None:
        """``b``: hide or show the sidebar; on a slim screen, show it over the timeline or close it."""
        if self.has_class("-slim"):
            if self.has_class("-sidebar-overlay"):
                self.remove_class("-sidebar-overlay")
                self.timeline.focus()
            else:
                self.add_class("-sidebar-overlay")
                self.sidebar.focus()
            return
        self.sidebar_hidden = not self.sidebar_hidden

    def watch_sidebar_hidden(self: Any, hidden: bool) -> None:
        self._main.set_class(hidden, "-no-sidebar")
        if hidden and self.sidebar.has_focus:
            self.timeline.focus()

    def action_flip_sort(self: Any) -> None:
        self.timeline.flip_sort()
