"""A TinyDB storage on orjson whose writes are all or nothing.

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
from typing import Any

import orjson
from tinydb.storages import Storage

from store.errors import StoreError

TEMP_SUFFIX = ".tmp"


def read_json_file(path: Path) -> dict[str, Any] | None:
    """The parsed store, ``None`` when the file is absent or empty."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot read the store ({exc.strerror or exc})", path) from exc
    if not raw.strip():
        return None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise StoreError(
            "not a valid mali-tui store (broken JSON); restore a backup or pass another --db",
            path,
        ) from exc
    if not isinstance(data, dict):
        raise StoreError("not a mali-tui store (top level is not an object); pass another --db", path)
    return data


def write_json_atomic(path: Path, data: Any) -> None:
    """Write ``data`` as JSON so that ``path`` is either the old or the new file."""
    write_bytes_atomic(path, orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS))


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


class AtomicOrjsonStorage(Storage):
    """TinyDB storage: orjson for speed, temp file + rename for safety."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        return read_json_file(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        write_json_atomic(self.path, data)

    def close(self) -> None:
        """Nothing is held open between operations."""
