"""The event store: one file holding documents, events and corrections, written through TinyDB.

Reads never lock: they parse the file, which writers only ever replace whole
(``store.storage.atomic``). Writes take a file lock so that two writers cannot
interleave, and batch every change of a run into one atomic write: a writer
that fails or is killed half-way leaves the previous file untouched. The file
holds one record per line (``store.storage.storefile``), so a reader never has the
whole store in flight at once and the browser can leave document texts on
disk until one is shown (``EventStore.document_text``).

The file carries its schema version in the ``meta`` table (``storage.schema``).
An older store is migrated when it is opened for writing, after an exact copy
of it is kept as ``NAME.bak-vN``; readers migrate in memory only. What is read
comes back as a ``storage.snapshot.Snapshot``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from store.errors import StoreError, StoreLockedError
from store.storage import corrections_file, storefile
from store.storage.atomic import remove_stale_temp_files, write_bytes_atomic
from store.storage.gc_pause import paused_gc
from store.storage.migrations import MIGRATIONS, Migration
from store.storage.read_once import ReadOnce, stamp
from store.storage.schema import (
    CORRECTIONS,
    CORRECTIONS_OWN_FILE,
    DOCUMENTS,
    EVENTS,
    FILE_DECISIONS,
    META,
    PREVIEW_SINCE,
    SCHEMA_VERSION,
    backup_path,
    migrate,
    schema_of,
)
from store.storage.snapshot import Snapshot, snapshot_of
from store.storage.store_path import refuse_special, resolve_store_path, store_mode

if TYPE_CHECKING:  # writing needs them; reading (the browser's start-up) does not
    from filelock import FileLock
    from tinydb import TinyDB

PREVIEW_EVENTS = storefile.PREVIEW_EVENTS  # a few screens of the timeline, read in a few milliseconds
Relink = Callable[[list[dict[str, Any]], set[str], list[dict[str, Any]]], object]
"""Called inside a write with every event record, the ids just written and the records they replaced."""


@dataclass(slots=True)
class WriteResult:
    """What one batch write changed, for the ingest summary."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


