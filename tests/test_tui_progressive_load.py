"""A large store shows its first screen of events while the rest is read, then all of them."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

import store.storage.db
from store.browse import Corpus
from store.linking.occurrences import occurrences_of
from store.query import sort_key
from store.storage.db import EventStore
from tui.app import make_app
from tui.browser_screen import BrowserScreen
from tui.messages import CorpusLoaded

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"


def test_the_app_shows_a_preview_of_the_first_events_then_the_whole_store(monkeypatch) -> None:
    monkeypatch.setattr(store.storage.db, "PREVIEW_EVENTS", 10)
    messages: list[Any] = []
    seen: dict[str, Any] = {}
    shown = BrowserScreen.on_corpus_loaded

    def record(screen: BrowserScreen, message: CorpusLoaded) -> None:
        messages.append(message)  # the first screens are shown before the first frame, not posted
        shown(screen, message)

    monkeypatch.setattr(BrowserScreen, "on_corpus_loaded", record)

    async def scenario() -> None:
        app = make_app(EventStore(STORE), ingest_if_empty=False)
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            seen["rows"] = len(app.timeline.report_rows)  # the reports behind the rows, in either mode
            seen["summary_text"] = str(app.query_one("#summary", Static).render())
            seen["correct"] = app.browser.check_action("correct", ())

    asyncio.run(scenario())
    loaded = [m.corpus for m in messages if isinstance(m, CorpusLoaded)]
    everything = sorted(EventStore(STORE).load().events, key=sort_key)
    assert [c.is_partial for c in loaded] == [True, False]
    assert [e["id"] for e in loaded[0].events] == [e["id"] for e in everything[:10]]
    assert loaded[0].total_events == len(everything) == len(loaded[1])
    assert seen["rows"] == len(everything)
    assert "reading the store" not in seen["summary_text"]
    assert seen["correct"] is True


def test_a_preview_says_it_is_one_and_holds_corrections_back(monkeypatch) -> None:
    monkeypatch.setattr(store.storage.db, "PREVIEW_EVENTS", 10)
    previews: list[Any] = []
    EventStore(STORE).load(texts=False, preview=previews.append)
    partial = Corpus.from_snapshot(previews[0])

    async def scenario() -> tuple[str, Any, Any]:
        app = make_app(EventStore(STORE), ingest_if_empty=False)
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            app.browser.post_message(CorpusLoaded(partial))
            await pilot.pause()
            summary = str(app.query_one("#summary", Static).render())
            count = str(app.query_one("#count", Static).render())
            return (
                summary + " | " + count,
                app.browser.check_action("correct", ()),
                app.browser.check_action("toggle_reject", ()),
            )

    summary, correct, reject = asyncio.run(scenario())
    assert "the first 10 of 51 events" in summary
    assert summary.endswith("10 of 51 events")
    assert correct is None and reject is None


@pytest.mark.parametrize("moved_to", ["2030-01-01", "2001-01-01"])
def test_a_corrected_event_is_placed_by_its_corrected_date_in_a_preview(
    tmp_path: Path, monkeypatch, moved_to: str
) -> None:
    from store.storage.correction_writes import set_correction

    db = tmp_path / "events.json"
    db.write_bytes(STORE.read_bytes())
    everything = sorted(EventStore(db).load().events, key=sort_key)
    target = everything[3]
    set_correction(EventStore(db), target["id"], date=moved_to)
    previews: list[Any] = []
    EventStore(db).load(texts=False, preview=previews.append, preview_events=10)
    corpus = Corpus.from_snapshot(previews[0])
    keys = [sort_key(e) for e in corpus.events]
    assert keys == sorted(keys)
    ids = [e["id"] for e in corpus.events]
    assert (target["id"] in ids) is (moved_to < everything[9]["date"])
    assert corpus.corrected_count == (1 if target["id"] in ids else 0)


def test_a_store_damaged_past_the_preview_keeps_the_preview_and_says_so(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store.storage.db, "PREVIEW_EVENTS", 10)
    db = tmp_path / "events.json"
    lines = STORE.read_bytes().splitlines(keepends=True)
    last_event = max(i for i, line in enumerate(lines) if line.startswith(b'["events"'))
    lines[last_event] = b"{" + b" " * (len(lines[last_event]) - 2) + b"\n"  # same size, broken JSON
    db.write_bytes(b"".join(lines))

    async def scenario() -> tuple[int, str, Any]:
        app = make_app(EventStore(db), ingest_if_empty=False)
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            summary = str(app.query_one("#summary", Static).render())
            return len(app.timeline.rows), summary, app.browser.check_action("correct", ())

    rows, summary, correct = asyncio.run(scenario())
    assert rows == 10
    assert "only the first 10 of 51 events could be read" in summary
    assert correct is None
    assert db.read_bytes() == b"".join(lines)


def test_the_command_palette_obeys_the_keys_rules_while_the_store_is_read(
    monkeypatch, tmp_path: Path
) -> None:
    """ "Reject selected event" from the palette must not write a correction a preview would lose."""
    import shutil

    from tui.commands import MaliCommands

    monkeypatch.setattr(store.storage.db, "PREVIEW_EVENTS", 10)
    db = tmp_path / "events.json"
    shutil.copyfile(STORE, db)
    previews: list[Any] = []
    EventStore(db).load(texts=False, preview=previews.append)
    partial = Corpus.from_snapshot(previews[0])

    async def scenario() -> tuple[list[str], list[str]]:
        app = make_app(EventStore(db), ingest_if_empty=False)
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            whole = [name for name, _, _ in MaliCommands(app.browser)._commands()]
            app.browser.post_message(CorpusLoaded(partial))
            await pilot.pause()
            during = [name for name, _, _ in MaliCommands(app.browser)._commands()]
            app.browser.action_toggle_reject()  # what the palette's command would call
            await app.workers.wait_for_complete()
            await pilot.pause()
        return whole, during

    whole, during = asyncio.run(scenario())
    assert "Reject selected event" in whole and "Correct selected event" in whole
    assert "Reject selected event" not in during and "Correct selected event" not in during
    assert not EventStore(db).load().corrections  # nothing written


def test_the_first_frame_already_holds_the_first_events_of_a_large_store(monkeypatch) -> None:
    monkeypatch.setattr(store.storage.db, "PREVIEW_EVENTS", 10)
    at_first_frame: dict[str, Any] = {}
    app = make_app(EventStore(STORE), ingest_if_empty=False)

    def hook(message: object) -> None:
        if type(message).__name__ == "Ready" and not at_first_frame:  # posted once the frame is drawn
            at_first_frame.update(rows=len(app.timeline.rows), partial=app.corpus.is_partial)

    events = EventStore(STORE).load().events
    grouped = len(occurrences_of(events))

    async def scenario() -> tuple[int, int]:
        async with app.run_test(size=(120, 36), message_hook=hook) as pilot:
            # The grouping into occurrences is a worker started once the whole store is read: on a loaded
            # machine it may start after the first wait, so wait (a bounded number of times) for it too.
            for _ in range(100):
                await app.workers.wait_for_complete()
                await pilot.pause()
                if not app.corpus.is_partial and len(app.timeline.rows) == grouped:
                    break
                await pilot.pause(0.05)
            return len(app.corpus), len(app.timeline.rows)

    read, rows = asyncio.run(scenario())
    assert at_first_frame == {"rows": 10, "partial": True}  # a preview: one row per report until grouped
    assert read == len(events) > 10
    assert rows == grouped  # the whole store, one row per occurrence
