"""Read again, from their files, the stored documents that older rules read (``mali-tui reread``).

Re-ingesting the same folders does the same, but the user may not remember every folder a store was
built from; the store remembers each document's file. Corrections and occurrence decisions are keyed by
sentence and event ids, so they survive as after any re-ingest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.ingest import IngestSummary, Progress, ingest_paths
from store.rules_version import rereadable

if TYPE_CHECKING:
    from store.storage.db import EventStore


def reread_stale(
    store: EventStore, *, progress: Progress | None = None, jobs: int = 1
) -> tuple[IngestSummary, list[str]]:
    """Re-read the documents other rules read; returns the run's summary and one line per file gone."""
    found = rereadable(store.load(texts=False).documents)
    if not found.paths:
        return IngestSummary(), found.missing
    return ingest_paths(store, found.paths, progress=progress, jobs=jobs), found.missing