class EventStore:
    """A store file on disk; cheap to construct, opened on each call."""

    def __init__(
        self,
        path: Path | str,
        *,
        lock_timeout: float = 5.0,
        migrations: Mapping[int, Migration] = MIGRATIONS,
        schema_version: int = SCHEMA_VERSION,
    ) -> None:
        self.path = resolve_store_path(path)  # a symlink's target is what is read, written and locked
        self.lock_timeout = lock_timeout
        self.migrations = migrations
        self.schema_version = schema_version
        self._filelock: FileLock | None = None
        self._texts: dict[str, storefile.TextRef] = {}  # where the texts a load left on disk are
        self._once: ReadOnce | None = None  # inside ``read_once``: the last whole read, for the write

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    # -- reading -------------------------------------------------------------

    def _read_current(
        self, *, texts: bool = True, preview: storefile.Preview | None = None, after: int = 0
    ) -> tuple[storefile.Loaded | None, int | None]:
        """The parsed store brought to the current schema in memory, and its version on disk."""
        loaded = storefile.read(self.path, texts=texts, preview=preview, preview_after=after)
        if loaded is None:
            return None, None
        version = schema_of(loaded.tables, self.path, self.schema_version)
        if version < self.schema_version:
            loaded.tables = migrate(
                loaded.tables, self.path, migrations=self.migrations, target=self.schema_version
            )
        if version >= CORRECTIONS_OWN_FILE:
            fixes, decided = corrections_file.read_for_load(self.path)
            loaded.tables[CORRECTIONS], loaded.tables[FILE_DECISIONS] = fixes, decided
        return loaded, version

    def load(
        self,
        *,
        texts: bool = True,
        preview: Callable[[Snapshot], None] | None = None,
        preview_events: int | None = None,
    ) -> Snapshot:
        """Read documents, events and corrections; an absent store is empty. Never locks, never writes.

        Without ``texts`` the documents come without their text, which stays
        on disk until ``Snapshot.text`` asks for it: the browser shows one
        document at a time and saves a sixth of its memory.

        ``preview`` is called (in this thread) with a partial snapshot once
        the first ``preview_events`` events of a store written in timeline
        order are read: the first screen of the browser, shown while the rest
        is read. Its ``total_events`` says how many are coming.
        """

        def partial(tables: storefile.Tables, total: int, refs: dict[str, storefile.TextRef]) -> None:
            if preview is None:
                return
            version = schema_of(tables, self.path, self.schema_version)
            if version < PREVIEW_SINCE:
                return  # an older store is migrated once it is whole
            if version >= CORRECTIONS_OWN_FILE:
                tables[CORRECTIONS], tables[FILE_DECISIONS] = corrections_file.read_for_load(self.path)
            self._texts = refs  # the texts come last: the preview reads its documents' from disk
            preview(self._snapshot(tables, events_sorted=True, texts=True, total=total))

        with paused_gc():  # a 100k-event store parses 2x faster without the collector walking it
            before = stamp(self.path)
            loaded, version = self._read_current(
                texts=texts,
                preview=partial if preview else None,
                after=PREVIEW_EVENTS if preview_events is None else preview_events,
            )
        if self._once is not None and texts and preview is None:
            self._once.keep(loaded, version, before)
        if loaded is None:
            return Snapshot()
        self._texts = loaded.texts
        return self._snapshot(loaded.tables, events_sorted=loaded.events_sorted, texts=bool(loaded.texts))

    @contextlib.contextmanager
    def read_once(self) -> Iterator[None]:
        """Hold the writer lock; a write in the block starts from the block's last whole ``load()``.

        An ingest reads the store, then writes it: once instead of twice (``store.storage.read_once``).
        The loaded records are then the ones the write holds: change them only through it.
        """
        with self.locked():
            self._once = ReadOnce()
            try:
                yield
            finally:
                self._once = None

    def _snapshot(
        self, data: dict[str, Any], *, events_sorted: bool, texts: bool, total: int | None = None
    ) -> Snapshot:
        source = self.document_text if texts else None
        return snapshot_of(data, self.path, events_sorted=events_sorted, text_source=source, total=total)

    def document_text(self, name: str) -> str | None:
        """A text ``load(texts=False)`` left on disk; ``None`` if the store no longer holds that text.

        Checked against the document's hash, so a store rewritten since (by
        another process) gives the right text or none, never another one.
        """
        ref = self._texts.get(name)
        if ref is None:
            return None
        text = storefile.read_text(self.path, name, ref)
        if text is None:  # rewritten since: find where the text is now
            moved = storefile.index_texts(self.path)
            now = moved.get(name)
            if now is None or now.sha256 != ref.sha256:
                return None
            self._moved_texts(moved)
            text = storefile.read_text(self.path, name, now)
        return text

    # -- writing -------------------------------------------------------------

    def _lock(self) -> FileLock:
        if self._filelock is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                reason = exc.strerror or exc
                raise StoreError(f"cannot create the store's folder ({reason})", self.path) from exc
            from filelock import FileLock

            self._filelock = FileLock(
                str(self.lock_path), timeout=self.lock_timeout, mode=store_mode(self.path)
            )
        return self._filelock

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the writer lock (re-entrant): one ingest holds it for its whole run.

        Waits up to ``lock_timeout`` seconds for another writer, then raises
        ``StoreLockedError``. Readers never take it.
        """
        from filelock import Timeout

        refuse_special(self.path, "write")  # before its lock file is created beside it
        lock = self._lock()
        try:
            lock.acquire()
        except Timeout as exc:
            raise StoreLockedError(
                f"another mali-tui process is writing this store (waited {self.lock_timeout:g} s); "
                "try again when it ends",
                self.path,
            ) from exc
        except OSError as exc:
            raise StoreError(f"cannot lock the store ({exc.strerror or exc})", self.lock_path) from exc
        try:
            yield
        finally:
            lock.release()

    @contextlib.contextmanager
    def writing(self) -> Iterator[TinyDB]:
        """A TinyDB over the whole store, written back in one atomic replace if the block succeeds.

        Under the writer lock: refuses foreign or newer files before touching
        anything, migrates an older one (after keeping ``NAME.bak-vN``), and
        discards every change if the block raises.
        """
        with self.locked():
            remove_stale_temp_files(self.path)
            held = self._once.take(self.path) if self._once is not None else None
            loaded, version = held if held is not None else self._read_current()
            if loaded is not None and version is not None and version < self.schema_version:
                self._keep_backup(version)
            data = loaded.tables if loaded is not None else None
            from tinydb import TinyDB
            from tinydb.storages import MemoryStorage

            db = TinyDB(storage=MemoryStorage)
            db.storage.write(data or {})
            meta = db.table(META)
            if not meta.all():
                meta.insert({"app": storefile.APP_MARK, "schema": self.schema_version})
            corrections_before = orjson.dumps((data or {}).get(CORRECTIONS) or {})
            yield db
            tables = db.storage.read() or {}
            tables.pop(FILE_DECISIONS, None)  # the corrections file's: never written into the store
            if self.schema_version >= CORRECTIONS_OWN_FILE:
                moved = (version or CORRECTIONS_OWN_FILE) < CORRECTIONS_OWN_FILE
                corrections_file.store_corrections(
                    self.path, tables.pop(CORRECTIONS, None) or {}, corrections_before, migrating=moved
                )
            payload, refs = storefile.encode(tables)
            write_bytes_atomic(self.path, payload)
            self._moved_texts(refs)

    def _moved_texts(self, refs: dict[str, storefile.TextRef]) -> None:
        """Texts a load left on disk, at their place in the rewritten file (a changed text is gone)."""
        known = self._texts
        if known:
            self._texts = {n: r for n, r in refs.items() if n in known and r.sha256 == known[n].sha256}

    def _keep_backup(self, version: int) -> Path:
        """An exact copy of the store as it is on disk, before a migration rewrites it."""
        raw = self.path.read_bytes()
        target = backup_path(self.path, version)
        n = 1
        while target.exists():
            if target.read_bytes() == raw:
                return target
            n += 1
            target = target.with_name(f"{backup_path(self.path, version).name}.{n}")
        write_bytes_atomic(target, raw)
        return target

    def write_documents(
        self, items: Iterable[tuple[dict[str, Any], list[dict[str, Any]]]], relink: Relink | None = None
    ) -> WriteResult:
        """Add or replace documents with their events, all in one atomic write.

        A document whose name, text and reference date are unchanged is left as
        it is, so ingesting the same file twice stores nothing new. The
        corrections table is never touched here. ``relink`` (the occurrence
        linker, which storage does not import) updates event records in place
        before the write.
        """
        result = WriteResult()
        with self.writing() as db:
            docs, events = db.table(DOCUMENTS), db.table(EVENTS)
            stored = {row["name"]: row for row in docs.all()}
            pending: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
            for doc, doc_events in items:
                pending[doc["name"]] = (doc, doc_events)
            replaced_ids: list[int] = []
            new_docs: list[dict[str, Any]] = []
            new_events: list[dict[str, Any]] = []
            for name, (doc, doc_events) in pending.items():
                old = stored.get(name)
                if old is not None and _same_document(old, doc):
                    result.unchanged.append(name)
                    continue
                if old is not None:
                    replaced_ids.append(old.doc_id)
                    result.replaced.append(name)
                else:
                    result.added.append(name)
                new_docs.append(doc)
                new_events.extend(doc_events)
            removed: list[dict[str, Any]] = []
            if replaced_ids:
                gone = set(result.replaced)
                removed = [dict(row) for row in events.all() if row.get("doc") in gone] if relink else []
                docs.remove(doc_ids=replaced_ids)
                events.remove(cond=lambda row: row.get("doc") in gone)
            if new_docs:
                docs.insert_multiple(new_docs)
            if new_events:
                events.insert_multiple(new_events)
            if relink is not None and (new_events or removed):
                rows = list((db.storage.read() or {}).get(EVENTS, {}).values())
                relink(rows, {str(e.get("id")) for e in new_events}, removed)
        return result


def _same_document(old: dict[str, Any], new: dict[str, Any]) -> bool:
    keys = ("sha256", "published", "published_source", "extractor")
    return all(old.get(k) == new.get(k) for k in keys)
