"""The browser notices an ingest made by another process and reloads, keeping the selection."""

from __future__ import annotations

import asyncio
import shutil
from datetime import date
from pathlib import Path
from typing import Any

from store.storage.db import EventStore
from tui.app import make_app
from tui.messages import CorpusLoaded

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"
REPORT = (
    "BAMAKO, 14 March 2024 - The last Chadian peacekeepers left the base at Tessalit on Tuesday, "
    "the mission said.\n"
    "The German contingent completed its withdrawal from Gao in December 2023, a spokesman confirmed.\n"
)


def test_an_ingest_from_another_terminal_is_shown_with_what_changed(tmp_path: Path) -> None:
    db = tmp_path / "events.json"
    shutil.copyfile(STORE, db)
    report = tmp_path / "chad-report.txt"
    report.write_text(REPORT, encoding="utf-8")
    messages: list[Any] = []
    notes: list[str] = []

    async def scenario() -> tuple[str, str, int, int]:
        app = make_app(EventStore(db), ingest_if_empty=False, today=date(2025, 1, 15))
        async with app.run_test(size=(120, 36), message_hook=messages.append) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("R", "j", "j", "j")  # one row per report: every new event is a new row
            chosen = app.timeline.selected_event.id
            before = app.timeline.row_count
            app.browser.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
            from store.ingest import ingest_paths  # as another process would: the store file changes

            await asyncio.to_thread(ingest_paths, EventStore(db), [report])
            for _ in range(50):  # the watch looks once a second
                await pilot.pause(0.1)
                if any(isinstance(m, CorpusLoaded) and m.reloaded for m in messages):
                    break
            await app.workers.wait_for_complete()
            await pilot.pause()
            return chosen, app.timeline.selected_event.id, before, app.timeline.row_count

    chosen, kept, before, after = asyncio.run(scenario())
    added = len(EventStore(db).load().events) - before
    assert added > 0
    assert kept == chosen
    assert after == before + added
    assert f"The store changed on disk: {added} new event{'s' if added != 1 else ''}." in notes


def test_the_browsers_own_correction_is_not_taken_for_a_change_on_disk(tmp_path: Path) -> None:
    db = tmp_path / "events.json"
    shutil.copyfile(STORE, db)
    messages: list[Any] = []

    async def scenario() -> bool:
        app = make_app(EventStore(db), ingest_if_empty=False, today=date(2025, 1, 15))
        async with app.run_test(size=(120, 36), message_hook=messages.append) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("r")  # reject the selected event: the store file is written
            await app.workers.wait_for_complete()
            await pilot.pause(2.2)  # two looks of the watch
            return bool(app.timeline.selected_event.rejected)

    assert asyncio.run(scenario())
    assert not [m for m in messages if isinstance(m, CorpusLoaded) and m.reloaded]
