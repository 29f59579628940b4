"""The mali-tui browser: countries, timeline and source viewer on one screen.

``make_app`` is what the CLI, the tests and the benchmark call. The App reads
the store in a worker (and ingests the bundled seeds on a first run), so the
first frame never waits for data; analysts' corrections are written in another
worker; everything else reacts to messages.
"""

from __future__ import annotations

import gc
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widgets import Footer, SelectionList, Static

from store.errors import MaliTuiError, StoreLockedError
from store.query import EventFilter
from store.storage.db import EventStore, Snapshot
from store.storage.gc_pause import paused_gc
from store.text.visible import visible
from tui.filter_bar import FilterBar
from tui.messages import (
    CorpusLoaded,
    CorrectionFailed,
    CorrectionSaved,
    ExportDone,
    ExportFailed,
    IngestProgress,
    LoadFailed,
)
from tui.occurrence_timeline import OccurrenceTimeline
from tui.reports_panel import ReportsPanel
from tui.sidebar import CountrySidebar
from tui.timeline import Timeline, display_date
from tui.viewer import EventDetails, SourceHeader, SourceView

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.widgets import ProgressBar

    from tui.corpus import Corpus, Selector
    from tui.correction_form import CorrectionChange

# What the first frame does not show (the corpus, screens, forms, commands, the store's
# correction writer) is imported where it is first used: start-up pays only for what it draws.

CORRECTION_ACTIONS = frozenset({"correct", "toggle_reject", "undo_correction"})
NO_MATCH = "No events match: press ctrl+l to clear the filters"
EMPTY_STORE = "The store is empty: ingest news reports first (mali-tui ingest FILE…)"


def _mali_commands() -> type[Provider]:
    """The command palette's provider, imported when the palette first opens."""
    from tui.commands import MaliCommands

    return MaliCommands


