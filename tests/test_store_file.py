"""The store file: one record per line, texts last and read on demand, a cut-short file refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from store.errors import StoreError
from store.ingest import ingest_paths
from store.query import sort_key
from store.storage import storefile
from store.storage.db import EventStore
from store.storage.schema import SCHEMA_VERSION, backup_path
from tui.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "seed_store.json"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.json"
    shutil.copy(FIXTURE, path)
    return path


def test_every_line_is_one_record_and_events_are_written_in_timeline_order(db: Path) -> None:
    raw = db.read_bytes()
    lines = raw.splitlines(keepends=True)
    header = orjson.loads(lines[0])
    assert header["app"] == "mali-tui" and header["size"] == len(raw) - len(lines[0])
    assert header["records"] + header["texts"] == len(lines) - 1
    records = [orjson.loads(line) for line in lines[1:]]
    tables = [table for table, _, _ in records]
    # The indexes first; then the documents the first screen of events cites and those events (here:
    # every document and event), then the rest; texts last.
    order = ["meta", "corrections", "text_index", "event_index", "documents", "events", "texts"]
    assert tables == sorted(tables, key=order.index)
    assert tables.count("texts") == header["texts"] and tables.count("events") == header["events"]
    events = [row for table, _, row in records if table == "events"]
    assert events == sorted(events, key=sort_key)
    assert all("text" not in row for table, _, row in records if table == "documents")
    # The index points at each text's line, counted from the end of the header.
    index = next(row for table, _, row in records if table == "text_index")
    body = raw[len(lines[0]) :]
    for name, (offset, length) in index.items():
        assert orjson.loads(body[offset : offset + length])[2]["name"] == name


def test_the_first_screen_of_events_is_handed_over_before_the_rest_is_read(db: Path) -> None:
    previews = []
    full = EventStore(db).load(texts=False, preview=previews.append, preview_events=10)
    (preview,) = previews
    assert preview.is_partial and preview.total_events == len(full.events) == 51
    assert preview.events == full.events[:10] and preview.documents == full.documents
    assert not full.is_partial
    first = preview.events[0]
    assert preview.text(first["doc"])[first["start"] : first["end"]] == first["sentence"]


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
    with pytest.raises(StoreError, match=r"cut short \(\d+ of \d+ bytes\)"):
        EventStore(db).load()
    assert main(["--db", str(db), "ingest", str(SEEDS)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cut short" in err[0] and str(db) in err[0]
    assert db.read_bytes() == cut


def test_a_damaged_line_is_named(db: Path) -> None:
    lines = db.read_bytes().splitlines(keepends=True)
    lines[5] = b'["events", "9", {"id": ' + b" " * (len(lines[5]) - 24) + b"\n"  # same size
    db.write_bytes(b"".join(lines))
    with pytest.raises(StoreError, match="broken JSON at line 6"):
        EventStore(db).load()


def test_a_version_2_store_is_rewritten_as_lines_after_a_byte_exact_backup(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("store.ingest.EXTRACTOR_VERSION", "2")  # the rules that wrote the fixture
    tables = storefile.read(db).tables
    tables["meta"] = {"1": {"app": "mali-tui", "schema": 2}}
    old = orjson.dumps(tables)
    db.write_bytes(old)
    before = EventStore(db).load()
    assert main(["--db", str(db), "ingest", str(SEEDS)]) == 0
    assert backup_path(db, 2).read_bytes() == old
    assert orjson.loads(db.read_bytes().splitlines()[0])["format"] == "lines"
    after = EventStore(db).load()

    def kept(docs: dict) -> dict:  # a newer extractor may re-resolve an undated list: it is written anew
        return {name: doc if doc.get("published") else doc["sha256"] for name, doc in docs.items()}

    assert kept(after.documents) == kept(before.documents)
    assert sorted(e["id"] for e in after.events) == sorted(e["id"] for e in before.events)
    assert next(iter(storefile.read(db).tables["meta"].values()))["schema"] == SCHEMA_VERSION


def test_a_file_whose_lines_were_lost_but_not_its_size_is_still_refused(db: Path) -> None:
    lines = db.read_bytes().splitlines(keepends=True)
    padding = b" " * (len(lines[-1]) - 1) + b"\n"  # same size, one text line fewer
    db.write_bytes(b"".join([*lines[:-1], padding]))
    with pytest.raises(StoreError, match=f"line {len(lines)}\\b"):  # the padded last line is named
        EventStore(db).load()


def test_events_read_share_one_object_per_repeated_value_and_equal_what_the_file_holds(db: Path) -> None:
    lines = db.read_bytes().splitlines()[1:]
    written = [row for table, _, row in map(orjson.loads, lines) if table == "events"]
    events = EventStore(db).load(texts=False).events
    assert sorted(events, key=lambda e: e["id"]) == sorted(written, key=lambda e: e["id"])
    by_value: dict[tuple[str, str], set[int]] = {}
    for event in events:
        for name in ("doc", "type", "language", "date_precision"):
            by_value.setdefault((name, event[name]), set()).add(id(event[name]))
        for code in event["countries"]:
            by_value.setdefault(("countries", code), set()).add(id(code))
        assert event["cluster"] != event["id"] or event["cluster"] is event["id"]
        if event["cluster"] != event["id"]:  # reports linked into one occurrence: one id object
            by_value.setdefault(("cluster", event["cluster"]), set()).add(id(event["cluster"]))
    assert len(by_value) < len(events)  # values do repeat in the seeds' events
    assert all(len(objects) == 1 for objects in by_value.values())


def test_a_hand_edited_event_with_odd_values_is_read_as_written(tmp_path: Path) -> None:
    from store.storage.interning import event_interner

    odd = {"id": "a", "doc": ["not", "a", "name"], "countries": ["ML", 3, None], "type": None, "cluster": "b"}
    same = {"id": "c", "doc": "x.txt", "countries": "ML", "places": None, "cluster": "c"}
    intern_event = event_interner()
    rows = [dict(odd), dict(same), ["not", "an", "event"]]
    for row in rows:
        intern_event(row)
    assert rows == [odd, same, ["not", "an", "event"]]
