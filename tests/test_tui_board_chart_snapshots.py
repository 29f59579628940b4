"""Snapshots of the board screen and of the chart with a span of bars picked, at 120x36 and 80x24."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from store.storage.db import EventStore
from tui.app import MaliTuiApp, make_app

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"
SIZES = [pytest.param((120, 36), id="120x36"), pytest.param((80, 24), id="80x24")]


def _app() -> MaliTuiApp:
    return make_app(EventStore(STORE), ingest_if_empty=False, today=date(2025, 1, 15))


async def _loaded(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_board_of_forces(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        await pilot.press("w")
        await _loaded(pilot)
        await pilot.press("j", "j")

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_chart_with_a_span_of_bars_picked(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        await pilot.press("d", "left", "shift+left", "enter")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


def test_timeline_of_one_force_from_the_board(snap_compare: Any) -> None:
    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        await pilot.press("w")
        await _loaded(pilot)
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=(120, 36), run_before=run_before)
