"""Corrections live in their own small file beside the store: a correction never rewrites the store.

Same guarantees as the store: atomic, under the store's lock, refused rather
than overwritten when foreign, and an old store's corrections move there on its
first write, after a byte-exact backup.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.errors import StoreError
from store.ingest import ingest_paths
from store.storage import storefile
from store.storage.correction_values import CorrectionError
from store.storage.correction_writes import clear_correction, set_correction, undo_correction
from store.storage.corrections import correction_statuses
from store.storage.corrections_file import corrections_path, read_corrections
from store.storage.db import EventStore
from store.storage.event_index import EventLookup
from store.storage.schema import SCHEMA_VERSION, backup_path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def store(tmp_path: Path) -> EventStore:
    store = EventStore(tmp_path / "events.json", lock_timeout=0.3)
    assert ingest_paths(store, SEEDS[:3]).ok
    return store


def test_the_file_sits_beside_the_store_and_is_named_after_it(tmp_path: Path) -> None:
    assert corrections_path(tmp_path / "events.json") == tmp_path / "events.corrections.json"
    assert corrections_path(tmp_path / "sahel-2024.json") == tmp_path / "sahel-2024.corrections.json"
    assert corrections_path(tmp_path / "archive") == tmp_path / "archive.corrections.json"


def test_a_correction_and_its_undo_leave_the_store_file_byte_for_byte(store: EventStore) -> None:
    before = store.path.read_bytes()
    event = store.load().events[0]
    set_correction(store, event["id"], type="statement", countries=["ML"])
    set_correction(store, event["id"], rejected=True)
    undo_correction(store, event["id"])
    assert store.path.read_bytes() == before
    saved = read_corrections(store.path)
    (record,) = saved.values()
    assert record["event_id"] == event["id"] and record["fields"]["type"] == "statement"
    assert store.load().corrections[event["id"]]["fields"]["countries"] == ["ML"]


def test_the_corrections_file_is_readable_json_a_person_can_diff(store: EventStore) -> None:
    event = store.load().events[1]
    set_correction(store, event["id"], date="2023-08")
    data = orjson.loads(corrections_path(store.path).read_bytes())
    assert data["meta"]["1"] == {"app": "mali-tui", "kind": "corrections", "schema": 1}
    assert [row["fields"]["date"] for row in data["corrections"].values()] == ["2023-08"]
    assert corrections_path(store.path).read_text(encoding="utf-8").count("\n") > 5  # indented


def test_the_event_a_correction_names_is_found_through_the_index_not_a_full_read(
    store: EventStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = store.load().events
    lookup = EventLookup(store.path)
    assert lookup.available
    assert all(lookup.get(e["id"]) == e for e in events)
    assert lookup.get("0000000000000000") is None

    def no_full_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("the whole store was read for one correction")

    monkeypatch.setattr(EventStore, "load", no_full_read)
    set_correction(store, events[2]["id"], type="attack")
    clear_correction(store, events[2]["id"])
    with pytest.raises(CorrectionError, match="no event with id"):
        set_correction(store, "0000000000000000", type="attack")


def test_ingest_after_corrections_keeps_them_and_writes_none_into_the_store(store: EventStore) -> None:
    event = store.load().events[0]
    set_correction(store, event["id"], type="statement")
    corrections_before = corrections_path(store.path).read_bytes()
    assert ingest_paths(store, SEEDS[3:]).ok
    assert corrections_path(store.path).read_bytes() == corrections_before
    assert not storefile.read(store.path).tables.get("corrections")
    assert store.load().corrections[event["id"]]["fields"] == {"type": "statement"}


def _as_schema_3(store: EventStore) -> None:
    """Rewrite ``store`` as mali-tui wrote it before schema 4: its corrections inside, no file beside it."""
    tables = storefile.read(store.path).tables
    tables["meta"] = {"1": {"app": "mali-tui", "schema": 3}}
    tables["corrections"] = read_corrections(store.path)
    corrections_path(store.path).unlink()
    store.path.write_bytes(storefile.encode(tables)[0])


def test_an_old_store_keeps_its_corrections_inside_until_the_first_write_moves_them(
    store: EventStore,
) -> None:
    db = store.path
    for event in store.load().events[:2]:
        set_correction(store, event["id"], type="statement", countries=["FR"])
    _as_schema_3(store)
    original = db.read_bytes()
    old = store.load()
    assert old.corrections, "the fixture must hold corrections for this test to mean anything"
    with pytest.raises(CorrectionError):  # refused: nothing changed, nothing migrated
        undo_correction(store, old.events[-1]["id"])
    assert db.read_bytes() == original and not corrections_path(db).exists()

    target = next(e for e in old.events if e["id"] not in old.corrections)
    set_correction(store, target["id"], type="statement")
    assert backup_path(db, 3).read_bytes() == original
    tables = storefile.read(db).tables
    assert next(iter(tables["meta"].values()))["schema"] == SCHEMA_VERSION
    assert not tables.get("corrections")
    moved = {row["event_id"]: row for row in read_corrections(db).values()}
    assert set(moved) == {*old.corrections, target["id"]}
    assert all(moved[k]["fields"] == v["fields"] for k, v in old.corrections.items())
    assert {s.event_id for s in correction_statuses(store.load())} >= set(old.corrections)


def test_a_foreign_file_in_the_corrections_place_is_refused_and_kept(store: EventStore) -> None:
    event = store.load().events[0]
    place = corrections_path(store.path)
    place.write_text('{"todo": ["buy milk"]}', encoding="utf-8")
    with pytest.raises(StoreError, match="not a mali-tui corrections file"):
        set_correction(store, event["id"], type="attack")
    with pytest.raises(StoreError, match="not a mali-tui corrections file"):
        store.load()
    assert place.read_text(encoding="utf-8") == '{"todo": ["buy milk"]}'
