"""The event store: one TinyDB file holding documents, events and corrections.

Reads never lock: they parse the file, which writers only ever replace whole
(``store.jsonstorage``). Writes take a file lock so that two ingests cannot
interleave, and batch every change of a run into one atomic write.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import Query, TinyDB
from tinydb.middlewares import CachingMiddleware

from store.errors import StoreError, StoreLockedError
from store.jsonstorage import AtomicOrjsonStorage, read_json_file

SCHEMA_VERSION = 1
APP_MARK = "mali-tui"
DOCUMENTS, EVENTS, CORRECTIONS, META = "documents", "events", "corrections", "meta"


@dataclass(slots=True)
class Snapshot:
    """Everything the store holds, as plain dicts, read in one go."""

    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    corrections: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.documents


@dataclass(slots=True)
class WriteResult:
    """What one batch write changed, for the ingest summary."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _table_rows(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    table = data.get(name) or {}
    if not isinstance(table, dict):
        raise ValueError(name)
    return list(table.values())


class EventStore:
    """A store file on disk; cheap to construct, opened on each call."""

    def __init__(self, path: Path | str, *, lock_timeout: float = 5.0) -> None:
        self.path = Path(path).expanduser()
        self.lock_timeout = lock_timeout

    # -- reading -------------------------------------------------------------

    def _read_checked(self) -> dict[str, Any] | None:
        data = read_json_file(self.path)
        if data is None:
            return None
        meta_rows = list((data.get(META) or {}).values()) if isinstance(data.get(META), dict) else []
        meta = meta_rows[0] if meta_rows else {}
        if meta.get("app") != APP_MARK:
            raise StoreError("not a mali-tui store; pass another --db or move this file away", self.path)
        version = meta.get("schema")
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise StoreError(
                f"store schema {version} is newer than this mali-tui understands "
                f"({SCHEMA_VERSION}); upgrade mali-tui",
                self.path,
            )
        return data

    def load(self) -> Snapshot:
        """Read documents, events and corrections; an absent store is empty."""
        data = self._read_checked()
        if data is None:
            return Snapshot()
        try:
            documents = {doc["name"]: doc for doc in _table_rows(data, DOCUMENTS)}
            events = _table_rows(data, EVENTS)
            corrections = {row["event_id"]: row for row in _table_rows(data, CORRECTIONS)}
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError("store is damaged (a table is malformed); restore a backup", self.path) from exc
        return Snapshot(documents=documents, events=events, corrections=corrections)

    # -- writing -------------------------------------------------------------

    def _lock(self) -> FileLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return FileLock(str(self.path) + ".lock", timeout=self.lock_timeout)

    def _open_db(self) -> TinyDB:
        self._read_checked()  # refuse foreign or newer stores before touching them
        db = TinyDB(self.path, storage=CachingMiddleware(AtomicOrjsonStorage))
        db.storage.WRITE_CACHE_SIZE = 1 << 30  # one write per batch, at close
        meta = db.table(META)
        if not meta.all():
            meta.insert({"app": APP_MARK, "schema": SCHEMA_VERSION})
        return db

    def write_documents(self, items: Iterable[tuple[dict[str, Any], list[dict[str, Any]]]]) -> WriteResult:
        """Add or replace documents with their events, all in one atomic write.

        A document whose name, text and reference date are unchanged is left as
        it is, so ingesting the same file twice stores nothing new.
        """
        result = WriteResult()
        try:
            with self._lock():
                db = self._open_db()
                try:
                    docs, events = db.table(DOCUMENTS), db.table(EVENTS)
                    q = Query()
                    for doc, doc_events in items:
                        name = doc["name"]
                        old = docs.get(q.name == name)
                        if old is not None and _same_document(old, doc):
                            result.unchanged.append(name)
                            continue
                        if old is not None:
                            docs.remove(q.name == name)
                            events.remove(q.doc == name)
                            result.replaced.append(name)
                        else:
                            result.added.append(name)
                        docs.insert(doc)
                        if doc_events:
                            events.insert_multiple(doc_events)
                finally:
                    db.close()
        except Timeout as exc:
            raise StoreLockedError(
                "another mali-tui ingest is writing this store; try again when it ends", self.path
            ) from exc
        return result


def _same_document(old: dict[str, Any], new: dict[str, Any]) -> bool:
    keys = ("sha256", "published", "published_source", "extractor")
    return all(old.get(k) == new.get(k) for k in keys)
