"""App-wide messages: what the load, export and correction workers tell the app.

Widget messages nest in their widget (``Timeline.Selected``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:
    from tui.corpus import Corpus


@dataclass
class IngestProgress(Message):
    """First run: one seed document has been ingested."""

    done: int
    total: int
    name: str

    def can_replace(self, message: Message) -> bool:
        # Only the latest progress matters when the UI lags behind the worker.
        return isinstance(message, IngestProgress)


@dataclass
class CorpusLoaded(Message):
    """The store has been read (and the seeds ingested on a first run)."""

    corpus: Corpus
    ingest_note: str | None = None
    shown: threading.Event | None = None  # set once a preview is on screen: the load goes on then


@dataclass
class LoadFailed(Message):
    """The store could not be read or the seeds not ingested; ``error`` is one line."""

    error: str


@dataclass
class ExportDone(Message):
    """The events of the current filter were written to ``path``."""

    path: str
    count: int


@dataclass
class ExportFailed(Message):
    """The export could not be written; ``error`` is one line."""

    error: str


@dataclass
class CorrectionSaved(Message):
    """An analyst's correction was written; ``event`` is the event as it must now be shown."""

    event_id: str
    event: dict[str, Any]
    note: str


@dataclass
class CorrectionFailed(Message):
    """A correction was not written; ``error`` is one line.

    ``locked``: another process (an ingest) holds the store, try again later;
    ``refused``: the store said no (nothing to undo, the event is gone).
    """

    error: str
    locked: bool = False
    refused: bool = False
