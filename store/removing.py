"""Removing documents from the store, with their events, in one atomic write.

The analyst's corrections of those events are kept (they are the analyst's
work, and the document may come back): they are listed as orphaned, as after
a re-ingest that drops a sentence (``mali-tui corrections --orphaned``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath

from store.errors import MaliTuiError
from store.storage.db import EventStore
from store.storage.schema import CORRECTIONS, DOCUMENTS, EVENTS


@dataclass(slots=True)
class RemoveResult:
    """What a removal did: documents and events gone, corrections kept but now orphaned."""

    removed: list[str] = field(default_factory=list)
    events: int = 0
    orphaned_corrections: int = 0
    unknown: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the terminal ("removed 1 document and 12 events; 2 corrections kept, orphaned")."""
        docs = len(self.removed)
        line = (
            f"removed {docs} document{'s' if docs != 1 else ''} and "
            f"{self.events} event{'s' if self.events != 1 else ''}"
        )
        if self.orphaned_corrections:
            n = self.orphaned_corrections
            line += (
                f"; {n} correction{'s' if n != 1 else ''} kept and listed as orphaned "
                "(mali-tui corrections --orphaned)"
            )
        return line


def remove_documents(store: EventStore, names: Iterable[str]) -> RemoveResult:
    """Remove the documents called ``names`` (as ``mali-tui docs`` lists them) and their events.

    A path is taken by its file name. Names the store does not hold are
    reported in ``unknown``; the others are removed all together or, on any
    error, not at all.
    """
    wanted = list(dict.fromkeys(PurePath(n).name if "/" in n else n for n in names))
    if not wanted:
        raise MaliTuiError("give the name of at least one document (see: mali-tui docs)")
    result = RemoveResult()
    present = set(store.load(texts=False).documents)
    result.unknown = [n for n in wanted if n not in present]
    if len(result.unknown) == len(wanted):
        return result  # nothing to remove: the store is not rewritten
    with store.writing() as db:
        docs, events = db.table(DOCUMENTS), db.table(EVENTS)
        stored = {row["name"]: row.doc_id for row in docs.all()}
        result.unknown = [n for n in wanted if n not in stored]
        gone = {n for n in wanted if n in stored}
        if not gone:
            return result
        ids = [row.doc_id for row in events.all() if row.get("doc") in gone]
        docs.remove(doc_ids=[stored[n] for n in gone])
        events.remove(doc_ids=ids)
        result.removed = [n for n in wanted if n in gone]
        result.events = len(ids)
        result.orphaned_corrections = sum(1 for row in db.table(CORRECTIONS).all() if row.get("doc") in gone)
    return result