class MaliTuiApp(App[None]):
    """Browse the event timeline and jump to the sentence behind each date."""

    CSS_PATH = "app.tcss"
    TITLE = "mali-tui"
    COMMANDS = App.COMMANDS | {_mali_commands}
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (110, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "slash",
            "focus_filter",
            "Filter",
            key_display="/",
            id="app.filter",
            tooltip="Type to filter by sentence, title or place (accents optional)",
        ),
        Binding(
            "c",
            "focus_countries",
            "Countries",
            id="app.countries",
            tooltip="Go to the country list; space checks a country",
        ),
        Binding("t", "cycle_type", "Type", id="app.type", tooltip="Cycle the event type filter"),
        Binding(
            "ctrl+l",
            "clear_filters",
            "Clear",
            show=False,
            priority=True,
            id="app.clear",
            tooltip="Clear every filter",
        ),
        Binding(
            "y",
            "copy_citation",
            "Cite",
            id="app.cite",
            tooltip="Copy publisher, dates and sentence of the selected event",
        ),
        Binding(
            "e", "export", "Export", id="app.export", tooltip="Write the filtered events to a JSON lines file"
        ),
        Binding(
            "b",
            "toggle_sidebar",
            "Sidebar",
            show=False,
            id="app.sidebar",
            tooltip="Hide or show the country sidebar",
        ),
        Binding("question_mark", "help", "Help", key_display="?", id="app.help", tooltip="Every key binding"),
        Binding("f1", "help", "Help", show=False),
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Leave mali-tui"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
    ]

    def __init__(
        self,
        store: EventStore,
        *,
        ingest_if_empty: bool = True,
        today: date | None = None,
        export_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.ingest_if_empty = ingest_if_empty
        self.today = today or date.today()
        self.export_dir = export_dir
        self.corpus: Corpus | None = None
        self.selector: Selector | None = None
        self.type_filter: str | None = None
        self._visible: set[int] | None = None
        self._binding_state: tuple[bool, ...] = ()

    # -- layout ------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        """The screen, already in its width's breakpoint class.

        Textual sets the class on the first resize, which would restyle, lay out
        and draw the whole screen a second time before the first frame is up.
        """
        screen = super().get_default_screen()
        width = self.size.width
        reached = [(least, name) for least, name in self.HORIZONTAL_BREAKPOINTS if width >= least]
        if reached:
            current = max(reached)[1]
            classes = {name: name == current for _, name in self.HORIZONTAL_BREAKPOINTS}
            screen.update_classes(classes, update=False)
        return screen

    def compose(self) -> ComposeResult:
        yield Static("mali-tui · loading…", id="summary")
        with Horizontal(id="main"):
            yield CountrySidebar(id="sidebar")
            with Horizontal(id="work"):
                with Vertical(id="centre"):
                    yield FilterBar(id="filter-bar")
                    # a first run mounts the ingest progress bar above the timeline
                    yield OccurrenceTimeline(id="timeline")
                with Vertical(id="viewer-pane"):
                    yield ReportsPanel(id="reports")
                    yield SourceHeader(id="source-header")
                    yield SourceView(id="source")
                    yield EventDetails(id="details")
        with Horizontal(id="status"):
            yield Footer(compact=True)
            yield Static("", id="count")

    def on_mount(self) -> None:
        # Held rather than queried: ``App.query_one`` looks in the active screen,
        # which is a modal while the palette or the help is open.
        self.timeline = self.query_one("#timeline", OccurrenceTimeline)
        self.viewer = self.query_one("#source", SourceView)
        self.sidebar = self.query_one("#sidebar", CountrySidebar)
        self.filter_bar = self.query_one("#filter-bar", FilterBar)
        self._main = self.query_one("#main", Horizontal)
        self._centre = self.query_one("#centre", Vertical)
        self._summary = self.query_one("#summary", Static)
        self._count = self.query_one("#count", Static)
        self._details = self.query_one("#details", EventDetails)
        self._source_header = self.query_one("#source-header", SourceHeader)
        self._reports = self.query_one("#reports", ReportsPanel)
        self._progress: ProgressBar | None = None
        self.sidebar.border_title = "Countries"
        self._centre.border_title = "Timeline"
        self.query_one("#viewer-pane").border_title = "Source"
        self.timeline.focus()
        # After the first paint: parsing a large store holds the GIL for a second, and the first frame
        # must never wait for data.
        self.call_after_refresh(self.load_store)

    # -- loading -----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_store(self) -> None:
        """Read the store (ingesting the seeds first when it is empty); never touches widgets."""
        from tui.corpus import Corpus  # here, after the first frame: start-up does not import it

        def preview(snapshot: Snapshot) -> None:  # the first screens of a large store, while the rest loads
            with paused_gc():
                self.post_message(CorpusLoaded(Corpus.from_snapshot(snapshot)))

        try:
            # Texts are read when their document is shown.
            snapshot = self.store.load(texts=False, preview=preview)
            note = None
            if snapshot.is_empty and self.ingest_if_empty:
                note = self._ingest_seeds()
                snapshot = self.store.load(texts=False)
            with paused_gc():  # hundreds of thousands of new containers: nothing to collect yet
                corpus = Corpus.from_snapshot(snapshot)
            self.post_message(CorpusLoaded(corpus, note))
        except MaliTuiError as exc:
            self.post_message(LoadFailed(str(exc)))
        except Exception as exc:  # a worker must report, not die silently
            self.post_message(LoadFailed(f"{type(exc).__name__}: {exc}"))

    def _ingest_seeds(self) -> str:
        # Imported here: store.ingest pulls in dateparser, which start-up must not pay for.
        from store.ingest import ingest_paths
        from store.storage.paths import seeds_dir

        paths = sorted(seeds_dir().glob("*.txt"))

        def progress(done: int, total: int, name: str) -> None:
            self.post_message(IngestProgress(done, total, name))

        summary = ingest_paths(self.store, paths, progress=progress)
        note = f"Ingested {summary.documents} bundled reports: {summary.events} events"
        if summary.failed:
            note += f"; {len(summary.failed)} failed ({summary.failed[0]})"
        return note

    def on_ingest_progress(self, message: IngestProgress) -> None:
        if self._progress is None:
            from textual.widgets import ProgressBar

            self._progress = ProgressBar(id="ingest-progress", show_eta=False)
            self._centre.mount(self._progress, before=self.timeline)
        self._centre.add_class("-ingesting")
        self._progress.update(total=message.total, progress=message.done)
        self.timeline.set_placeholder(
            f"Ingesting the bundled reports: {message.done} of {message.total} ({message.name})"
        )

    def on_load_failed(self, message: LoadFailed) -> None:
        self._centre.remove_class("-ingesting")
        self.timeline.set_placeholder(f"Cannot open the store: {message.error}")
        self.notify(message.error, title="Store", severity="error", timeout=10)
        if self.corpus is not None and self.corpus.is_partial:  # damaged past the preview: say what is shown
            corpus = self.corpus
            self._summary.update(
                f"mali-tui · only the first {len(corpus)} of {corpus.total_events} events could be read "
                "(the store is damaged; see the message)"
            )

    @work(thread=True, exclusive=True, group="warm", exit_on_error=False)
    def warm_search_keys(self, corpus: Corpus) -> None:
        """Fold the search keys once the timeline is shown, so the first keystroke does not pay for it."""
        corpus.warm_keys()

    def on_corpus_loaded(self, message: CorpusLoaded) -> None:
        """Show what the store holds: first a preview of a large store's first events, then all of them."""
        self._centre.remove_class("-ingesting")
        corpus, previous = message.corpus, self.corpus
        keep = self._same_event_in(corpus) if previous is not None else None
        self.corpus = corpus
        if not corpus.is_partial:
            self.call_after_refresh(self.warm_search_keys, corpus)
        from tui.corpus import Selector  # loaded by the worker that built the corpus

        self.selector = Selector(corpus)
        self.timeline.set_corpus(corpus)
        self.sidebar.load(corpus, keep=self.sidebar.checked if previous is not None else None)
        self._update_summary()
        if message.ingest_note:
            self.notify(message.ingest_note, title="First run")
        self.apply_filters(keep=keep)
        if previous is not None and previous.is_partial != corpus.is_partial:
            self.refresh_bindings()  # corrections wait for the whole store

    def _same_event_in(self, corpus: Corpus) -> int | None:
        """The selected event's index in ``corpus`` (the whole store after its preview)."""
        index, previous = self.timeline.selected_index, self.corpus
        if index is None or previous is None:
            return None
        event_id = previous.events[index]["id"]
        if index < len(corpus) and corpus.events[index]["id"] == event_id:
            return index  # the preview's events are the first of the whole list, in the same order
        return corpus.index_of.get(event_id)

    def _update_summary(self) -> None:
        corpus = self.corpus
        if corpus is None:
            return
        if corpus.is_partial:
            shown = f"reading the store: the first {len(corpus)} of {corpus.total_events} events"
            self._summary.update(f"mali-tui · {shown} · {len(corpus.documents)} documents")
            return
        parts = ["mali-tui", f"{len(corpus)} events", f"{len(corpus.documents)} documents"]
        if self.timeline.occurrence_total is not None:
            parts.insert(2, f"{self.timeline.occurrence_total} occurrences")
        span = corpus.date_span
        if span:
            parts.append(f"{span[0]} – {span[1]}")
        rejected = corpus.rejected_count
        if corpus.corrected_count > rejected:
            parts.append(f"{corpus.corrected_count - rejected} corrected")
        if rejected:
            parts.append(f"{rejected} rejected")
        self._summary.update(Text(visible(" · ".join(parts))))  # dates come from the store: never markup

    # -- filtering ---------------------------------------------------------------

    @property
    def current_filter(self) -> EventFilter:
        bar = self.filter_bar
        return EventFilter(
            text=bar.text,
            countries=self.sidebar.checked,
            types=frozenset({self.type_filter}) if self.type_filter else None,
            since=bar.since,
            until=bar.until,
        )

    def apply_filters(self, *, keep: int | None = None) -> None:
        """Recompute the visible rows, keeping the selected event (or ``keep``) when it still shows."""
        if self.selector is None or self.corpus is None:
            return
        selection = self.timeline.select(self.selector, self.current_filter)  # per occurrence or per report
        self._visible = None
        self.timeline.set_placeholder(NO_MATCH if len(self.corpus) else EMPTY_STORE)
        self.timeline.set_rows(selection.rows, keep=keep)
        self.sidebar.update_counts(selection.country_counts)
        self._update_count()
        self._refresh_bindings_if_changed()

    def _refresh_bindings_if_changed(self) -> None:
        """The footer greys out keys that do nothing now; tell it when that changes."""
        state = (self.corpus is not None, self.timeline.row_count > 0, self.viewer.highlight is not None)
        if state != self._binding_state:
            self._binding_state = state
            self.refresh_bindings()

    def _update_count(self) -> None:
        total = self.corpus.total_events if self.corpus else 0  # a preview shows some of all the events
        self._count.update(self.timeline.count_text(total), layout=False)

    @on(FilterBar.Changed)
    def _filter_changed(self) -> None:
        self.apply_filters()

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

    def filter_country(self, code: str) -> None:
        """Only ``code`` checked in the sidebar (command palette)."""
        sidebar = self.sidebar
        with sidebar.prevent(SelectionList.SelectedChanged):
            sidebar.deselect_all()
            sidebar.select(code)
        self.apply_filters()

    def set_type_filter(self, kind: str | None) -> None:
        self.type_filter = kind
        label = "all" if kind is None or self.corpus is None else self.corpus.type_names.get(kind, kind)
        self.filter_bar.show_type(label)
        self.apply_filters()

    def action_cycle_type(self) -> None:
        if self.corpus is None or not self.corpus.types_present:
            return
        cycle: list[str | None] = [None, *self.corpus.types_present]
        position = cycle.index(self.type_filter) if self.type_filter in cycle else 0
        self.set_type_filter(cycle[(position + 1) % len(cycle)])

    def action_clear_filters(self) -> None:
        self.filter_bar.clear()
        with self.sidebar.prevent(SelectionList.SelectedChanged):
            self.sidebar.deselect_all()
        self.type_filter = None
        self.filter_bar.show_type("all")
        self.apply_filters()

    def action_focus_filter(self) -> None:
        self.filter_bar.focus_text()

    def action_focus_countries(self) -> None:
        self._main.remove_class("-no-sidebar")
        self.sidebar.focus()

    def action_toggle_sidebar(self) -> None:
        hidden = self._main.toggle_class("-no-sidebar").has_class("-no-sidebar")
        if hidden and self.sidebar.has_focus:
            self.timeline.focus()

    def action_flip_sort(self) -> None:
        self.timeline.flip_sort()

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
        event = corpus.events[index]
        document = corpus.document(event.get("doc") or "")
        if document is None or document.get("text_missing"):
            self.viewer.show(document, None, [], center=center)
        else:
            others = sorted(
                {
                    (corpus.events[i]["start"], corpus.events[i]["end"])
                    for i in corpus.events_in_document(event.get("doc") or "")
                }
            )
            self.viewer.show(document, (event["start"], event["end"]), others, center=center)
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
        siblings = corpus.events_in_document(corpus.events[current].get("doc") or "")
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
    @on(CountrySidebar.Back)
    @on(FilterBar.Done)
    def _back_to_timeline(self) -> None:
        self.timeline.focus()

    # -- anywhere ----------------------------------------------------------------

    def action_copy_citation(self) -> None:
        corpus, index = self.corpus, self.timeline.selected_index
        if corpus is None or index is None:
            return
        from tui.citation import format_citation

        event = corpus.events[index]
        citation = format_citation(event, corpus.document_of(index), today=self.today)
        self.copy_to_clipboard(citation)
        self.notify(f"Citation of the {display_date(event)} event copied", timeout=3)

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

    def action_export(self, fmt: str = "jsonl") -> None:
        if self.corpus is None:
            return
        # Rejected events stay on screen, struck out, but are not events: never exported.
        events = [e for i in self.timeline.report_rows if not (e := self.corpus.events[i]).get("rejected")]
        folder = self.export_dir if self.export_dir is not None else Path.cwd()
        self._export(events, _free_path(folder, f"mali-tui-export.{fmt}"), fmt)

    @work(thread=True, group="export", exit_on_error=False)
    def _export(self, events: list[dict[str, Any]], path: Path, fmt: str) -> None:
        try:
            from store.export import export_events

            count = export_events(events, path, fmt, store=self.store.path)
            self.post_message(ExportDone(_shown_path(path), count))
        except (MaliTuiError, OSError, ImportError) as exc:
            self.post_message(ExportFailed(str(exc)))

    def on_export_done(self, message: ExportDone) -> None:
        self.notify(f"Exported {message.count} events to {message.path}", title="Export")

    def on_export_failed(self, message: ExportFailed) -> None:
        self.notify(message.error, title="Export failed", severity="error")

    def action_help(self) -> None:
        from tui.help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_jump_prompt(self) -> None:
        from tui.jump import JumpScreen

        self.push_screen(JumpScreen(), lambda when: self.jump_to_date(when) if when else None)

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

    # -- corrections -------------------------------------------------------------

    def action_correct(self) -> None:
        """Open the correction form for the selected event."""
        from tui.correction_screen import CorrectionScreen

        corpus, index = self.corpus, self.timeline.selected_index
        if corpus is None or index is None or isinstance(self.screen, CorrectionScreen):
            return
        event, extracted = corpus.events[index], corpus.extracted(index)

        def chosen(change: CorrectionChange | None) -> None:
            if change is not None:
                self.write_correction(event["id"], extracted, change)

        self.push_screen(CorrectionScreen(event, extracted), chosen)

    def action_toggle_reject(self) -> None:
        """Reject the selected event as not an event, or restore a rejected one."""
        corpus, index = self.corpus, self.timeline.selected_index
        if corpus is None or index is None:
            return
        from tui.correction_form import CorrectionChange

        event = corpus.events[index]
        change = CorrectionChange(rejected=not event.get("rejected"))
        self.write_correction(event["id"], corpus.extracted(index), change)

    def action_undo_correction(self) -> None:
        """Step the selected event back to its state before its last correction."""
        corpus, index = self.corpus, self.timeline.selected_index
        if corpus is None or index is None:
            return
        from tui.correction_form import CorrectionChange

        event = corpus.events[index]
        self.write_correction(event["id"], corpus.extracted(index), CorrectionChange(undo=True))

    @work(thread=True, exclusive=True, group="corrections", exit_on_error=False)
    def write_correction(self, event_id: str, extracted: dict[str, Any], change: CorrectionChange) -> None:
        """Write one correction under the store lock; never touches widgets.

        Posts the event as it must now be shown, worked out from the extracted
        event and the stored record, so the corpus need not be read again.
        """
        from store.storage.corrections import CorrectionError, set_correction, undo_correction
        from tui.correction_form import corrected_event

        try:
            if change.undo:
                record = undo_correction(self.store, event_id)
            else:
                record = set_correction(self.store, event_id, **change.set_correction_kwargs())
            event = corrected_event(extracted, record)
            self.post_message(CorrectionSaved(event_id, event, _saved_note(change, record)))
        except StoreLockedError as exc:
            self.post_message(CorrectionFailed(str(exc), locked=True))
        except CorrectionError as exc:
            self.post_message(CorrectionFailed(exc.message, refused=True))
        except MaliTuiError as exc:
            self.post_message(CorrectionFailed(str(exc)))
        except Exception as exc:  # a worker must report, not die silently
            self.post_message(CorrectionFailed(f"{type(exc).__name__}: {exc}"))

    def on_correction_saved(self, message: CorrectionSaved) -> None:
        """Show the corrected event in place: same selection, scroll kept unless it moved away."""
        corpus = self.corpus
        if corpus is None or message.event_id not in corpus.index_of:
            return
        selected = self.timeline.selected_event
        keep_id = selected["id"] if selected is not None else message.event_id
        countries_before = list(corpus.countries)
        index = corpus.replace_event(message.event)
        from tui.corpus import Selector

        self.selector = Selector(corpus)
        self.timeline.set_corpus(corpus)
        if corpus.countries != countries_before:
            self.sidebar.load(corpus, keep=self.sidebar.checked)
        self.apply_filters(keep=corpus.index_of.get(keep_id, index))
        if self.timeline.selected_index is not None:
            self.show_event(self.timeline.selected_index, center=False)
        self._update_summary()
        self.notify(message.note, title="Correction", timeout=4)

    def on_correction_failed(self, message: CorrectionFailed) -> None:
        if message.refused:
            self.notify(message.error, title="Correction", severity="warning", timeout=5)
            return
        title = "Store busy" if message.locked else "Correction not saved"
        self.notify(message.error, title=title, severity="error", timeout=8)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not hasattr(self, "timeline"):  # before on_mount
            return True
        if action in CORRECTION_ACTIONS and (self.corpus is None or self.corpus.is_partial):
            return None  # a correction made on a preview would be lost when the whole store arrives
        if action in CORRECTION_ACTIONS or action == "copy_citation":
            return True if self.timeline.selected_index is not None else None
        if action == "export":
            return True if self.timeline.row_count else None
        if action in {"cycle_type", "focus_countries"}:
            return True if self.corpus is not None else None
        return True


def _saved_note(change: CorrectionChange, record: dict[str, Any] | None) -> str:
    """The toast after a write: what the event now says, and how to take it back."""
    from store.storage.corrections import describe
    from tui.correction_form import CorrectionChange

    if change.undo:
        return f"Undone: now {describe(record)}" if record else "Undone: back to the extracted values"
    if change == CorrectionChange(rejected=True):
        return "Rejected as not an event (r restores it, u undoes)"
    if change == CorrectionChange(rejected=False):
        return "Restored: no longer rejected (u undoes)"
    return f"Saved: {describe(record or {})} (u undoes)"


def _free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2``, ``name-3``… so an export never overwrites another."""
    path = folder / name
    stem, suffix = path.stem, path.suffix
    counter = 2
    while path.exists():
        path = folder / f"{stem}-{counter}{suffix}"
        counter += 1
    return path


def _shown_path(path: Path) -> str:
    """The path relative to the working folder when it is inside it (shorter, no home folder)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative


def make_app(
    store: EventStore,
    *,
    ingest_if_empty: bool = True,
    today: date | None = None,
    export_dir: Path | None = None,
) -> MaliTuiApp:
    """The browser over ``store``; the CLI runs it, the tests drive it with Pilot."""
    if not gc.get_freeze_count():
        # Modules and classes imported so far live as long as the process: out of the
        # collector's way, its first full pass does not land in the first frame.
        gc.freeze()
    return MaliTuiApp(store, ingest_if_empty=ingest_if_empty, today=today, export_dir=export_dir)
