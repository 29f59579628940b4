"""``X``, ``m``, ``M`` on the timeline: the analyst splits and merges occurrences.

A mixin of ``tui.occurrence_timeline.OccurrenceTimeline`` (which owns the keys and
the occurrence state); the decisions and the worker's messages are in
``tui.occurrence_corrections``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the writer and its messages are imported when a key first splits or merges
    from store.browse import Corpus
    from store.occurrence_view import OccurrenceRows
    from tui.occurrence_corrections import Decision, OccurrenceCorrectionFailed, OccurrencesCorrected


class OccurrenceDecisions:
    """Split the report being read out of its occurrence; mark one occurrence and merge another into it."""

    corpus: Corpus | None
    occurrences: OccurrenceRows | None
    marked: str | None
    _pregrouped: tuple[Corpus, OccurrenceRows] | None
    selected_index: int | None
    app: Any
    screen: Any
    _cache: Any

    if TYPE_CHECKING:

        def members_of(self, index: int) -> tuple[int, ...]: ...
        def _is_marked(self, index: int) -> bool: ...
        def notify(self, message: str, **kwargs: Any) -> None: ...
        def refresh(self, *args: Any, **kwargs: Any) -> Any: ...
        def post_message(self, message: Any) -> bool: ...
        def run_worker(self, work: Any, **kwargs: Any) -> Any: ...

    def _can_correct(self) -> bool:
        corpus = self.corpus
        if corpus is None or corpus.is_partial or self.occurrences is None:
            self.notify("Wait until the whole store is read and grouped.", severity="warning", timeout=3)
            return False
        return True

    def split(self) -> None:
        """``X``: the report being read is not the same occurrence as the other reports of its occurrence."""
        index = self.selected_index
        if index is None or not self._can_correct():
            return
        members = self.members_of(index)
        if len(members) < 2:
            self.notify("This report is already an occurrence of its own.", timeout=3)
            return
        from tui.occurrence_corrections import split_decision

        event = self.corpus.event  # type: ignore[union-attr]
        self._write(split_decision(event(index), [event(i) for i in members if i != index]), event(index).id)

    def mark(self) -> None:
        """``m``: mark the selected occurrence for a merge (again: unmark it)."""
        index = self.selected_index
        if index is None or self.corpus is None:
            return
        if self.marked is not None and self._is_marked(index):
            self.marked = None
            self.notify("Unmarked.", timeout=3)
        else:
            self.marked = self.corpus.event_id(index)
            self.notify("Marked: select another occurrence and press M to merge it into this one.", timeout=4)
        self._cache.clear()
        self.refresh()

    def merge(self) -> None:
        """``M``: the selected occurrence is the same as the marked one."""
        index, corpus = self.selected_index, self.corpus
        if index is None or corpus is None:
            return
        marked = corpus.index_of.get(self.marked) if self.marked is not None else None
        if marked is None:
            self.notify("Mark an occurrence first (m), then select another and press M.", timeout=4)
            return
        if self._is_marked(index):
            self.notify("This is the marked occurrence: select another one to merge into it.", timeout=4)
            return
        if not self._can_correct():
            return
        from tui.occurrence_corrections import merge_decision

        event = corpus.event
        decision = merge_decision(
            [event(i) for i in self.members_of(marked)], [event(i) for i in self.members_of(index)]
        )
        self._write(decision, corpus.event_id(index))

    def _write(self, decision: Decision, keep: str) -> None:
        from tui.occurrence_corrections import write_decision

        store = self.app.store  # type: ignore[attr-defined]

        def work() -> None:
            self.post_message(write_decision(store, decision, keep))

        self.run_worker(
            work, thread=True, exclusive=True, group="occurrence-corrections", exit_on_error=False
        )

    def on_occurrences_corrected(self, message: OccurrencesCorrected) -> None:
        """Show the store as the decision left it: the app loads the new corpus, already grouped."""
        from tui.messages import CorpusLoaded

        message.stop()
        self._pregrouped = (message.corpus, message.rows)
        if message.note.startswith("Merged"):
            self.marked = None
        self.notify(message.note, title="Occurrences", timeout=5)
        self.screen.post_message(CorpusLoaded(message.corpus))  # the screen shows it (it does not bubble)

    def on_occurrence_correction_failed(self, message: OccurrenceCorrectionFailed) -> None:
        message.stop()
        if message.refused:
            self.notify(message.error, title="Occurrences", severity="warning", timeout=5)
            return
        title = "Store busy" if message.locked else "Decision not saved"
        self.notify(message.error, title=title, severity="error", timeout=8)
