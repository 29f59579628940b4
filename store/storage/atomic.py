"""Writing the store file all or nothing.

TinyDB's default ``JSONStorage`` rewrites the file in place: a crash mid-write
leaves a truncated store. Here every write goes to a temporary file in the same
folder, is flushed to disk, then renamed over the store, so readers see either
the old file or the new one, never half of either.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
from pathlib import Path

from store.errors import StoreError

TEMP_SUFFIX = ".tmp"


def write_bytes_atomic(path: Path, payload: bytes) -> None:
    """Temp file in the same folder, flushed and fsynced, then renamed over ``path``.

    ``os.replace`` is atomic on POSIX and Windows when both names are on the
    same file system, which the shared folder guarantees.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    except OSError as exc:
        raise StoreError(f"cannot write the store ({exc.strerror or exc})", path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp_name, path.stat().st_mode & 0o777)
        os.replace(tmp_name, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise StoreError(
                f"cannot write the store ({exc.strerror or exc}); the previous file is unchanged", path
            ) from exc
        raise
    _fsync_dir(path.parent)


def remove_stale_temp_files(path: Path) -> list[Path]:
    """Delete temp files a killed writer left beside ``path`` (call only while holding the writer lock)."""
    removed: list[Path] = []
    try:
        leftovers = list(path.parent.glob(f".{glob.escape(path.name)}.*{TEMP_SUFFIX}"))
    except OSError:
        return removed
    for leftover in leftovers:
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
