"""One writer at a time: a second ingest waits briefly, then gives up in one line; readers never wait."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from filelock import FileLock, Timeout

from store.storage.db import EventStore

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _cli(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "tui.cli", "--db", str(db), *args]


def _held_by_someone_else(lock_path: Path) -> bool:
    probe = FileLock(str(lock_path), timeout=0)
    try:
        probe.acquire()
    except Timeout:
        return True
    probe.release()
    return False


def _wait_until_locked(lock_path: Path, proc: subprocess.Popen, limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while not _held_by_someone_else(lock_path):
        assert proc.poll() is None, "the first ingest ended before it was seen holding the lock"
        assert time.monotonic() < deadline, "the first ingest never took the writer lock"
        time.sleep(0.01)


def test_second_ingest_gives_up_in_one_line_while_the_first_writes_and_readers_are_not_blocked(
    tmp_path: Path,
) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    for i in range(40):
        for seed in SEEDS:
            text = seed.read_text(encoding="utf-8")
            (batch / f"{i:02d}-{seed.name}").write_text(f"{text}\nCopy {i}.\n", encoding="utf-8")
    db = tmp_path / "events.json"
    subprocess.run(_cli(db, "ingest", str(SEEDS[1])), check=True, capture_output=True)

    first = subprocess.Popen(_cli(db, "ingest", str(batch)), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_until_locked(db.with_name("events.json.lock"), first)

    started = time.monotonic()
    second = subprocess.run(
        _cli(db, "ingest", "--wait", "0.3", str(SEEDS[2])), capture_output=True, text=True
    )
    waited = time.monotonic() - started
    assert first.poll() is None, "the first ingest must still be running for this test to mean anything"
    assert second.returncode == 1
    lines = second.stderr.strip().splitlines()
    assert lines == [
        f"mali-tui: {db}: another mali-tui process is writing this store (waited 0.3 s); "
        "try again when it ends"
    ]
    assert waited < 10

    # A reader is not blocked by the writer, and sees the store as it was before the run.
    started = time.monotonic()
    assert set(EventStore(db).load().documents) == {SEEDS[1].name}
    docs = subprocess.run(_cli(db, "docs"), capture_output=True, text=True)
    assert docs.returncode == 0 and SEEDS[1].name in docs.stdout
    assert time.monotonic() - started < 10

    _, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    stored = set(EventStore(db).load().documents)
    assert len(stored) == 1 + 40 * len(SEEDS)
    assert SEEDS[2].name not in stored  # the refused run stored nothing

    again = subprocess.run(_cli(db, "ingest", "--wait", "0.3", str(SEEDS[2])), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert SEEDS[2].name in EventStore(db).load().documents
