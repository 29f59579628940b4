"""The browser screen's corrections: ``E`` the form, ``r`` reject, ``u`` undo, written in a worker.

A mixin of ``tui.browser_screen.BrowserScreen``; the rules (what may be
corrected now, what a correction carries) are the screen's ``refused`` and
``store.correcting``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work

from store.errors import MaliTuiError, StoreLockedError
from store.text.visible import visible
from tui.messages import (
    CorrectionFailed,
    CorrectionSaved,
)
from tui.store_watch import file_stamp
from tui.timeline import display_date

if TYPE_CHECKING:
    from store.event_view import EventView
    from tui.correction_form import CorrectionChange

CORRECTION_ACTIONS = frozenset({"correct", "toggle_reject", "undo_correction"})


class CorrectionActions:
    """Correct, reject or undo the selected event; the store is written off the UI thread."""

    def action_correct(self: Any) -> None:
        """Open the correction form for the selected event."""
        from tui.correction_screen import CorrectionScreen

        corpus, index = self.corpus, self.timeline.selected_index
        if self.refused("correct") or corpus is None or index is None:
            return
        if isinstance(self.app.screen, CorrectionScreen):
            return
        event, extracted = corpus.shown_and_extracted(index)

        def chosen(change: CorrectionChange | None) -> None:
            if change is not None:
                self.write_correction(event.id, extracted, change)

        self.app.push_screen(CorrectionScreen(event, extracted), chosen)

    def action_toggle_reject(self: Any) -> None:
        """Reject the selected event as not an event, or restore a rejected one."""
        corpus, index = self.corpus, self.timeline.selected_index
        if self.refused("toggle_reject") or corpus is None or index is None:
            return
        from tui.correction_form import CorrectionChange

        event = corpus.event(index)
        change = CorrectionChange(rejected=not event.rejected)
        self.write_correction(event.id, corpus.extracted_event(index), change)

    def action_undo_correction(self: Any) -> None:
        """Step the selected event back to its state before its last correction."""
        corpus, index = self.corpus, self.timeline.selected_index
        if self.refused("undo_correction") or corpus is None or index is None:
            return
        from tui.correction_form import CorrectionChange

        self.write_correction(
            corpus.event_id(index), corpus.extracted_event(index), CorrectionChange(undo=True)
        )

    @work(thread=True, exclusive=True, group="corrections", exit_on_error=False)
    def write_correction(self: Any, event_id: str, extracted: EventView, change: CorrectionChange) -> None:
        """Write one correction under the store lock; never touches widgets.

        Posts the stored record, which the corpus applies to its extracted event
        (``Corpus.show_correction``), so the corpus need not be read again.
        """
        from store.correcting import correct_event, undo_event
        from store.storage.correction_values import CorrectionError

        try:
            unchanged = file_stamp(self.store.path) == self.store_stamp
            moved = 0
            if change.undo:
                undone = undo_event(self.store, event_id)
                record, moved = undone.record or None, undone.moved
            else:
                corrected = correct_event(self.store, event_id, **change.set_correction_kwargs())
                record, moved = corrected.record, corrected.moved
            if unchanged:  # our own write is no change to reload for (another's still is)
                self.store_stamp = file_stamp(self.store.path)
            note = _saved_note(change, record)
            if moved:  # shown moved by on_correction_saved (Corpus.show_correction); nothing stored moves
                note += f"; {moved} other item{'s' if moved != 1 else ''} of its undated list moved with it"
            self.post_message(CorrectionSaved(event_id, note, record))
        except StoreLockedError as exc:
            self.post_message(CorrectionFailed(str(exc), locked=True))
        except CorrectionError as exc:
            # The store names the event by its id; the analyst knows it by its title.
            said = exc.message.replace(f"event {event_id!r}", event_label(extracted))
            said = said.replace(f"no event with id {event_id!r}", f"{event_label(extracted)} is not")
            self.post_message(CorrectionFailed(said, refused=True))
        except MaliTuiError as exc:
            self.post_message(CorrectionFailed(str(exc)))
        except Exception as exc:  # a worker must report, not die silently
            self.post_message(CorrectionFailed(f"{type(exc).__name__}: {exc}"))

    def on_correction_saved(self: Any, message: CorrectionSaved) -> None:
        """Show the corrected event in place: same selection, scroll kept unless it moved away."""
        corpus = self.corpus
        if corpus is None or message.event_id not in corpus.index_of:
            return
        selected = self.timeline.selected_event
        keep_id = selected.id if selected is not None else message.event_id
        countries_before = list(corpus.countries)
        index = corpus.show_correction(message.event_id, message.record)  # its list and occurrences follow
        from store.selecting import Selector

        self.selector = Selector(corpus)
        self.timeline.set_corpus(corpus)
        if corpus.countries != countries_before:
            self.sidebar.load(corpus, keep=self.sidebar.checked)
        self.apply_filters(keep=corpus.index_of.get(keep_id, index))
        if self.timeline.selected_index is not None:
            self.show_event(self.timeline.selected_index, center=False)
        self._update_summary()
        note = f"{event_label(corpus.event(index))}: {message.note}"
        self.notify(visible(note), title="Correction", timeout=4, markup=False)

    def on_correction_failed(self: Any, message: CorrectionFailed) -> None:
        if message.refused:
            self.notify(
                visible(message.error), title="Correction", severity="warning", timeout=5, markup=False
            )
            return
        title = "Store busy" if message.locked else "Correction not saved"
        self.notify(visible(message.error), title=title, severity="error", timeout=8, markup=False)


def event_label(event: EventView) -> str:
    """How messages name an event: its title and date ("“Mali: coup” (2021-05)"), never its id."""
    title = event.heading or "an event"
    if len(title) > 60:
        title = title[:59] + "…"
    return f"“{title}” ({display_date(event)})"


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
