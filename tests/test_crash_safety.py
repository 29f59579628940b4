"""An ingest killed at any moment leaves a whole store: the one before the run or the one after it."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.storage.db import EventStore

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
COPIES = 8  # x 5 seeds: a run long enough (most of a second) to be killed at many points


def _cli(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "tui.cli", "--db", str(db), *args]


def _whole(db: Path) -> set[str]:
    """The stored document names, after checking every document's events are all there and exact."""
    snapshot = EventStore(db).load()
    counts: dict[str, int] = {}
    for event in snapshot.events:
        text = snapshot.documents[event["doc"]]["text"]
        assert text[event["start"] : event["end"]] == event["sentence"]
        counts[event["doc"]] = counts.get(event["doc"], 0) + 1
    for name, doc in snapshot.documents.items():
        assert counts.get(name, 0) == doc["events"], name
    return set(snapshot.documents)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("crash")
    batch = root / "batch"
    batch.mkdir()
    for i in range(COPIES):
        for seed in SEEDS:
            text = seed.read_text(encoding="utf-8")
            (batch / f"{i:02d}-{seed.name}").write_text(f"{text}\nReport {i} ends here.\n", encoding="utf-8")
    base = root / "base.json"
    subprocess.run(_cli(base, "ingest", str(SEEDS[1]), str(SEEDS[2])), check=True, capture_output=True)
    full = root / "full.json"
    shutil.copy(base, full)
    started = time.monotonic()
    subprocess.run(_cli(full, "ingest", str(batch)), check=True, capture_output=True)
    duration = time.monotonic() - started
    return {"batch": batch, "base": base, "old": _whole(base), "new": _whole(full), "duration": duration}


@pytest.mark.parametrize("seed", range(5))
def test_ingest_killed_at_a_random_moment_leaves_the_old_or_the_new_store(
    tmp_path: Path, corpus: dict, seed: int
) -> None:
    db = tmp_path / "events.json"
    shutil.copy(corpus["base"], db)
    delay = random.Random(seed).uniform(0.05, corpus["duration"] * 1.1)
    proc = subprocess.Popen(
        _cli(db, "ingest", str(corpus["batch"])), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert _whole(db) in (corpus["old"], corpus["new"])
    # The killed writer's lock died with it: the next ingest runs at once and completes the store.
    done = subprocess.run(
        _cli(db, "ingest", "--wait", "1", str(corpus["batch"])), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert _whole(db) == corpus["new"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_ingest_killed_between_writing_the_temp_file_and_renaming_it_keeps_the_old_store(
    tmp_path: Path, corpus: dict
) -> None:
    db = tmp_path / "events.json"
    shutil.copy(corpus["base"], db)
    before = db.read_bytes()
    killer = (
        "import os, signal, sys\n"
        "os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)\n"
        "from tui.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    argv = ["--db", str(db), "ingest", str(SEEDS[0])]
    proc = subprocess.run([sys.executable, "-c", killer, *argv], capture_output=True, cwd=ROOT)
    assert proc.returncode == -signal.SIGKILL
    assert db.read_bytes() == before
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1  # the new store, complete but never renamed into place
    done = subprocess.run(_cli(db, "ingest", str(SEEDS[0])), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert _whole(db) == corpus["old"] | {SEEDS[0].name}
    assert not leftovers[0].exists()
