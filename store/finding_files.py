"""The report files an ingest reads: folders walked in a fixed order, each problem named in a few words.

A folder is read recursively (hidden names skipped, sorted, so a store gives the same result whatever the
file system's order); a symlink leading out of the folder given is not followed unless asked, and a link loop
is walked once. Every path that cannot be read becomes a one-line problem; the rest of the run goes on.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

from store.file_kinds import special_kind

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm")


def collect_files(paths: Iterable[Path], *, follow_links: bool = False) -> tuple[list[Path], list[str], int]:
    """Supported files under ``paths`` (folders recursively), problems, and how many were skipped.

    A symlink inside a folder that leads out of it is not followed unless ``follow_links``.
    """
    files: list[Path] = []
    problems: list[str] = []
    skipped = 0
    for raw in paths:
        path = Path(raw).expanduser()
        problem = _path_problem(path)
        if problem:
            problems.append(f"{path}: {problem}")
            continue
        if path.is_dir():
            found = _walk(path, problems, follow_links)
            supported = [p for p in found if p is not None]
            if not supported:
                problems.append(f"{path}: no readable .txt, .html or .htm files in this folder")
            skipped += len(found) - len(supported)
            files.extend(supported)
        elif path.name.endswith(".meta.json"):
            skipped += 1
        else:
            files.append(path)
    unique: dict[str, Path] = {}
    for f in files:
        unique.setdefault(os.path.realpath(f), f)
    return list(unique.values()), problems, skipped


def _path_problem(path: Path) -> str | None:
    """Why ``path`` cannot be ingested at all, in a few words, or None."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return (
            "a broken symlink (its target does not exist)" if path.is_symlink() else "no such file or folder"
        )
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symlink loop (the link points back to itself); fix or remove it"
        if exc.errno == errno.EACCES:
            return "cannot be read: permission denied"
        return f"cannot be read ({exc.strerror or exc})"
    kind = special_kind(mode)
    if kind is not None and kind != "a directory":
        return f"{kind}, not a file; not read"
    return None


def _walk(folder: Path, problems: list[str], follow_links: bool = False) -> list[Path | None]:
    out: list[Path | None] = []
    inside = os.path.realpath(folder)

    def onerror(exc: OSError) -> None:
        problems.append(f"{exc.filename}: cannot be read ({exc.strerror or exc})")

    seen = {inside}
    for root, dirs, names in os.walk(folder, onerror=onerror, followlinks=follow_links):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        if follow_links:  # a linked folder is walked once, and a link loop not at all
            dirs[:] = _unseen_folders(Path(root), dirs, seen)
        for name in sorted(names):
            if name.startswith("."):
                continue
            if not name.lower().endswith(SUPPORTED_SUFFIXES):
                out.append(None)
                continue
            path = Path(root) / name
            problem = _path_problem(path) or (None if follow_links else _leads_outside(path, inside))
            if problem:
                problems.append(f"{path}: {problem}")
            else:
                out.append(path)
    return out


def _unseen_folders(root: Path, dirs: list[str], seen: set[str]) -> list[str]:
    kept: list[str] = []
    for name in dirs:
        real = os.path.realpath(root / name)
        if real not in seen:
            seen.add(real)
            kept.append(name)
    return kept


def _leads_outside(path: Path, inside: str) -> str | None:
    """Why a symlink found in a folder is not followed: it leads out of the folder given."""
    if not path.is_symlink():
        return None
    target = os.path.realpath(path)
    if os.path.commonpath([inside, target]) == inside:
        return None
    return f"a symlink to {target}, outside {inside}: not followed (ingest it by name, or use --follow-links)"
