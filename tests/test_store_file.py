"""The store file: one record per line, texts last and read on demand, a cut-short file refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from store import storefile
from store.db import SCHEMA_VERSION, EventStore, backup_path
from store.errors import StoreError
from store.ingest import ingest_paths
from store.query import sort_key
from tui.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "seed_store.json"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.json"
    shutil.copy(FIXTURE, path)
    return path


def test_every_line_is_one_record_and_events_are_written_in_timeline_order(db: Path) -> None:
    lines = db.read_bytes().splitlines()
    header = orjson.loads(lines[0])
    assert header["app"] == "mali-tui" and header["records"] == len(lines) - 1
    records = [orjson.loads(line) for line in lines[1:]]
    tables = [table for table, _, _ in records]
    assert tables == sorted(tables, key=["meta", "corrections", "documents", "events", "texts"].index)
    events = [row for table, _, row in records if table == "events"]
    assert events == sorted(events, key=sort_key)
    assert all("text" not in row for table, _, row in records if table == "documents")


def test_the_browser_load_leaves_texts_on_disk_and_reads_each_one_exactly(db: Path) -> None:
    full = EventStore(db).load()
    light = EventStore(db).load(texts=False)
    assert light.events == full.events and light.events_sorted
    for name, doc in light.documents.items():
        assert "text" not in doc
        assert light.text(name) == full.documents[name]["text"]
    for event in light.events:
        assert light.text(event["doc"])[event["start"] : event["end"]] == event["sentence"]


def test_a_text_is_found_again_after_another_process_rewrote_the_store(db: Path, tmp_path: Path) -> None:
    reader = EventStore(db)
    snapshot = reader.load(texts=False)
    name = next(iter(snapshot.documents))
    extra = tmp_path / "extra.txt"
    extra.write_text("Bamako, 3 March 2024 - The last German soldiers left Gao on Saturday, the army said.\n")
    ingest_paths(EventStore(db), [extra])  # a separate writer: the file is replaced, every offset moves
    assert snapshot.text(name) == EventStore(db).load().documents[name]["text"]


def test_a_text_changed_since_loading_is_reported_missing_not_replaced_by_the_new_one(
    db: Path, tmp_path: Path
) -> None:
    reader = EventStore(db)
    snapshot = reader.load(texts=False)
    name = next(iter(snapshot.documents))
    changed = tmp_path / name
    changed.write_text("Gao, 12 June 2023 - The last French soldiers left the base at Gao on Monday.\n")
    ingest_paths(EventStore(db), [changed])
    assert snapshot.text(name) is None


def test_a_file_cut_short_is_refused_and_left_as_it_is(db: Path, capsys) -> None:
    raw = db.read_bytes()
    cut = raw[: raw.rindex(b"\n", 0, len(raw) // 2) + 1]
    db.write_bytes(cut)
    with pytest.raises(StoreError, match=r"cut short \(\d+ of \d+ records\)"):
        EventStore(db).load()
    assert main(["--db", str(db), "ingest", str(SEEDS)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cut short" in err[0] and str(db) in err[0]
    assert db.read_bytes() == cut


def test_a_damaged_line_is_named(db: Path) -> None:
    lines = db.read_bytes().splitlines(keepends=True)
    lines[5] = b'["events", "9", {"id": \n'
    db.write_bytes(b"".join(lines))
    with pytest.raises(StoreError, match="broken JSON at line 6"):
        EventStore(db).load()


def test_a_version_2_store_is_rewritten_as_lines_after_a_byte_exact_backup(db: Path) -> None:
    tables = storefile.read(db).tables
    tables["meta"] = {"1": {"app": "mali-tui", "schema": 2}}
    old = orjson.dumps(tables)
    db.write_bytes(old)
    before = EventStore(db).load()
    assert main(["--db", str(db), "ingest", str(SEEDS)]) == 0
    assert backup_path(db, 2).read_bytes() == old
    assert orjson.loads(db.read_bytes().splitlines()[0])["format"] == "lines"
    after = EventStore(db).load()
    assert after.documents == before.documents
    assert sorted(e["id"] for e in after.events) == sorted(e["id"] for e in before.events)
    assert next(iter(storefile.read(db).tables["meta"].values()))["schema"] == SCHEMA_VERSION
