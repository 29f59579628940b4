"""The store path: a symlink's target is written, special files are refused, permissions are kept."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.errors import StoreError, StoreLockedError
from store.storage.db import EventStore
from tui.cli import main

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
ROOT = Path(__file__).resolve().parents[1]


def _cli(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real command in its own process, so that a hang fails the test instead of the suite."""
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_a_symlinked_store_is_updated_through_the_link_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "data" / "events.json"
    real.parent.mkdir()
    assert main(["--db", str(real), "ingest", str(SEEDS[1])]) == 0
    link = tmp_path / "shortcut.json"
    link.symlink_to(real)
    assert main(["--db", str(link), "ingest", str(SEEDS[3])]) == 0
    assert link.is_symlink()
    assert set(EventStore(real).load().documents) == {SEEDS[1].name, SEEDS[3].name}
    assert not (tmp_path / "shortcut.json.lock").exists()  # the lock sits beside the real store


def test_two_links_to_one_store_share_its_lock(tmp_path: Path) -> None:
    real = tmp_path / "events.json"
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    one.symlink_to(real)
    two.symlink_to(real)
    first, second = EventStore(one), EventStore(two, lock_timeout=0.1)
    assert first.lock_path == second.lock_path == tmp_path / "events.json.lock"
    with first.locked(), pytest.raises(StoreLockedError), second.locked():
        pass


def test_a_dangling_link_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "events.json"
    link.symlink_to(tmp_path / "elsewhere.json")
    assert main(["--db", str(link), "ingest", str(SEEDS[1])]) == 0
    assert link.is_symlink() and (tmp_path / "elsewhere.json").is_file()


@pytest.mark.parametrize("command", [("docs",), ("export",), ("ingest", str(SEEDS[1]))])
def test_a_fifo_as_store_is_refused_in_one_line_without_hanging(tmp_path: Path, command: tuple[str]) -> None:
    fifo = tmp_path / "events.json"
    os.mkfifo(fifo)
    done = _cli("--db", fifo, *command, timeout=20)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"mali-tui: {fifo}: cannot {'write' if command[0] == 'ingest' else 'read'} the store: it is a FIFO "
        "(named pipe), not a file; give --db the path of a regular file"
    ]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_socket_as_store_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "events.json"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        done = _cli("--db", path, "ingest", SEEDS[1])
        assert done.returncode == 1
        assert "it is a socket, not a file" in done.stderr
        assert stat.S_ISSOCK(os.stat(path).st_mode)
    finally:
        server.close()


def test_a_device_as_store_is_refused_when_read(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "/dev/null", "docs"]) == 1
    assert "cannot read the store: it is a character device" in capsys.readouterr().err
    with pytest.raises(StoreError, match="character device"):
        EventStore("/dev/null").load()


def test_a_folder_as_store_is_refused_before_its_lock_is_made(tmp_path: Path) -> None:
    folder = tmp_path / "events.json"
    folder.mkdir()
    assert main(["--db", str(folder), "ingest", str(SEEDS[1])]) == 1
    assert folder.is_dir() and not (tmp_path / "events.json.lock").exists()


def test_new_store_lock_and_exports_are_private_whatever_the_umask(tmp_path: Path, umask_000: None) -> None:
    db = tmp_path / "events.json"
    assert main(["--db", str(db), "ingest", str(SEEDS[1])]) == 0
    out = tmp_path / "out.csv"
    assert main(["--db", str(db), "export", "--format", "csv", "--output", str(out)]) == 0
    for path in (db, tmp_path / "events.json.lock", out):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path


def test_an_existing_store_keeps_its_mode_and_group_and_lends_them_to_exports(
    tmp_path: Path, umask_000: None
) -> None:
    db = tmp_path / "events.json"
    assert main(["--db", str(db), "ingest", str(SEEDS[1])]) == 0
    groups = [g for g in os.getgroups() if g != os.stat(db).st_gid]
    group = 4242 if os.geteuid() == 0 else (groups[0] if groups else None)
    if group is None:
        pytest.skip("needs a second group to give the store")
    os.chown(db, -1, group)
    os.chmod(db, 0o640)
    assert main(["--db", str(db), "ingest", str(SEEDS[3])]) == 0
    info = os.stat(db)
    assert (stat.S_IMODE(info.st_mode), info.st_gid) == (0o640, group)
    out = tmp_path / "out.jsonl"
    assert main(["--db", str(db), "export", "--output", str(out)]) == 0
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o640
