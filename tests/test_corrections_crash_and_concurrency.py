"""The corrections file under kill -9 and under two writers: always whole, never a lost correction."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from filelock import FileLock

from store.errors import StoreLockedError
from store.ingest import ingest_paths
from store.storage.correction_writes import set_correction
from store.storage.corrections_file import corrections_path, read_corrections
from store.storage.db import EventStore

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# Sets the type of every event whose position is in argv[2:] (a slice "start:stop:step"), one write each.
WRITER = """
import sys
from store.storage.correction_writes import set_correction
from store.storage.db import EventStore
store = EventStore(sys.argv[1], lock_timeout=60)
start, stop, step = (int(x) for x in sys.argv[2].split(":"))
ids = [e["id"] for e in store.load().events][start:stop:step]
for n, event_id in enumerate(ids):
    set_correction(store, event_id, type="attack" if n % 2 else "statement")
    print(event_id, flush=True)
"""


@pytest.fixture
def store(tmp_path: Path) -> EventStore:
    store = EventStore(tmp_path / "events.json", lock_timeout=0.3)
    assert ingest_paths(store, SEEDS).ok
    return store


def _writer(store: EventStore, span: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store.path), span],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("seed", range(3))
def test_corrections_killed_at_a_random_moment_leave_a_whole_file_and_the_store_untouched(
    store: EventStore, seed: int
) -> None:
    set_correction(store, store.load().events[0]["id"], type="statement")  # the file exists from here on
    store_bytes = store.path.read_bytes()
    proc = _writer(store, "1:40:1")
    time.sleep(random.Random(seed).uniform(0.3, 1.2))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    saved = read_corrections(store.path)  # parses: whole, never half-written
    assert all(row["fields"]["type"] in ("attack", "statement") for row in saved.values())
    assert store.path.read_bytes() == store_bytes
    # The killed writer's lock died with it: the next correction goes through at once.
    last = store.load().events[45]["id"]
    set_correction(store, last, type="attack")
    assert read_corrections(store.path).keys() >= saved.keys()
    assert [p.name for p in store.path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_correction_killed_before_its_rename_keeps_the_previous_file(store: EventStore) -> None:
    events = store.load().events
    set_correction(store, events[0]["id"], type="statement")
    before = corrections_path(store.path).read_bytes()
    killer = (
        "import os, signal, sys\n"
        "os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)\n"
        "from store.storage.correction_writes import set_correction\n"
        "from store.storage.db import EventStore\n"
        "set_correction(EventStore(sys.argv[1]), sys.argv[2], type='attack')\n"
    )
    proc = subprocess.run([sys.executable, "-c", killer, str(store.path), events[1]["id"]], cwd=ROOT)
    assert proc.returncode == -signal.SIGKILL
    assert corrections_path(store.path).read_bytes() == before
    leftovers = [p for p in store.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1
    set_correction(store, events[1]["id"], type="attack")
    assert not leftovers[0].exists()
    saved = {r["event_id"] for r in read_corrections(store.path).values()}
    assert saved == {events[0]["id"], events[1]["id"]}


def test_two_analysts_correcting_at_once_lose_nothing(store: EventStore) -> None:
    first, second = _writer(store, "0:40:2"), _writer(store, "1:40:2")
    outs = [proc.communicate(timeout=120) for proc in (first, second)]
    assert [proc.returncode for proc in (first, second)] == [0, 0], [err for _, err in outs]
    written = {line for out, _ in outs for line in out.split()}
    assert len(written) == 40
    assert {row["event_id"] for row in read_corrections(store.path).values()} == written


def test_a_correction_waits_for_an_ingest_then_says_so_in_one_line(store: EventStore) -> None:
    event_id = store.load().events[0]["id"]
    held = pytest.raises(StoreLockedError, match="another mali-tui process is writing")
    with FileLock(str(store.lock_path)), held:
        set_correction(store, event_id, type="attack")
    assert not corrections_path(store.path).exists()
