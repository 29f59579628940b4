"""A TinyDB storage on orjson whose writes are all or nothing.

TinyDB's default ``JSONStorage`` rewrites the file in place: a crash mid-write
leaves a truncated store. Here every write goes to a temporary file in the same
folder, is flushed to disk, then renamed over the store, so readers see either
the old file or the new one, never half of either.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from store.errors import StoreError


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
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp_name, path.stat().st_mode & 0o777)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)


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
