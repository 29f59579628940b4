"""The store's path as the writer uses it: links resolved, special files refused, permissions kept.

``--db`` may name a symlink to the real store (a synced folder, a shared disk):
the writer must replace the target, not the link, or the real store silently
stops being updated; and two links to one store must share one lock. ``--db``
may also name something that is no file at all (``/dev/null``, a FIFO, a
folder): that is refused in one line before anything opens or replaces it.
"""

from __future__ import annotations

import os
from pathlib import Path

from store.errors import StoreError
from store.file_kinds import special_kind

PRIVATE_MODE = 0o600
"""Mode of a new store, and of the lock and exports when there is no store yet: the owner only."""


def resolve_store_path(path: Path | str) -> Path:
    """The file a store path means: ``~`` expanded, every symlink in it followed (even to a new file)."""
    return Path(os.path.realpath(Path(path).expanduser()))


def refuse_special(path: Path, doing: str = "read") -> None:
    """Raise ``StoreError`` if ``path`` exists and is not a regular file (never opens it)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # absent (created on the first write) or unreadable (reported when opened)
    kind = special_kind(mode)
    if kind is not None:
        raise StoreError(
            f"cannot {doing} the store: it is {kind}, not a file; give --db the path of a regular file", path
        )


def store_mode(path: Path) -> int:
    """Permission bits new files beside the store get (lock, exports): the store's own, else owner-only."""
    try:
        return os.stat(path).st_mode & 0o666
    except OSError:
        return PRIVATE_MODE
