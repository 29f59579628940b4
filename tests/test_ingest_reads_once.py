"""An ingest reads the store once: the write starts from the read it made under the writer lock.

The read is handed to the write only while the file is the one that was read
(``store.storage.read_once``); otherwise the write reads it again, so nothing
stored is lost.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from store.ingest import ingest_paths
from store.storage import storefile
from store.storage.db import EventStore
from tests.linking_helpers import TODAY, write_reports

REPORTS = {
    "convoy.txt": (
        "2023-10-22",
        "GAO, Oct 22 (Reuters) - The last convoy of peacekeepers left the Tessalit camp on Saturday, "
        "the mission said.",
    ),
    "vote.txt": (
        "2023-06-30",
        "NEW YORK, June 30 (AFP) - The Security Council voted on Friday to end the mission in Mali.",
    ),
    "handover.txt": (
        "2023-12-11",
        "BAMAKO, Dec 11 (Reuters) - The mission handed its last camp in Timbuktu over to the army on Monday.",
    ),
}


@pytest.fixture
def reports(tmp_path: Path) -> list[Path]:
    return write_reports(tmp_path / "reports", REPORTS)


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    reads: list[Path] = []
    real = storefile.read

    def read(path: Path, *args: object, **kwargs: object) -> object:
        reads.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(storefile, "read", read)
    return reads


def _content(path: Path) -> tuple[dict, list]:
    snapshot = EventStore(path).load()
    return snapshot.documents, sorted(snapshot.events, key=lambda e: e["id"])


def test_an_ingest_into_a_store_reads_the_store_once(
    reports: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = EventStore(tmp_path / "store.json")
    ingest_paths(store, reports[:2], today=TODAY)
    reads = _counting_reads(monkeypatch)
    summary = ingest_paths(store, reports[2:], today=TODAY)
    assert summary.added == 1
    assert len(reads) == 1
    monkeypatch.undo()
    again = EventStore(tmp_path / "again.json")
    ingest_paths(again, reports, today=TODAY)
    assert _content(store.path) == _content(again.path)  # the same store as one ingest of the three


def test_a_store_replaced_between_the_read_and_the_write_is_read_again(
    reports: list[Path], tmp_path: Path
) -> None:
    path, other = tmp_path / "store.json", tmp_path / "other.json"
    ingest_paths(EventStore(path), reports[:1], today=TODAY)
    ingest_paths(EventStore(other), reports[1:2], today=TODAY)
    store = EventStore(path)
    with store.read_once():
        store.load()
        shutil.copy(other, path.with_name("replacement.json"))
        path.with_name("replacement.json").replace(path)  # a writer that ignored the lock
        store.write_documents([({"name": "late.txt", "text": "x", "sha256": "x"}, [])])
    documents, _ = _content(path)
    assert sorted(documents) == ["late.txt", "vote.txt"]  # the replacement's report was kept


def test_a_read_without_the_texts_is_not_what_the_write_starts_from(
    reports: list[Path], tmp_path: Path
) -> None:
    path = tmp_path / "store.json"
    ingest_paths(EventStore(path), reports[:2], today=TODAY)
    store = EventStore(path)
    with store.read_once():
        store.load(texts=False)
        store.write_documents([({"name": "late.txt", "text": "x", "sha256": "x"}, [])])
    documents, _ = _content(path)
    assert documents["convoy.txt"]["text"].startswith("GAO, Oct 22")
    assert documents["vote.txt"]["text"].startswith("NEW YORK")
