"""After an upgrade, documents older rules read are found, said, and read again (``mali-tui reread``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from store.extract import EXTRACTOR_VERSION
from store.ingest import ingest_paths
from store.rules_version import (
    GENERATION,
    older_rules_note,
    read_by_other_rules,
    rereadable,
    rules_fingerprint,
)
from store.storage.correction_writes import set_correction
from store.storage.corrections import apply_corrections
from store.storage.db import EventStore
from tests.pilot_helpers import pilot_test, settle_until
from tui.app import make_app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
OLD = "2+0000000000"  # what an earlier install wrote


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", "--db", str(db), *args], capture_output=True, text=True, cwd=ROOT
    )


def _rules_tree(root: Path) -> Path:
    (root / "dates").mkdir(parents=True)
    (root / "storage").mkdir()
    (root / "dates" / "words.py").write_text("MONTHS = ('janvier',)\n")
    (root / "storage" / "db.py").write_text("CHUNK = 1\n")
    (root / "extract.py").write_text("RULE = 1\n")
    return root


def test_the_fingerprint_changes_with_a_rule_file_and_not_with_storage(tmp_path: Path) -> None:
    root = _rules_tree(tmp_path / "store")
    sources = ("extract.py", "dates")
    before = rules_fingerprint(root, sources)
    (root / "storage" / "db.py").write_text("CHUNK = 2\n")
    assert rules_fingerprint(root, sources) == before
    (root / "dates" / "words.py").write_text("MONTHS = ('janvier', 'février')\n")
    changed = rules_fingerprint(root, sources)
    assert changed != before
    (root / "dates" / "words.py").rename(root / "dates" / "names.py")  # same content, other module
    assert rules_fingerprint(root, sources) != changed


def test_this_install_writes_its_generation_and_the_fingerprint_of_its_rules() -> None:
    assert f"{GENERATION}+{rules_fingerprint()}" == EXTRACTOR_VERSION


def test_documents_read_by_other_rules_are_named_and_a_list_year_hint_is_no_difference() -> None:
    documents = {
        "wire.txt": {"extractor": "2+aaaaaaaaaa"},
        "list.txt": {"extractor": "2+bbbbbbbbbb/1f2e3d"},
        "old.txt": {"extractor": "1"},
        "synthetic.txt": {"extractor": "bench"},  # no rules made it: nothing to re-read
        "unknown.txt": {},
    }
    assert read_by_other_rules(documents, current="2+bbbbbbbbbb") == ["old.txt", "wire.txt"]
    assert older_rules_note(documents, current="2+bbbbbbbbbb") == (
        "2 documents were read by older rules than this mali-tui's: 'mali-tui reread' reads them again"
    )
    assert older_rules_note({"a.txt": {"extractor": "2+b"}}, current="2+b") is None


def test_a_document_whose_file_is_gone_is_named_not_dropped(tmp_path: Path) -> None:
    present = tmp_path / "present.txt"
    present.write_text("Le 3 août, les derniers soldats ont quitté Gao.")
    documents = {
        "present.txt": {"extractor": OLD, "path": str(present)},
        "moved.txt": {"extractor": OLD, "path": str(tmp_path / "moved.txt")},
        "current.txt": {"extractor": EXTRACTOR_VERSION, "path": str(present)},
    }
    found = rereadable(documents)
    assert found.paths == [present]
    assert found.missing == [
        f"moved.txt: its file {tmp_path / 'moved.txt'} is gone; the events stored from it are kept"
    ]


@pytest.fixture
def old_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[Path]]:
    """Two reports a previous mali-tui read, one of them corrected by the analyst."""
    files = []
    for seed in SEEDS[1:3]:
        files.append(tmp_path / seed.name)
        shutil.copy(seed, files[-1])
    db = tmp_path / "events.json"
    monkeypatch.setattr("store.ingest.EXTRACTOR_VERSION", OLD)
    ingest_paths(EventStore(db), files)
    monkeypatch.undo()
    return db, files


def test_reread_reads_again_what_older_rules_read_and_keeps_corrections(
    old_store: tuple[Path, list[Path]],
) -> None:
    db, _ = old_store
    store = EventStore(db)
    event = store.load().events[0]
    set_correction(store, event["id"], type="withdrawal_completed")
    assert "2 documents were read by older rules" in _run(db, "docs").stderr

    first = _run(db, "reread")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("2 documents (0 new, 2 replaced, 0 unchanged)")
    snapshot = EventStore(db).load()
    assert {d["extractor"].split("/")[0] for d in snapshot.documents.values()} == {EXTRACTOR_VERSION}
    shown = {e["id"]: e for e in apply_corrections(snapshot.events, snapshot.corrections)}
    assert shown[event["id"]]["type"] == "withdrawal_completed"  # the sentence is still there: applied
    assert "older rules" not in _run(db, "docs").stderr

    again = _run(db, "reread")
    assert again.returncode == 0
    assert again.stdout.startswith("every document was read by this mali-tui's rules: nothing to re-read")


def test_reread_names_a_file_gone_keeps_its_events_and_fails(old_store: tuple[Path, list[Path]]) -> None:
    db, files = old_store
    before = [e for e in EventStore(db).load().events if e["doc"] == files[0].name]
    files[0].unlink()

    run = _run(db, "reread")
    assert run.returncode == 1
    gone = f"{files[0].name}: its file {files[0].resolve()} is gone; the events stored from it are kept"
    assert f"mali-tui: {gone}" in run.stderr.splitlines()
    assert "Traceback" not in run.stderr
    assert run.stdout.startswith("1 documents (0 new, 1 replaced, 0 unchanged)")
    kept = [e for e in EventStore(db).load().events if e["doc"] == files[0].name]
    assert kept == before


def _titles(app: Any) -> list[str]:
    return [n.title for n in app._notifications]


@pilot_test
async def test_the_browser_says_once_that_older_rules_read_documents(
    old_store: tuple[Path, list[Path]],
) -> None:
    db, _ = old_store
    app = make_app(EventStore(db), ingest_if_empty=False, rules_check=True)
    async with app.run_test(size=(120, 36)) as pilot:
        assert await settle_until(app, pilot, lambda: "Older rules" in _titles(app))
        note = next(n for n in app._notifications if n.title == "Older rules")
        assert "2 documents were read by older rules" in str(note.message)
        assert "mali-tui reread" in str(note.message)


@pilot_test
async def test_the_browser_says_nothing_once_the_documents_are_read_again(
    old_store: tuple[Path, list[Path]],
) -> None:
    db, files = old_store
    ingest_paths(EventStore(db), files)  # this install's rules read them again
    app = make_app(EventStore(db), ingest_if_empty=False, rules_check=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle_until(app, pilot, lambda: app.screen.corpus is not None)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Older rules" not in _titles(app)
