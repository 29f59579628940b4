"""Corrections in their own small file beside the store: one costs what it changes.

Until schema 3 corrections lived in the store, so each one (and each undo)
rewrote the whole store: about 3 s for 100,000 events. Since schema 4 they
live in ``NAME.corrections.json`` beside ``NAME.json``, a TinyDB JSON document
(``{"meta": {...}, "corrections": {"1": {...}, ...}}``), with the store's own
guarantees: written whole to a temporary file, fsynced and renamed over the old
one (``atomic``), only under the store's writer lock, refused rather than
overwritten when it is not ours. The event a correction names is read through
the store's event index (``event_index``), never by reading the store.

A version-3 store still holding corrections is migrated by its first write
(``EventStore.writing``): the store is kept as ``NAME.json.bak-v3``, its
corrections move to this file, then the store is written without them.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from store.errors import StoreError
from store.storage.atomic import remove_stale_temp_files, write_bytes_atomic
from store.storage.event_index import EventLookup

if TYPE_CHECKING:
    from tinydb import TinyDB

    from store.storage.db import EventStore

CORRECTIONS, META = "corrections", "meta"
DECISIONS = "occurrence_decisions"  # same / different occurrence, written without rewriting the store
FILE_KIND = "corrections"
FILE_SCHEMA = 1
Tables = dict[str, dict[str, dict[str, Any]]]


def corrections_path(store_path: Path) -> Path:
    """``events.json`` -> ``events.corrections.json`` (same folder, so renames stay atomic)."""
    stem = store_path.stem if store_path.suffix else store_path.name
    return store_path.with_name(f"{stem}.corrections{store_path.suffix or '.json'}")


def _meta() -> dict[str, dict[str, Any]]:
    from store.storage.storefile import APP_MARK

    return {"1": {"app": APP_MARK, "kind": FILE_KIND, "schema": FILE_SCHEMA}}


def decode(raw: bytes, path: Path) -> Tables:
    """The file's tables; a one-line ``StoreError`` for a file that is not a corrections file of ours."""
    from store.storage.storefile import APP_MARK

    if not raw.strip():
        return {}
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise StoreError("not a valid corrections file (broken JSON); restore a backup", path) from exc
    meta = next(iter((data.get(META) or {}).values()), {}) if isinstance(data, dict) else {}
    if not isinstance(meta, dict) or meta.get("app") != APP_MARK or meta.get("kind") != FILE_KIND:
        raise StoreError("not a mali-tui corrections file; move it away", path)
    schema = meta.get("schema")
    if not isinstance(schema, int) or schema > FILE_SCHEMA:
        raise StoreError(f"corrections file schema {schema!r} is newer than this mali-tui; upgrade", path)
    if not all(isinstance(table, dict) for table in data.values()):
        raise StoreError("corrections file is damaged (a table is malformed); restore a backup", path)
    return data


