"""The browser screen's memory: the view is restored at start and saved as soon as it changes.

A mixin of ``tui.browser_screen.BrowserScreen`` (it uses the screen's panes);
the file format is ``tui.settings``. A crash or a closed terminal must not lose
the view, so it is not only saved on quit: twice a second the view is compared
with the one last saved (a few attribute reads) and, once a change has held
for one such tick (a word being typed in the filter is saved once, not per
letter), written in a worker thread, whole, through a temporary file and a
rename. One comparison catches every way the view changes (keys, the command
palette, ``ctrl+r``, a restore) without each of them having to say so.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from textual import constants
from textual.widgets import SelectionList

from tui.settings import Settings, SettingsWriter, reset_settings

SAVE_TICK = 0.5
"""Seconds between looks at the view: a change is on disk within two ticks of its last keystroke."""

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
        if self.settings_path is not None:
            self._settings_writer = SettingsWriter(self.settings_path)
            self._settings_saved, self._settings_seen = saved, saved
            self.set_interval(SAVE_TICK, self.save_view_if_changed, name="settings-autosave")

    def restore_filters(self: Any, corpus: Corpus) -> frozenset[str] | None:
        """At the first load: the saved type and countries that this store still has."""
        saved = self.settings
        if saved.type in corpus.types_present:
            self.set_reactive(type(self).type_filter, saved.type)
            self.filter_bar.show_type(corpus.type_names.get(saved.type, saved.type))
        kept = frozenset(saved.countries) & frozenset(corpus.countries)
        self._filters_restored = True
        return kept or None

    def current_settings(self: Any) -> Settings:
        bar = self.filter_bar
        loaded = getattr(self, "_filters_restored", False)  # before that, the saved type and countries hold
        return Settings(
            theme=self.app.theme,
            descending=self.timeline.descending,
            sidebar_hidden=self.sidebar_hidden,
            text=bar.text,
            dates=bar.range_text,
            type=self.type_filter if loaded else self.settings.type,
            countries=sorted(self.sidebar.checked or ()) if loaded else list(self.settings.countries),
        )

    def save_view_if_changed(self: Any) -> None:
        """Every ``SAVE_TICK``: write the view in a worker once a change to it has held for a tick."""
        now = self.current_settings()
        seen, self._settings_seen = self._settings_seen, now
        if now == seen and now != self._settings_saved:
            self._settings_saved = now
            ticket = self._settings_writer.ticket()
            self.run_worker(
                partial(self._settings_writer.write, now, ticket),
                thread=True,
                group="settings",
                exit_on_error=False,
            )

    def remember_view(self: Any) -> None:
        """Save the view as it is now (the App calls it on quit, while the panes are still there)."""
        writer = getattr(self, "_settings_writer", None)
        if writer is not None and hasattr(self, "timeline"):
            writer.write(self.current_settings(), writer.ticket())

    def action_reset_settings(self: Any) -> None:
        """``ctrl+r``: forget the saved view and go back to a first run's (theme, sort, sidebar, filters)."""
        reset_settings(self.settings_path)
        self.settings = self._settings_saved = Settings()
        self.app.theme = constants.DEFAULT_THEME
        if self.timeline.descending:
            self.timeline.flip_sort()
        self.sidebar_hidden = False
        with self.sidebar.prevent(SelectionList.SelectedChanged):
            self.sidebar.deselect_all()
        self.action_clear_filters()
        self.notify("Settings reset: default theme, oldest first, sidebar shown, no filters.", timeout=4)
