"""The browser screen's loading: the store read in a worker (the seeds ingested on a first run), then shown.

A mixin of ``tui.browser_screen.BrowserScreen``: the workers never touch
widgets; the handlers here, on the screen, show what they post.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work

from store.errors import MaliTuiError
from store.storage.gc_pause import paused_gc
from store.storage.snapshot import Snapshot
from store.text.visible import visible
from tui.messages import (
    CorpusLoaded,
    IngestProgress,
    LoadFailed,
    OlderRules,
)
from tui.store_watch import file_stamp, what_changed

if TYPE_CHECKING:
    from store.browse import Corpus


PREVIEW_WAIT_S = 1.0  # the longest the load waits for its preview to be drawn


class _FirstScreensRead(Exception):
    """Stops the read before the first frame once the first screens of events are in."""


class StoreLoading:
    """Reads the store off the UI thread and shows it, a large store's preview first."""

    def show_first_screens(self: Any) -> bool:
        """Read the store's first screens before the first frame: one frame with rows costs less than two.

        A store written in timeline order puts its first events right after the
        documents they cite, so they are read in a few tens of milliseconds
        whatever the store's size (a small store is read whole). Returns whether
        that was the whole store; anything else (an empty, old or damaged store)
        is left to ``load_store``, which reports problems on screen.
        """
        from store.storage.store_check import events_in_header

        if events_in_header(self.store.path) is None:
            return False
        from store.browse import Corpus

        first: list[Snapshot] = []

        def enough(snapshot: Snapshot) -> None:
            first.append(snapshot)
            raise _FirstScreensRead

        stamp = file_stamp(self.store.path)
        try:
            with paused_gc():
                snapshot = self.store.load(texts=False, preview=enough)
        except _FirstScreensRead:
            snapshot = first[0]
        except MaliTuiError:
            return False
        if snapshot.is_empty:
            return False
        self.store_stamp = stamp  # what a later change is measured against
        self.on_corpus_loaded(CorpusLoaded(Corpus.from_snapshot(snapshot)))
        return not snapshot.is_partial

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_store(self: Any) -> None:
        """Read the store (ingesting the seeds first when it is empty); never touches widgets."""
        from store.browse import Corpus  # here, after the first frame: start-up does not import it

        def preview(snapshot: Snapshot) -> None:  # the first screens of a large store, while the rest loads
            with paused_gc():
                self.post_message(CorpusLoaded(Corpus.from_snapshot(snapshot), shown=shown))
            # Let the screen draw them before parsing the rest takes the GIL back every 5 ms.
            shown.wait(PREVIEW_WAIT_S)

        shown = threading.Event()
        try:
            # Texts are read when their document is shown; first screens already shown need no preview.
            shown_already = self.corpus is not None
            self.store_stamp = file_stamp(self.store.path)  # what a later change is measured against
            snapshot = self.store.load(texts=False, preview=None if shown_already else preview)
            note = None
            if snapshot.is_empty and self.ingest_if_empty:
                note = self._ingest_seeds()
                self.store_stamp = file_stamp(self.store.path)
                snapshot = self.store.load(texts=False)
            with paused_gc():  # hundreds of thousands of new containers: nothing to collect yet
                corpus = Corpus.from_snapshot(snapshot)
            self.post_message(CorpusLoaded(corpus, note))
        except MaliTuiError as exc:
            self.post_message(LoadFailed(str(exc)))
        except Exception as exc:  # a worker must report, not die silently
            self.post_message(LoadFailed(f"{type(exc).__name__}: {exc}"))

    def _ingest_seeds(self: Any) -> str:
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

    def on_ingest_progress(self: Any, message: IngestProgress) -> None:
        if self._progress is None:
            from textual.widgets import ProgressBar

            self._progress = ProgressBar(id="ingest-progress", show_eta=False)
            self._centre.mount(self._progress, before=self.timeline)
        self._centre.add_class("-ingesting")
        self._progress.update(total=message.total, progress=message.done)
        self.timeline.set_placeholder(
            f"Ingesting the bundled reports: {message.done} of {message.total} ({message.name})"
        )

    def on_load_failed(self: Any, message: LoadFailed) -> None:
        if message.reloaded:
            self._reloading = False
            self.notify(visible(message.error), title="Store", severity="warning", timeout=8, markup=False)
            return
        self._centre.remove_class("-ingesting")
        self.timeline.set_placeholder(f"Cannot open the store: {message.error}")
        self.notify(visible(message.error), title="Store", severity="error", timeout=10, markup=False)
        if self.corpus is not None and self.corpus.is_partial:  # damaged past the preview: say what is shown
            corpus = self.corpus
            self._summary.update(
                f"mali-tui · only the first {len(corpus)} of {corpus.total_events} events could be read "
                "(the store is damaged; see the message)"
            )

    @work(thread=True, exclusive=True, group="warm", exit_on_error=False)
    def warm_search_keys(self: Any, corpus: Corpus) -> None:
        """Fold the search keys once the timeline is shown, so the first keystroke does not pay for it.

        Frozen afterwards (``paused_gc``) with what the first screens built: left to the collector,
        these 100,000-entry lists and indexes made each of its full passes, every few keystrokes,
        take 140 ms at 100,000 events.
        """
        with paused_gc():
            corpus.warm_keys()

    @work(thread=True, exclusive=True, group="rules", exit_on_error=False)
    def check_rules(self: Any, corpus: Corpus) -> None:
        """Say once when older rules read some documents (reading the rule files is no first-frame work)."""
        from store.rules_version import older_rules_note

        if note := older_rules_note(corpus.documents):
            self.post_message(OlderRules(note))

    def on_older_rules(self: Any, message: OlderRules) -> None:
        self.notify(message.note, title="Older rules", timeout=12, markup=False)

    def on_corpus_loaded(self: Any, message: CorpusLoaded) -> None:
        """Show what the store holds: first a preview of a large store's first events, then all of them."""
        self._centre.remove_class("-ingesting")
        corpus, previous = message.corpus, self.corpus
        if message.shown is not None:
            self.call_after_refresh(message.shown.set)
        keep = self._same_event_in(corpus) if previous is not None else None
        self.corpus = corpus
        if not corpus.is_partial:
            self.call_after_refresh(self.warm_search_keys, corpus)
            if not self._rules_checked:
                self._rules_checked = True
                self.call_after_refresh(self.check_rules, corpus)
        from store.selecting import Selector  # what it imports, the worker that built the corpus loaded

        self.selector = Selector(corpus)
        self.timeline.set_corpus(corpus)
        self.sidebar.load(
            corpus, keep=self.sidebar.checked if previous is not None else self.restore_filters(corpus)
        )
        self._update_summary()
        if message.ingest_note:
            self.notify(message.ingest_note, title="First run")
        if message.reloaded:
            self._reloading = False
            changed = what_changed(previous, corpus) if previous is not None else None
            if changed and not self._quiet_reload:
                self.notify(f"The store changed on disk: {changed}.", title="Reloaded", timeout=6)
        self.apply_filters(keep=keep)
        if previous is not None and previous.is_partial != corpus.is_partial:
            self.refresh_bindings()  # corrections wait for the whole store

    def _same_event_in(self: Any, corpus: Corpus) -> int | None:
        """The selected event's index in ``corpus`` (the whole store after its preview)."""
        index, previous = self.timeline.selected_index, self.corpus
        if index is None or previous is None:
            return None
        event_id = previous.event_id(index)
        if index < len(corpus) and corpus.event_id(index) == event_id:
            return index  # the preview's events are the first of the whole list, in the same order
        return corpus.index_of.get(event_id)

    def _update_summary(self: Any) -> None:
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
