"""App-wide messages: what the load worker tells the app (widget messages nest in their widget)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

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
