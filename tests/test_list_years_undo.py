"""A year set on an item of an inferred list moves the rest of the list, and undo moves it back.

The moved years are worked out from the corrections whenever the store is read
(``store.storage.list_years``), never written into the stored events: the CLI's
export and the browser show them, ``corrections undo``/``clear`` and the browser's
``u`` give the list its inferred years back, and the store file stays byte for byte
what ingest wrote.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import orjson
import pytest

from store.storage.db import EventStore
from store.storage.list_years import is_list_inferred
from tests.pilot_helpers import settle_until
from tui.app import make_app
from tui.correction_screen import CorrectionScreen
from tui.messages import CorrectionSaved

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "seed_store.json"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "events.json"
    shutil.copyfile(FIXTURE, path)
    return path


def _list(path: Path) -> list[dict[str, Any]]:
    """The items of the seeds' undated list, in text order (years inferred from the list's order)."""
    items = sorted(
        (e for e in EventStore(path).load().events if is_list_inferred(e)), key=lambda e: e["start"]
    )
    assert len(items) > 3 and len({e["doc"] for e in items}) == 1
    return items


def _later(event: dict[str, Any], years: int) -> str:
    return f"{int(event['date'][:4]) + years}{event['date'][4:]}"


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "tui.cli", "--db", str(db), *args], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return done


def _exported(db: Path) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in map(orjson.loads, _cli(db, "export").stdout.splitlines())}


def test_cli_export_shows_the_list_moved_and_undo_and_clear_move_it_back(store_path: Path) -> None:
    items = _list(store_path)
    chosen, others = items[-1], items[:-1]
    before = store_path.read_bytes()

    said = _cli(store_path, "corrections", "set", chosen["id"], "--date", _later(chosen, 1)).stdout
    assert f"{len(others)} other items of its undated list moved with it" in said
    shown = _exported(store_path)
    assert shown[chosen["id"]]["date"] == _later(chosen, 1)
    for item in others:
        row = shown[item["id"]]
        assert row["date"] == _later(item, 1)
        assert row["date_inferred"] is True
        assert "an analyst dated" in row["date_reason"] and _later(chosen, 1) in row["date_reason"]
    assert store_path.read_bytes() == before

    undone = _cli(store_path, "corrections", "undo", chosen["id"]).stdout
    assert f"{len(others)} other items of its undated list moved with it" in undone
    shown = _exported(store_path)
    assert [(shown[e["id"]]["date"], shown[e["id"]]["date_reason"]) for e in items] == [
        (e["date"], e["date_reason"]) for e in items
    ]

    _cli(store_path, "corrections", "set", chosen["id"], "--date", _later(chosen, -2))
    assert _exported(store_path)[others[0]["id"]]["date"] == _later(others[0], -2)
    _cli(store_path, "corrections", "clear", chosen["id"])
    assert _exported(store_path)[others[0]["id"]]["date"] == others[0]["date"]
    assert store_path.read_bytes() == before


def test_timelinejs_export_reads_the_moved_years_too(store_path: Path) -> None:
    items = _list(store_path)
    _cli(store_path, "corrections", "set", items[0]["id"], "--date", _later(items[0], 1))
    slides = orjson.loads(_cli(store_path, "export", "--format", "timelinejs").stdout)["events"]
    years = {str(s["start_date"]["year"]) for s in slides}
    assert str(int(items[-1]["date"][:4]) + 1) in years


async def _browse_and_undo(store_path: Path) -> None:
    items = _list(store_path)
    chosen, others = items[0], items[1:]
    app = make_app(EventStore(store_path), ingest_if_empty=False, today=date(2025, 1, 15))
    messages: list[Any] = []
    async with app.run_test(size=(120, 36), message_hook=messages.append) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        corpus = app.corpus
        assert app.timeline.select_index(corpus.index_of[chosen["id"]], center=True)
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, CorrectionScreen)
        await pilot.press("ctrl+u", *_later(chosen, -1), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()

        def shown(event: dict[str, Any]) -> dict[str, Any]:
            return corpus.events[corpus.index_of[event["id"]]]

        for item in others:
            assert shown(item)["date"] == _later(item, -1)
            assert shown(item)["date_inferred"] is True and "an analyst dated" in shown(item)["date_reason"]
            assert not shown(item).get("corrected")
        dates = [corpus.events[i]["date"] for i in app.timeline.rows if corpus.events[i]["date"]]
        assert dates == sorted(dates)  # the moved items sit at their new years
        assert "1 corrected" in str(app.query_one("#summary").render())
        assert app.timeline.selected_event.id == chosen["id"]
        said = [m.note for m in messages if isinstance(m, CorrectionSaved)]
        assert f"{len(others)} other items of its undated list moved with it" in said[-1]

        await pilot.press("u")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [shown(e) for e in items] == items  # back to what extraction stored, marks and all
        assert corpus.corrected_count == 0
        said = [m.note for m in messages if isinstance(m, CorrectionSaved)]
        assert len(said) == 2 and f"{len(others)} other items" in said[-1]


def test_browser_moves_the_list_with_a_corrected_year_and_u_moves_it_back(store_path: Path) -> None:
    before = store_path.read_bytes()
    asyncio.run(_browse_and_undo(store_path))
    assert store_path.read_bytes() == before
    assert EventStore(store_path).load().corrections == {}


async def _reloaded(pilot: Any, messages: list[Any]) -> None:
    """Wait for the browser to notice the change on disk (it looks once a second) and reload."""
    from tui.messages import CorpusLoaded

    seen = sum(1 for m in messages if isinstance(m, CorpusLoaded) and m.reloaded)
    for _ in range(80):
        await pilot.pause(0.1)
        if sum(1 for m in messages if isinstance(m, CorpusLoaded) and m.reloaded) > seen:
            break
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _correct_from_another_terminal(store_path: Path) -> None:
    from store.correcting import correct_event, undo_event

    items = _list(store_path)
    chosen, other = items[0], items[-1]
    messages: list[Any] = []
    app = make_app(EventStore(store_path), ingest_if_empty=False, today=date(2025, 1, 15))
    async with app.run_test(size=(120, 36), message_hook=messages.append) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await asyncio.to_thread(correct_event, EventStore(store_path), chosen["id"], date=_later(chosen, 1))
        await _reloaded(pilot, messages)
        corpus = app.corpus
        assert corpus.events[corpus.index_of[other["id"]]]["date"] == _later(other, 1)
        await asyncio.to_thread(undo_event, EventStore(store_path), chosen["id"])
        await _reloaded(pilot, messages)
        corpus = app.corpus
        assert corpus.events[corpus.index_of[other["id"]]] == other


def test_a_correction_made_in_another_terminal_is_shown_with_its_list(store_path: Path) -> None:
    before = store_path.read_bytes()
    asyncio.run(_correct_from_another_terminal(store_path))
    assert store_path.read_bytes() == before  # only the corrections file beside it was written


async def _retype_a_moved_item(store_path: Path) -> None:
    items = _list(store_path)
    dated, retyped = items[0], items[-1]
    app = make_app(EventStore(store_path), ingest_if_empty=False, today=date(2025, 1, 15))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        corpus = app.corpus
        assert app.timeline.select_index(corpus.index_of[dated["id"]], center=True)
        await pilot.press("E")
        await pilot.pause()
        await pilot.press("ctrl+u", *_later(dated, 2), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.timeline.select_index(corpus.index_of[retyped["id"]], center=True)
        await pilot.press("E")
        await pilot.pause()
        app.screen.query_one("#correction-type").value = "attack"
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await settle_until(
            app, pilot, lambda: corpus.events[corpus.index_of[retyped["id"]]]["type"] == "attack"
        )
        shown = corpus.events[corpus.index_of[retyped["id"]]]
        assert (shown["type"], shown["date"]) == ("attack", _later(retyped, 2))  # it still follows its list
        assert shown["date_inferred"] is True


def test_an_item_corrected_in_type_only_keeps_following_its_list(store_path: Path) -> None:
    asyncio.run(_retype_a_moved_item(store_path))
