"""What the load, export and correction workers tell the browser screen.

They go to the browser screen and stop there (``bubble=False``); widget
messages nest in their widget (``Timeline.Selected``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:
    from store.browse import Corpus


@dataclass
class IngestProgress(Message, bubble=False):
    """First run: one seed document has been ingested."""

    done: int
    total: int
    name: str

    def can_replace(self, message: Message) -> bool:
        # Only the latest progress matters when the UI lags behind the worker.
        return isinstance(message, IngestProgress)


@dataclass
class CorpusLoaded(Message, bubble=False):
    """The store has been read (and the seeds ingested on a first run)."""

    corpus: Corpus
    ingest_note: str | None = None
    reloaded: bool = False  # read again because another process changed the store
    shown: threading.Event | None = None  # set once a preview is on screen: the load goes on then


@dataclass
class OlderRules(Message, bubble=False):
    """Older rules than this install's read some stored documents; ``note`` says what to run."""

    note: str


@dataclass
class LoadFailed(Message, bubble=False):
    """The store could not be read or the seeds not ingested; ``error`` is one line."""

    error: str
    reloaded: bool = False  # a reload failed: the events shown stay as they were


@dataclass
class ExportDone(Message, bubble=False):
    """The events of the current filter were written to ``path``."""

    path: str
    count: int


@dataclass
class ExportFailed(Message, bubble=False):
    """The export could not be written; ``error`` is one line."""

    error: str


@dataclass
class CorrectionSaved(Message, bubble=False):
    """An analyst's correction was written: ``record`` is what the event must now be shown with.

    ``note`` says what was saved; the toast puts the event's title before it.
    """

    event_id: str
    note: str
    record: dict[str, Any] | None = None  # the correction stored now (``None``: none left)


@dataclass
class CorrectionFailed(Message, bubble=False):
    """A correction was not written; ``error`` is one line.

    ``locked``: another process (an ingest) holds the store, try again later;
    ``refused``: the store said no (nothing to undo, the event is gone).
    """

    error: str
    locked: bool = False
    refused: bool = False
