"""One read of the store per ingest: the write starts from the read the ingest made under the lock.

An ingest reads the whole store (what is stored decides what to re-extract and
what to link), then writes it whole (``EventStore.writing``), which read it
again: two parses of 100,000 events, and two copies in memory at once. The
ingest holds the writer lock from its read to its write (``EventStore.read_once``),
so no other mali-tui writer can change the file in between. ``ReadOnce`` keeps
the last whole read (texts included) made by the thread that holds it, with the
file's identity (device, inode, size, modification time, taken before reading),
and hands it to the write only if the file is still that one; anything else (a
read without the texts, another thread's read, a file replaced by a writer that
ignored the lock) makes the write read the store again, as before.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

Stamp = tuple[int, int, int, int]


def stamp(path: Path) -> Stamp | None:
    """What identifies the file's current contents (an atomic replace makes a new inode)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


class ReadOnce:
    """The last whole read of the store by the thread that holds the writer lock, for its next write."""

    def __init__(self) -> None:
        self.thread = threading.get_ident()
        self._held: tuple[Any, int | None, Stamp] | None = None

    def keep(self, loaded: Any, version: int | None, before: Stamp | None) -> None:
        """Keep ``loaded`` (``storefile.Loaded`` at the current schema, texts included) read at ``before``."""
        if threading.get_ident() != self.thread:
            return
        self._held = (loaded, version, before) if loaded is not None and before is not None else None

    def take(self, path: Path) -> tuple[Any, int | None] | None:
        """The kept read, once, if the file is still the one it was read from and this thread kept it."""
        held, self._held = self._held, None
        if held is None or threading.get_ident() != self.thread or stamp(path) != held[2]:
            return None
        return held[0], held[1]
