"""``ingest --jobs 2`` stores what one process stores, and its workers start before the store is read."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from store.ingest import ingest_paths
from store.processes import usable_cpus
from store.storage.db import EventStore

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
TWO_CPUS = pytest.mark.skipif(usable_cpus() < 2, reason="--jobs 2 is capped at 1 on one CPU")


def _events(store: EventStore) -> list[dict[str, Any]]:
    return sorted(store.load().events, key=lambda e: e["id"])


@TWO_CPUS
def test_two_processes_store_the_events_one_process_stores(tmp_path: Path) -> None:
    one, two = EventStore(tmp_path / "one.json"), EventStore(tmp_path / "two.json")
    first = ingest_paths(one, SEEDS, jobs=1)
    second = ingest_paths(two, SEEDS, jobs=2)
    assert (first.documents, first.events, first.sentences) == (
        second.documents,
        second.events,
        second.sentences,
    )
    assert first.events > 20
    assert _events(one) == _events(two)
    assert one.load().documents == two.load().documents


@TWO_CPUS
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_are_started_before_the_store_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = EventStore(tmp_path / "events.json")
    ingest_paths(store, SEEDS[:1])  # a store with something in it to read
    workers_at_read: list[int] = []
    real_load = EventStore.load

    def load(self: EventStore, *args: Any, **kwargs: Any) -> Any:
        workers_at_read.append(len(_children(os.getpid())))
        return real_load(self, *args, **kwargs)

    monkeypatch.setattr(EventStore, "load", load)
    summary = ingest_paths(store, SEEDS[1:], jobs=2)
    assert summary.ok and summary.documents == len(SEEDS) - 1
    assert workers_at_read and workers_at_read[0] >= 2


def _children(pid: int) -> set[int]:
    """Pids whose parent is ``pid`` (Linux /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found
