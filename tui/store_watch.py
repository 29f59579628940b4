"""The browser notices when its store changes on disk (an ``ingest`` in another terminal) and reloads.

A mixin of ``tui.browser_screen.BrowserScreen``. Every second a timer compares
the modification time and size of the store file, and of the corrections file
beside it (``mali-tui corrections set`` in another terminal writes only that
one), with those they were read at (two ``stat`` calls, microseconds: no thread
is needed to look); when they differ, a
worker reads the store again and the screen shows it keeping the selection,
then says what changed ("12 new events"). The browser's own corrections update
the stamp, so they do not count as a change.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from textual import work

from store.errors import MaliTuiError
from store.storage.gc_pause import paused_gc
from tui.messages import CorpusLoaded, LoadFailed

if TYPE_CHECKING:
    from pathlib import Path

    from store.browse import Corpus

POLL_SECONDS = 1.0

Stamp = tuple[int, ...] | None


def file_stamp(path: Path) -> Stamp:
    """Modification time (ns) and size of the store file ``path`` and of its corrections file;
    ``None`` when there is no store file (yet)."""
    from store.storage.corrections_file import corrections_path

    try:
        st = os.stat(path)
    except OSError:
        return None
    try:
        beside = os.stat(corrections_path(path))
    except OSError:
        return st.st_mtime_ns, st.st_size
    return st.st_mtime_ns, st.st_size, beside.st_mtime_ns, beside.st_size


def what_changed(before: Corpus, after: Corpus) -> str | None:
    """ "12 new events, 3 removed" (or corrections), ``None`` when the events are the same."""
    old, new = set(before.index_of), set(after.index_of)
    added, removed = len(new - old), len(old - new)
    parts = []
    if added:
        parts.append(f"{added} new event{'s' if added != 1 else ''}")
    if removed:
        parts.append(f"{removed} event{'s' if removed != 1 else ''} removed")
    if not parts and after.corrected_count != before.corrected_count:
        parts.append("corrections changed")
    return ", ".join(parts) or None


class StoreWatch:
    """Polls the store's stamp; reloads in a worker when another process wrote it."""

    store_stamp: Stamp = None
    _reloading: bool = False
    _quiet_reload: bool = False  # the screen changed the store itself and has said how

    def start_watching(self: Any) -> None:
        self.set_interval(POLL_SECONDS, self.poll_store, name="store-watch")

    def poll_store(self: Any) -> None:
        if self._reloading or self.corpus is None or self.corpus.is_partial:
            return  # the first load is still running: it sets the stamp it read at
        now = file_stamp(self.store.path)
        if now is not None and now != self.store_stamp:
            self._reloading, self._quiet_reload = True, False
            self.reload_store()

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def reload_store(self: Any) -> None:
        """Read the store again (another process wrote it); never touches widgets."""
        from store.browse import Corpus

        try:
            self.store_stamp = file_stamp(self.store.path)
            snapshot = self.store.load(texts=False)
            with paused_gc():
                corpus = Corpus.from_snapshot(snapshot)
            self.post_message(CorpusLoaded(corpus, reloaded=True))
        except MaliTuiError as exc:
            self.post_message(
                LoadFailed(f"the store changed and could not be read again: {exc}", reloaded=True)
            )
        except Exception as exc:  # a worker must report, not die silently
            self.post_message(LoadFailed(f"{type(exc).__name__}: {exc}", reloaded=True))