def encode(tables: Tables) -> bytes:
    """Indented, keys in a fixed order: a person can read it, and a diff of two backups shows the change."""
    out = {META: _meta(), **{name: rows for name, rows in tables.items() if name != META}}
    return orjson.dumps(out, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def read_tables(store_path: Path) -> Tables:
    """What the corrections file beside ``store_path`` holds (no file: no corrections). Never locks."""
    path = corrections_path(store_path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise StoreError(f"cannot read the corrections ({exc.strerror or exc})", path) from exc
    return decode(raw, path)


def read_corrections(store_path: Path) -> dict[str, dict[str, Any]]:
    """The ``corrections`` table (document id -> record)."""
    return read_tables(store_path).get(CORRECTIONS) or {}


def read_for_load(store_path: Path) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """The ``corrections`` table and the occurrence decisions made since the store was last written
    (``store.storage.decision_rows``), in one read."""
    tables = read_tables(store_path)
    return tables.get(CORRECTIONS) or {}, tables.get(DECISIONS) or {}


def write_tables(store_path: Path, tables: Tables) -> None:
    """Replace the corrections file atomically (call only under the store's writer lock)."""
    write_bytes_atomic(corrections_path(store_path), encode(tables))


def merged_for_migration(in_store: dict[str, Any], in_file: Tables) -> Tables:
    """A version-3 store's corrections moved into the file: the store's records win for their events.

    The file exists beside an old store only when a backup was restored over a
    newer one; its records for other events are kept, not dropped.
    """
    rows = list((in_store or {}).values())
    named = {row.get("event_id") for row in rows if isinstance(row, dict)}
    rows += [row for row in (in_file.get(CORRECTIONS) or {}).values() if row.get("event_id") not in named]
    return {**in_file, CORRECTIONS: {str(n): row for n, row in enumerate(rows, start=1)}}


def store_corrections(
    store_path: Path, corrections: dict[str, Any], before: bytes, *, migrating: bool
) -> None:
    """The corrections table a whole-store write (``EventStore.writing``) ends with, put in the file.

    Migrating a version-3 store moves its corrections here. Otherwise the file
    is written only if the block changed them (ingest never does).
    """
    if migrating:
        if corrections:
            write_tables(store_path, merged_for_migration(corrections, read_tables(store_path)))
        return
    if orjson.dumps(corrections) == before:
        return
    write_tables(store_path, {**read_tables(store_path), CORRECTIONS: corrections})


@dataclass(slots=True)
class CorrectionsBook:
    """The corrections open for writing: a TinyDB over the file's tables and the store's events by id."""

    db: TinyDB
    events: EventLookup
    store: EventStore
    _all_events: list[dict[str, Any]] | None = field(default=None)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """The stored event ``event_id`` (one line of the store read), ``None`` if there is none."""
        if self.events.available:
            return self.events.get(event_id)
        return next((e for e in self.all_events() if e.get("id") == event_id), None)

    def has_event(self, event_id: str) -> bool:
        if self.events.available:
            return event_id in self.events
        return any(e.get("id") == event_id for e in self.all_events())

    def all_events(self) -> list[dict[str, Any]]:
        """Every stored event (the store read once): only for re-attaching a correction."""
        if self._all_events is None:
            self._all_events = self.store.load(texts=False).events
        return self._all_events


@contextlib.contextmanager
def editing(store: EventStore) -> Iterator[CorrectionsBook]:
    """The corrections of ``store``, written back in one atomic replace if the block succeeds.

    Under the store's writer lock. A store older than schema 4 is migrated
    first (one rewrite, after its backup), so that its corrections are in the
    file; a foreign or newer store is refused before anything is written.
    """
    from tinydb import TinyDB
    from tinydb.storages import MemoryStorage

    from store.storage.schema import SCHEMA_VERSION
    from store.storage.store_check import check_store_header, schema_on_disk

    with store.locked():
        remove_stale_temp_files(corrections_path(store.path))  # left by a writer killed before its rename
        check_store_header(store.path, SCHEMA_VERSION)
        version = schema_on_disk(store.path)
        old = version is not None and version < SCHEMA_VERSION
        if old:  # corrections still in the store: read them from it, untouched until something changes
            loaded, _ = store._read_current(texts=False)
            tables = {CORRECTIONS: (loaded.tables.get(CORRECTIONS) or {}) if loaded else {}}
        else:
            tables = read_tables(store.path)
        db = TinyDB(storage=MemoryStorage)
        db.storage.write(copy.deepcopy(tables))
        yield CorrectionsBook(db=db, events=EventLookup(store.path), store=store)
        after = db.storage.read() or {}
        if after == tables:
            return
        if old:  # the migration: backup, store rewritten without them, these in the file
            with store.writing() as whole:
                whole.storage.write({**whole.storage.read(), CORRECTIONS: after.get(CORRECTIONS) or {}})
            if after.get(DECISIONS):
                write_tables(store.path, {**read_tables(store.path), DECISIONS: after[DECISIONS]})
        else:
            write_tables(store.path, after)
