"""Store writes are all or nothing: a failure at any step leaves the previous file as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from store.errors import StoreError
from store.ingest import build_document, ingest_paths
from store.storage.db import EventStore

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FIRST, SECOND = sorted(SEEDS.glob("*.txt"))[1:3]


def _stored(tmp_path: Path) -> tuple[EventStore, bytes]:
    store = EventStore(tmp_path / "events.json")
    ingest_paths(store, [FIRST])
    return store, store.path.read_bytes()


def _temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_rename_that_fails_leaves_the_previous_store_and_no_temp_file(tmp_path: Path, monkeypatch) -> None:
    store, before = _stored(tmp_path)

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(StoreError, match=r"No space left on device.*previous file is unchanged"):
        ingest_paths(store, [SECOND])
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert _temp_files(tmp_path) == []


def test_an_interrupt_in_the_middle_of_a_batch_writes_nothing(tmp_path: Path) -> None:
    store, before = _stored(tmp_path)
    built = build_document(SECOND)

    def items():
        yield built.document, built.events
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.write_documents(items())
    assert store.path.read_bytes() == before
    assert set(store.load().documents) == {FIRST.name}


def test_a_temp_file_left_by_a_killed_writer_is_removed_by_the_next_write(tmp_path: Path) -> None:
    store, _ = _stored(tmp_path)
    leftover = tmp_path / ".events.json.k1ll3d.tmp"
    leftover.write_bytes(b'{"half": ')
    unrelated = tmp_path / "notes.tmp"
    unrelated.write_text("mine")
    ingest_paths(store, [SECOND])
    assert not leftover.exists()
    assert unrelated.read_text() == "mine"
    assert set(store.load().documents) == {FIRST.name, SECOND.name}


def test_rewriting_the_store_keeps_its_permissions(tmp_path: Path) -> None:
    store, _ = _stored(tmp_path)
    store.path.chmod(0o640)
    ingest_paths(store, [SECOND])
    assert store.path.stat().st_mode & 0o777 == 0o640


def test_the_lock_is_reentrant_so_an_ingest_holding_it_can_write(tmp_path: Path) -> None:
    store = EventStore(tmp_path / "events.json", lock_timeout=0.2)
    with store.locked():
        summary = ingest_paths(store, [FIRST])
    assert summary.added == 1
    assert set(store.load().documents) == {FIRST.name}
