"""Removing a document with its events, from the CLI or the documents list; corrections stay, orphaned."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from store.removing import remove_documents
from store.storage.correction_writes import set_correction
from store.storage.corrections import correction_statuses
from store.storage.db import EventStore
from tui.app import make_app

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"


def _copy(tmp_path: Path) -> Path:
    db = tmp_path / "events.json"
    shutil.copyfile(STORE, db)
    return db


def _mali_tui(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", "--db", str(db), *args], capture_output=True, text=True, check=False
    )


def test_remove_takes_the_document_and_its_events_and_keeps_corrections_orphaned(tmp_path: Path) -> None:
    db = _copy(tmp_path)
    store = EventStore(db)
    before = store.load()
    name = "001_f168062a30ad19a7.txt"
    its_events = [e for e in before.events if e["doc"] == name]
    set_correction(store, its_events[0]["id"], type="attack")
    result = remove_documents(store, [name])
    after = EventStore(db).load()
    assert result.removed == [name] and result.events == len(its_events)
    assert name not in after.documents
    assert not [e for e in after.events if e["doc"] == name]
    assert len(after.events) == len(before.events) - len(its_events)
    statuses = correction_statuses(after)
    assert [s.orphaned for s in statuses] == [True]
    assert result.orphaned_corrections == 1


def test_cli_remove_names_unknown_documents_in_one_line_and_removes_the_others(tmp_path: Path) -> None:
    db = _copy(tmp_path)
    done = _mali_tui(db, "remove", "002_21e6754d2c33de9a.txt", "no-such-report.txt")
    assert done.returncode == 1
    assert done.stdout.strip() == "removed 1 document and 7 events"
    assert (
        done.stderr.strip()
        == "mali-tui: no-such-report.txt: no such document in the store (see: mali-tui docs)"
    )
    assert "002_21e6754d2c33de9a.txt" not in _mali_tui(db, "docs").stdout


def test_removing_nothing_known_leaves_the_file_untouched(tmp_path: Path) -> None:
    db = _copy(tmp_path)
    raw = db.read_bytes()
    assert remove_documents(EventStore(db), ["missing.txt"]).unknown == ["missing.txt"]
    assert db.read_bytes() == raw


def test_x_twice_on_the_documents_list_removes_the_document_and_the_timeline_follows(tmp_path: Path) -> None:
    db = _copy(tmp_path)
    notes: list[str] = []

    async def scenario() -> tuple[int, int, set[str]]:
        app = make_app(EventStore(db), ingest_if_empty=False, today=date(2025, 1, 15))
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            app.browser.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
            before = app.timeline.row_count
            await pilot.press("D")
            await pilot.pause()
            screen: Any = app.screen
            first = screen.names[0]
            await pilot.press("x")
            await pilot.pause()
            assert app.screen is screen  # the first x only asks
            await pilot.press("x")
            for _ in range(30):
                await app.workers.wait_for_complete()
                await pilot.pause(0.1)
                if app.corpus is not None and first not in app.corpus.documents:
                    break
            docs = set(app.corpus.documents) if app.corpus else set()
            return before, app.timeline.row_count, docs | {f"removed:{first}"}

    before, after, seen = asyncio.run(scenario())
    removed = next(s for s in seen if s.startswith("removed:")).split(":", 1)[1]
    assert removed not in seen
    assert after < before
    assert any(n.startswith("removed 1 document and") for n in notes)
