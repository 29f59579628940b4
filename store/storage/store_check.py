"""What can be said about a store from its first lines, before the browser opens.

The browser reads the store in a worker, after its first frame, so that a large
store never delays the screen. A file that is not a store, a newer store, or
one cut short can still be refused in one line before the screen opens: the
header of a line-format store says all of that, and reading it costs a few
hundred bytes whatever the store's size. Damage further in is found by the
browser's own read, which keeps what it could read on screen and says why the
rest is missing.
"""

from __future__ import annotations

import os
from pathlib import Path

from store.errors import StoreError
from store.storage import storefile


def check_store_header(path: Path, newest_schema: int) -> None:
    """Raise ``StoreError`` (one line) for a store that cannot be opened; an absent store is fine.

    Line-format stores: the header and the ``meta`` record. The one-object
    stores of schemas 1 and 2 have no header, so they are parsed whole (they
    predate large stores).
    """
    from store.storage.schema import schema_of

    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"cannot read the store ({exc.strerror or exc})", path) from exc
    with handle:
        try:
            first = handle.readline()
            while first and not first.strip():
                first = handle.readline()
            if not first:
                return
            head = storefile.first_line(first)
            if head is None:  # schemas 1 and 2: one JSON object, small by construction
                loaded = storefile.read(path)
                if loaded is not None:
                    schema_of(loaded.tables, path, newest_schema)
                return
            storefile.check_header(head, handle.tell(), os.fstat(handle.fileno()).st_size, path)
            meta = storefile.loads_line(handle.readline(), path, 2)
        except OSError as exc:
            raise StoreError(f"cannot read the store ({exc.strerror or exc})", path) from exc
    try:
        table, key, row = meta
    except (TypeError, ValueError):
        raise StoreError("store is damaged (line 2 is not a record); restore a backup", path) from None
    schema_of({table: {key: row}}, path, newest_schema)


def events_in_header(path: Path) -> int | None:
    """How many events a line-format store says it holds (``None``: absent, older or unreadable).

    A few hundred bytes read: the browser uses it to read a small store before
    its first frame, and a large one after it.
    """
    try:
        with path.open("rb") as handle:
            head = storefile.first_line(handle.readline())
    except OSError:
        return None
    events = head.get("events") if head is not None else None
    return events if isinstance(events, int) and not isinstance(events, bool) else None


def schema_on_disk(path: Path) -> int | None:
    """The schema version the store file records (``None``: absent or empty); call after the header check."""
    from store.storage.schema import schema_of

    try:
        with path.open("rb") as handle:
            first = handle.readline()
            while first and not first.strip():
                first = handle.readline()
            if not first:
                return None
            if storefile.first_line(first) is None:
                loaded = storefile.read(path)
                return None if loaded is None else schema_of(loaded.tables, path, 1 << 30)
            table, key, row = storefile.loads_line(handle.readline(), path, 2)
    except FileNotFoundError:
        return None
    except (OSError, TypeError, ValueError) as exc:
        raise StoreError(f"cannot read the store ({exc})", path) from exc
    return schema_of({table: {key: row}}, path, 1 << 30)
