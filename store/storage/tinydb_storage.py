"""The store and its corrections file as TinyDB storages, for anyone who queries them from Python.

TinyDB's documented extension point is ``tinydb.storages.Storage`` (``read``
returns every table, ``write`` takes them all back). ``MaliTuiStorage`` reads
the store file whatever its schema (migrated in memory, texts included, the
corrections from the file beside it) and writes it whole through
``EventStore.writing``: atomically, under mali-tui's writer lock, migrating an
old store after its backup, corrections to their own file.
``CorrectionsStorage`` does the same for ``NAME.corrections.json``.

    from tinydb import Query, TinyDB
    db = TinyDB("events.json", storage=MaliTuiStorage)
    db.table("events").search(Query().countries.any(["EG"]))

TinyDB asks its storage for every table on each query: a read is kept while
the file on disk is the same (size, time and inode), so a second query does
not parse the store again.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb.storages import Storage

from store.errors import StoreError, StoreLockedError
from store.storage import corrections_file
from store.storage.atomic import write_bytes_atomic
from store.storage.db import EventStore
from store.storage.schema import META

Tables = dict[str, dict[str, Any]]


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns, stat.st_ino


class MaliTuiStorage(Storage):
    """A mali-tui store as a TinyDB storage: ``TinyDB(path, storage=MaliTuiStorage)``."""

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = 5.0) -> None:
        super().__init__()
        self.store = EventStore(path, lock_timeout=lock_timeout)
        self._cached: tuple[tuple[Any, ...], Tables] | None = None

    def _stamps(self) -> tuple[Any, ...]:
        return _stamp(self.store.path), _stamp(corrections_file.corrections_path(self.store.path))

    def read(self) -> Tables | None:
        """Every table (documents with their texts); ``None`` for an absent store, as TinyDB expects."""
        stamps = self._stamps()
        if self._cached is not None and self._cached[0] == stamps:
            return self._cached[1]
        loaded, _ = self.store._read_current(texts=True)
        if loaded is None:
            return None
        self._cached = (stamps, loaded.tables)
        return loaded.tables

    def write(self, data: Tables) -> None:
        """The whole store replaced by ``data`` in one atomic write, under the writer lock."""
        self._cached = None
        with self.store.writing() as db:
            tables = {name: dict(rows) for name, rows in data.items()}
            if not tables.get(META):  # a new store, or the table dropped: it stays a mali-tui store
                tables[META] = (db.storage.read() or {}).get(META) or {}
            db.storage.write(tables)
        self._cached = (self._stamps(), data)

    def close(self) -> None:
        self._cached = None


class CorrectionsStorage(Storage):
    """A store's corrections file as a TinyDB storage: ``TinyDB(path, storage=CorrectionsStorage)``.

    ``path`` is the corrections file (``events.corrections.json``) or the store
    beside it (``events.json``). Writes take the store's writer lock: do not
    write through it while this process holds that lock through an ``EventStore``.
    """

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = 5.0) -> None:
        super().__init__()
        given = Path(path).expanduser()
        if given.name.endswith(".corrections.json"):  # the file itself: the store is beside it
            given = given.with_name(given.name.removesuffix(".corrections.json") + ".json")
        self.store_path = given
        self.path = corrections_file.corrections_path(self.store_path)
        self.lock_timeout = lock_timeout

    def read(self) -> Tables | None:
        return corrections_file.read_tables(self.store_path) or None

    def write(self, data: Tables) -> None:
        lock_path = self.store_path.with_name(self.store_path.name + ".lock")
        lock = FileLock(str(lock_path), timeout=self.lock_timeout)
        try:
            lock.acquire()
        except Timeout as exc:
            raise StoreLockedError(
                f"another mali-tui process is writing this store (waited {self.lock_timeout:g} s)",
                self.store_path,
            ) from exc
        try:
            corrections_file.read_tables(self.store_path)  # refuses a foreign file before replacing it
            write_bytes_atomic(self.path, corrections_file.encode(data))
        except OSError as exc:
            raise StoreError(f"cannot write the corrections ({exc.strerror or exc})", self.path) from exc
        finally:
            lock.release()
