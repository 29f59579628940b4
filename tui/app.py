"""The mali-tui App: the theme, the screens and the command palette; the browser is a screen.

``make_app`` is what the CLI, the tests and the benchmark call. Everything the
browser shows and does lives in ``tui.browser_screen.BrowserScreen``.
"""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.notifications import SeverityLevel

from store.text.visible import visible
from tui.browser_screen import BrowserScreen
from tui.css_cache import keep_parsed_css

if TYPE_CHECKING:
    from textual.command import Provider

    from store.browse import Corpus
    from store.storage.db import EventStore
    from tui.filter_bar import FilterBar
    from tui.sidebar import CountrySidebar
    from tui.timeline import Timeline
    from tui.viewer import SourceView


def _mali_commands() -> type[Provider]:
    """The command palette's provider, imported when the palette first opens."""
    from tui.commands import MaliCommands

    return MaliCommands


class MaliTuiApp(App[None]):
    """Browse the event timeline and jump to the sentence behind each date."""

    CSS_PATH = "app.tcss"
    TITLE = "mali-tui"
    COMMANDS = App.COMMANDS | {_mali_commands}

    def __init__(
        self,
        store: EventStore,
        *,
        ingest_if_empty: bool = True,
        rules_check: bool = False,
        today: date | None = None,
        export_dir: Path | None = None,
        settings_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.parsed_css = keep_parsed_css(self.stylesheet)  # saved by the browser screen (tui.first_frame)
        self.store = store
        self.browser = BrowserScreen(
            store,
            ingest_if_empty=ingest_if_empty,
            rules_check=rules_check,
            today=today,
            export_dir=export_dir,
            settings_path=settings_path,
        )

    def get_default_screen(self) -> BrowserScreen:
        """The browser, already in its width's breakpoint class (no second layout before the first frame)."""
        self.browser.set_breakpoint_classes(*self.size)
        return self.browser

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every toast: it may quote a file name or a store error, never read as markup or sent raw."""
        super().notify(
            visible(message), title=visible(title), severity=severity, timeout=timeout, markup=False
        )

    async def action_quit(self) -> None:
        """``q``, ``ctrl+q``: remember the view (``tui.remembering``), then leave."""
        self.browser.remember_view()
        await super().action_quit()

    # The browser's state, for the tests and the benchmark (``app.timeline`` reads better than a query).

    @property
    def corpus(self) -> Corpus | None:
        return self.browser.corpus

    @property
    def timeline(self) -> Timeline:
        return self.browser.timeline

    @property
    def viewer(self) -> SourceView:
        return self.browser.viewer

    @property
    def sidebar(self) -> CountrySidebar:
        return self.browser.sidebar

    @property
    def filter_bar(self) -> FilterBar:
        return self.browser.filter_bar


def make_app(
    store: EventStore,
    *,
    ingest_if_empty: bool = True,
    rules_check: bool = False,
    today: date | None = None,
    export_dir: Path | None = None,
    settings_path: Path | None = None,
) -> MaliTuiApp:
    """The browser over ``store``; the CLI runs it, the tests drive it with Pilot.

    ``settings_path``: where the view is remembered between runs (the CLI passes
    ``tui.settings.default_settings_path()``); ``None`` remembers nothing. ``rules_check``: say when
    older rules read some stored documents (the CLI asks; fixed test stores say nothing).
    """
    if not gc.get_freeze_count():
        # Modules and classes imported so far live as long as the process: out of the
        # collector's way, its first full pass does not land in the first frame.
        gc.freeze()
    return MaliTuiApp(
        store,
        ingest_if_empty=ingest_if_empty,
        rules_check=rules_check,
        today=today,
        export_dir=export_dir,
        settings_path=settings_path,
    )
