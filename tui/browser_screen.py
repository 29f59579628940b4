"""The browser screen: countries, timeline and source viewer, and the state they share.

The screen reads the store in a worker (and ingests the bundled seeds on a
first run), so the first frame never waits for data; analysts' corrections are
written in another worker; everything else reacts to messages. The App
(``tui.app``) only holds the theme, the screens and the command palette.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import SelectionList, Static

from store.errors import MaliTuiError
from store.query import word_spans
from store.storage.db import EventStore
from tui.browser_bindings import BROWSER_BINDINGS
from tui.browser_board import BoardActions
from tui.browser_corrections import CORRECTION_ACTIONS, CorrectionActions
from tui.browser_documents import DocumentActions
from tui.browser_filters import BrowserFilters
from tui.browser_loading import StoreLoading
from tui.chart import TimeChart
from tui.event_details import EventDetails
from tui.filter_bar import FilterBar
from tui.first_frame import FirstFrame
from tui.fit import size_classes, too_small_message
from tui.fitting_footer import FittingFooter
from tui.fixed_keys import FixedKeys
from tui.occurrence_timeline import OccurrenceTimeline
from tui.remembering import RememberedView
from tui.reports_panel import ReportsPanel
from tui.settings import load_settings
from tui.sidebar import CountrySidebar
from tui.store_watch import StoreWatch
from tui.timeline import Timeline
from tui.viewer import SourceHeader, SourceView

if TYPE_CHECKING:
    from textual.widgets import ProgressBar

    from store.browse import Corpus
    from store.selecting import Selector

# What the first frame does not show (the corpus, screens, forms, commands, the store's
# correction writer) is imported where it is first used: start-up pays only for what it draws.


class BrowserScreen(
    StoreLoading,
    BrowserFilters,
    DocumentActions,
    CorrectionActions,
    BoardActions,
    RememberedView,
    StoreWatch,
    FirstFrame,
    Screen[None],
):
    """Browse the event timeline and jump to the sentence behind each date."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = []  # ``tui.fit.size_classes`` instead

    BINDINGS: ClassVar[list[BindingType]] = BROWSER_BINDINGS

    type_filter: reactive[str | None] = reactive(None, init=False)
    """The event type shown (``None``: every type); set by ``t`` and the command palette."""
    sidebar_hidden: reactive[bool] = reactive(False, init=False)
    """The country sidebar is hidden (``b``); a CSS class on ``#main`` follows it."""

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
        self.settings_path = settings_path  # None: nothing remembered (tests, the benchmark)
        self.settings = load_settings(settings_path)
        self.store = store
        self.ingest_if_empty = ingest_if_empty
        self.rules_check = rules_check  # the CLI's launch: say when older rules read documents
        self.today = today or date.today()
        self.export_dir = export_dir
        self.corpus: Corpus | None = None
        self.selector: Selector | None = None
        self._visible: set[int] | None = None
        self._binding_state: tuple[bool, ...] = ()

    # -- layout ------------------------------------------------------------------

    def set_breakpoint_classes(self, width: int, height: int) -> None:
        """Put the screen in its size classes (``tui.fit``) before it is first drawn.

        Setting them on the first resize would restyle, lay out and draw the
        whole screen a second time before the first frame is up.
        """
        self.update_classes(size_classes(width, height), update=False)
        self._too_small_text = too_small_message(width, height)

    def on_resize(self, event: events.Resize) -> None:
        width, height = event.size
        self.update_classes(size_classes(width, height))
        self.query_one("#too-small", Static).update(too_small_message(width, height))
        if self.has_class("-slim") and self.sidebar.has_focus and not self.has_class("-sidebar-overlay"):
            self.timeline.focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Reading the source (``-reading``): on a narrow screen the viewer opens out."""
        reading = event.widget is self.viewer
        self.set_class(reading, "-reading")
        if event.widget is not self.sidebar:
            self.remove_class("-sidebar-overlay")

    def compose(self) -> ComposeResult:
        yield Static("mali-tui · loading…", id="summary")
        yield Static(getattr(self, "_too_small_text", ""), id="too-small")
        with Horizontal(id="main"):
            yield CountrySidebar(id="sidebar")
            with Horizontal(id="work"):
                with Vertical(id="centre"):
                    yield FilterBar(id="filter-bar")
                    yield TimeChart(id="chart")
                    # a first run mounts the ingest progress bar above the timeline
                    yield OccurrenceTimeline(id="timeline")
                with Vertical(id="viewer-pane"):
                    yield ReportsPanel(id="reports")
                    yield SourceHeader(id="source-header")
                    yield SourceView(id="source")
                    yield EventDetails(id="details")
        with Horizontal(id="status"):
            yield FittingFooter(compact=True, show_command_palette=False)
            yield Static("", id="count")
            yield FixedKeys()

    def on_mount(self) -> None:
        # Held rather than queried: the workers' messages arrive while a modal is open too.
        self.timeline = self.query_one("#timeline", OccurrenceTimeline)
        self.viewer = self.query_one("#source", SourceView)
        self.sidebar = self.query_one("#sidebar", CountrySidebar)
        self.filter_bar = self.query_one("#filter-bar", FilterBar)
        self.chart = self.query_one("#chart", TimeChart)
        self._main = self.query_one("#main", Horizontal)
        self._centre = self.query_one("#centre", Vertical)
        self._summary = self.query_one("#summary", Static)
        self._count = self.query_one("#count", Static)
        self._details = self.query_one("#details", EventDetails)
        self._source_header = self.query_one("#source-header", SourceHeader)
        self._reports = self.query_one("#reports", ReportsPanel)
        self._progress: ProgressBar | None = None
        self._rules_checked = not self.rules_check  # the older-rules note is said once (browser_loading)
        self.sidebar.border_title = "Countries"
        self._centre.border_title = "Timeline"
        self.query_one("#viewer-pane").border_title = "Source"
        self.timeline.focus()
        self.restore_view()
        self.start_watching()
        first_screens_whole = self.show_first_screens()
        self.save_parsed_css()
        if first_screens_whole:
            return
        # After the first paint: parsing a large store holds the GIL for a second, and the first frame
        # must never wait for data.
        self.call_after_refresh(self.load_store)

    # -- filtering (``tui.browser_filters``): the handlers, which a mixin cannot hold ----

    def _refresh_bindings_if_changed(self) -> None:
        """The footer greys out keys that do nothing now; tell it when that changes."""
        state = (self.corpus is not None, self.timeline.row_count > 0, self.viewer.highlight is not None)
        if state != self._binding_state:
            self._binding_state = state
            self.refresh_bindings()

    @on(FilterBar.Changed)
    def _filter_changed(self) -> None:
        before = self.timeline.selected_index
        self.apply_filters()
        if before is not None and self.timeline.selected_index == before:
            self.show_event(before, center=False)  # the same sentence: its words to mark have changed

    @on(SelectionList.SelectedChanged, "#sidebar")
    def _countries_changed(self) -> None:
        self.apply_filters()

    @on(Timeline.SortFlipped)
    def _sort_flipped(self) -> None:
        self._update_count()

    @on(OccurrenceTimeline.RowsChanged)
    def _rows_changed(self) -> None:
        self.apply_filters()
        self._update_summary()

    def action_occurrences(self, name: str, *args: object) -> None:
        """``[``/``]``, split, mark, merge: from the timeline or the viewer (``tui.report_bindings``)."""
        self.timeline.occurrence_action(name, *args)

    # -- selection and the viewer ------------------------------------------------

    @on(Timeline.Selected)
    def _selected(self, message: Timeline.Selected) -> None:
        self.show_event(message.index)

    def show_event(self, index: int | None, *, center: bool = True) -> None:
        """Put event ``index`` in the viewer: its document, its sentence highlighted, its fields."""
        corpus = self.corpus
        details, header = self._details, self._source_header
        if corpus is None or index is None:
            self.viewer.show(None, None, [])
            self._reports.show(None, None, None)
            header.show(None)
            details.show(corpus, None)
            self._refresh_bindings_if_changed()
            return
        event = corpus.event(index)
        document = corpus.document_view(event.doc)
        if document is None or document.text_missing:
            self.viewer.show(document, None, [], center=center)
        else:
            others = corpus.sentence_spans(event.doc)
            words = self.filter_bar.text
            matches = word_spans(document.text, words) if words.strip() else None
            self.viewer.show(document, (event.start, event.end), others, center=center, matches=matches)
        self._reports.show(corpus, self.timeline.occurrences, index)
        header.show(document)
        details.show(corpus, index)
        self._refresh_bindings_if_changed()

    @on(Timeline.Opened)
    def _opened(self, message: Timeline.Opened) -> None:
        self.show_event(message.index)
        self.viewer.focus()

    @on(SourceView.Step)
    def _step(self, message: SourceView.Step) -> None:
        """``n``/``p``: the next visible event of the same document, in text order."""
        corpus, current = self.corpus, self.timeline.selected_index
        if corpus is None or current is None:
            return
        siblings = corpus.events_in_document(corpus.event(current).doc)
        if self._visible is None:
            self._visible = self.timeline.shown_reports()
        position = siblings.index(current) + message.direction
        while 0 <= position < len(siblings):
            if siblings[position] in self._visible:
                self.timeline.select_index(siblings[position])
                return
            position += message.direction
        where = "last" if message.direction > 0 else "first"
        self.notify(f"This is the {where} event of this document in the current filter.", timeout=3)

    @on(SourceView.Back)
    @on(TimeChart.Back)
    @on(CountrySidebar.Back)
    @on(FilterBar.Done)
    def _back_to_timeline(self) -> None:
        self.remove_class("-chart-asked")
        self.timeline.focus()

    def action_help(self) -> None:
        from tui.help_screen import HelpScreen

        if not isinstance(self.app.screen, HelpScreen):
            self.app.push_screen(HelpScreen())

    def action_jump_prompt(self) -> None:
        from tui.jump import JumpScreen

        self.app.push_screen(JumpScreen(), lambda when: self.jump_to_date(when) if when else None)

    def jump_to_date(self, when: str) -> None:
        """Select the first visible event on or after ``when`` (before it when sorted newest first)."""
        if self.corpus is None:
            return
        from tui.jump import position_for_date

        try:
            position = position_for_date(
                self.corpus, self.timeline.rows, when, descending=self.timeline.descending
            )
        except MaliTuiError as exc:
            self.notify(exc.message, severity="error")
            return
        if position is None:
            self.notify(f"No dated event at {when} in the current filter", severity="warning")
            return
        self.timeline.select_index(self.timeline.rows[position], center=True)
        self.timeline.focus()

    def refused(self, action: str) -> bool:
        """``action`` does nothing now: the command palette calls actions directly, under the keys' rules."""
        if self.check_action(action, ()) is True:
            return False
        if action in CORRECTION_ACTIONS and self.corpus is not None and not self.corpus.accepts_corrections:
            self.notify("Corrections wait until the whole store is read.", severity="warning", timeout=3)
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not hasattr(self, "timeline"):  # before on_mount
            return True
        if action in CORRECTION_ACTIONS and (self.corpus is None or not self.corpus.accepts_corrections):
            return None
        if action in CORRECTION_ACTIONS or action == "copy_citation":
            return True if self.timeline.selected_index is not None else None
        if action == "export":
            return True if self.timeline.row_count else None
        if action == "board":  # the board of a preview would miss the forces of the events still being read
            return True if self.corpus is not None and not self.corpus.is_partial else None
        if action in {"cycle_type", "focus_countries"}:
            return True if self.corpus is not None else None
        return True
