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
from store.storage.store_path import refuse_special

TEMP_SUFFIX = ".tmp"


def write_bytes_atomic(path: Path, payload: bytes) -> None:
    """Temp file in the same folder, flushed and fsynced, then renamed over ``path``.

    ``os.replace`` is atomic on POSIX and Windows when both names are on the
    same file system, which the shared folder guarantees.
    """
    refuse_special(path, "write")  # never replace a device, a FIFO or a folder with a file
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
        _keep_mode_and_group(tmp_name, path)
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


def _keep_mode_and_group(tmp_name: str, path: Path) -> None:
    """The new file gets the old one's permission bits and group (a store shared with a group stays so).

    A new file keeps ``mkstemp``'s owner-only mode, whatever the umask.
    """
    try:
        old = path.stat()
    except FileNotFoundError:
        return
    os.chmod(tmp_name, old.st_mode & 0o7777)
    if old.st_gid != os.stat(tmp_name).st_gid:
        with contextlib.suppress(PermissionError):  # only a member of the group may give it
            os.chown(tmp_name, -1, old.st_gid)
            os.chmod(tmp_name, old.st_mode & 0o7777)  # chown clears set-group-ID bits


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
