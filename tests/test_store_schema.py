"""The store file: schema version, migrations with a backup, and refusing files that are not ours."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.errors import StoreError
from store.storage import storefile
from store.storage.corrections_file import read_corrections
from store.storage.db import EventStore
from store.storage.schema import SCHEMA_VERSION, backup_path
from store.storage.storefile import APP_MARK
from tui.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED = SEEDS / "001_f168062a30ad19a7.txt"


def _v1_store(path: Path) -> bytes:
    """A version-1 store as mali-tui 0.1 wrote it: one event, one flat correction row."""
    sentence = "On 12 June 2023, the last French soldiers left the base at Gao, the army said."
    text = f"Gao, Mali\n\n{sentence}\n"
    start = text.index(sentence)
    data = {
        "meta": {"1": {"app": APP_MARK, "schema": 1}},
        "documents": {
            "1": {"name": "gao.txt", "text": text, "sha256": "x", "published": "2023-06-13", "events": 1}
        },
        "events": {
            "1": {
                "id": "ev1",
                "doc": "gao.txt",
                "start": start,
                "end": start + len(sentence),
                "sentence": sentence,
                "date": "2023-06-12",
                "date_precision": "day",
                "countries": ["FR", "ML"],
                "type": "withdrawal_completed",
            }
        },
        "corrections": {"1": {"event_id": "ev1", "date": "2023-06", "date_precision": "month"}},
    }
    raw = orjson.dumps(data)
    path.write_bytes(raw)
    return raw


def test_version_1_store_is_migrated_on_write_and_a_byte_exact_backup_kept(tmp_path: Path) -> None:
    db = tmp_path / "events.json"
    original = _v1_store(db)
    assert main(["--db", str(db), "ingest", str(SEED)]) == 0
    backup = backup_path(db, 1)
    assert backup.name == "events.json.bak-v1"
    assert backup.read_bytes() == original
    data = storefile.read(db).tables
    assert list(data["meta"].values()) == [{"app": APP_MARK, "schema": SCHEMA_VERSION}]
    assert not data.get("corrections")  # since schema 4 they live in their own file
    correction = next(iter(read_corrections(db).values()))
    assert correction["fields"] == {"date": "2023-06", "date_precision": "month"}
    assert correction["sentence"].startswith("On 12 June 2023, the last French soldiers")
    assert correction["extracted"]["date"] == "2023-06-12"
    snapshot = EventStore(db).load()
    assert {"gao.txt", SEED.name} <= set(snapshot.documents)


def test_reading_a_version_1_store_migrates_in_memory_and_never_writes(tmp_path: Path) -> None:
    db = tmp_path / "events.json"
    original = _v1_store(db)
    snapshot = EventStore(db).load()
    assert snapshot.corrections["ev1"]["fields"]["date"] == "2023-06"
    assert db.read_bytes() == original
    assert not backup_path(db, 1).exists()


def test_migrations_run_one_step_at_a_time_in_order(tmp_path: Path) -> None:
    db = tmp_path / "events.json"
    _v1_store(db)
    steps: list[int] = []

    def two_to_three(data: dict) -> dict:
        steps.append(2)
        for row in data["documents"].values():
            row["checked"] = True
        return data

    from store.storage.migrations import MIGRATIONS

    store = EventStore(db, migrations={**MIGRATIONS, 2: two_to_three}, schema_version=3)
    with store.writing():
        pass
    assert steps == [2]
    data = storefile.read(db).tables
    assert next(iter(data["meta"].values()))["schema"] == 3
    assert next(iter(data["documents"].values()))["checked"] is True
    assert backup_path(db, 1).exists()


def test_a_missing_migration_step_refuses_and_leaves_the_file(tmp_path: Path) -> None:
    db = tmp_path / "events.json"
    original = _v1_store(db)
    with pytest.raises(StoreError, match="no migration from store schema 1"):
        EventStore(db, migrations={}).load()
    with pytest.raises(StoreError, match="no migration"), EventStore(db, migrations={}).writing():
        pass
    assert db.read_bytes() == original


def test_newer_schema_is_refused_with_upgrade_advice_and_left_untouched(tmp_path: Path, capsys) -> None:
    db = tmp_path / "events.json"
    raw = orjson.dumps({"meta": {"1": {"app": APP_MARK, "schema": SCHEMA_VERSION + 1}}, "documents": {}})
    db.write_bytes(raw)
    with pytest.raises(StoreError, match="newer than this mali-tui understands"):
        EventStore(db).load()
    assert main(["--db", str(db), "ingest", str(SEED)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"mali-tui: {db}: store schema {SCHEMA_VERSION + 1} is newer than this mali-tui "
                   f"understands ({SCHEMA_VERSION}); upgrade mali-tui"]  # fmt: skip
    assert db.read_bytes() == raw


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"documents": {"1": {"name": "a.txt"', "broken JSON"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "broken JSON"),
        (b'{"_default": {"1": {"title": "my notes"}}}', "not a mali-tui store"),
        (b"[1, 2, 3]", "top level is not an object"),
    ],
    ids=["truncated-json", "an-image", "another-tinydb-app", "json-list"],
)
def test_ingest_into_a_file_that_is_not_a_store_fails_in_one_line_and_keeps_its_bytes(
    tmp_path: Path, capsys, content: bytes, problem: str
) -> None:
    db = tmp_path / "notes.json"
    db.write_bytes(content)
    assert main(["--db", str(db), "ingest", str(SEED)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert str(db) in err[0] and problem in err[0]
    assert db.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json", "notes.json.lock"]


def test_a_folder_given_as_store_is_reported_not_crashed(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "events.json"
    folder.mkdir()
    assert main(["--db", str(folder), "docs"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"mali-tui: {folder}: cannot read the store")
