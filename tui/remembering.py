"""The browser screen's memory: the view is restored at start and saved on the way out.

A mixin of ``tui.browser_screen.BrowserScreen`` (it uses the screen's panes);
the file format is ``tui.settings``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import constants
from textual.widgets import SelectionList

from tui.settings import Settings, reset_settings, save_settings

if TYPE_CHECKING:
    from pathlib import Path

    from store.browse import Corpus


class RememberedView:
    """Theme, sort, sidebar and the last filters, between runs (``ctrl+r`` forgets them)."""

    settings_path: Path | None
    settings: Settings

    def restore_view(self: Any) -> None:
        """At mount: what needs no data (theme, sort, sidebar, the filter bar's text and dates)."""
        saved = self.settings
        if saved.theme and saved.theme in self.app.available_themes:
            self.app.theme = saved.theme
        self.timeline.descending = saved.descending
        self.sidebar_hidden = saved.sidebar_hidden
        if saved.text:
            self.filter_bar.set_text(saved.text)
        if saved.dates:
            self.filter_bar.set_range(saved.dates)

    def restore_filters(self: Any, corpus: Corpus) -> frozenset[str] | None:
        """At the first load: the saved type and countries that this store still has."""
        saved = self.settings
        if saved.type in corpus.types_present:
            self.set_reactive(type(self).type_filter, saved.type)
            self.filter_bar.show_type(corpus.type_names.get(saved.type, saved.type))
        kept = frozenset(saved.countries) & frozenset(corpus.countries)
        return kept or None

    def current_settings(self: Any) -> Settings:
        bar = self.filter_bar
        return Settings(
            theme=self.app.theme,
            descending=self.timeline.descending,
            sidebar_hidden=self.sidebar_hidden,
            text=bar.text,
            dates=bar.range_text,
            type=self.type_filter,
            countries=sorted(self.sidebar.checked or ()),
        )

    def remember_view(self: Any) -> None:
        """Save the view as it is now (the App calls it on quit, while the panes are still there)."""
        if self.settings_path is not None and hasattr(self, "timeline"):
            save_settings(self.settings_path, self.current_settings())

    def action_reset_settings(self: Any) -> None:
        """``ctrl+r``: forget the saved view and go back to a first run's (theme, sort, sidebar, filters)."""
        reset_settings(self.settings_path)
        self.settings = Settings()
        self.app.theme = constants.DEFAULT_THEME
        if self.timeline.descending:
            self.timeline.flip_sort()
        self.sidebar_hidden = False
        with self.sidebar.prevent(SelectionList.SelectedChanged):
            self.sidebar.deselect_all()
        self.action_clear_filters()
        self.notify("Settings reset: default theme, oldest first, sidebar shown, no filters.", timeout=4)
