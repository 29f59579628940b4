"""Snapshots of the browser at 120x36, 100x30, 80x24 and 60x15 on the fixed seed store.

Update with ``pytest tests/test_tui_snapshots.py --snapshot-update`` (never with
``-n``) after checking the new pictures in the report pytest writes.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from store.query import sort_key
from store.storage.correction_writes import set_correction
from store.storage.db import EventStore
from tui.app import MaliTuiApp, make_app

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"
SIZES = [
    pytest.param((120, 36), id="120x36"),
    pytest.param((100, 30), id="100x30"),
    pytest.param((80, 24), id="80x24"),
    pytest.param((60, 15), id="60x15"),
]


def _app(store: Path = STORE) -> MaliTuiApp:
    return make_app(EventStore(store), ingest_if_empty=False, today=date(2025, 1, 15))


async def _loaded(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_first_screen(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(_app(), terminal_size=size, run_before=_loaded)


@pytest.mark.parametrize("size", SIZES)
def test_country_filter_applied(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        await pilot.press("c", "j", "space")  # the second most reported country
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_source_view_with_highlighted_sentence(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        await pilot.press("j", "j", "j", "enter")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_vietnamese_event_selected(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        app = pilot.app
        index = next(i for i, e in enumerate(app.corpus.events) if e["language"] == "vi")
        app.timeline.select_index(index, center=True)
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_help_screen(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_empty_state(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        await pilot.press("slash", *"nothing-matches-this", "escape")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_correction_form_with_an_invalid_date(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        await pilot.press("j", "j", "j", "E", "ctrl+u", *"2023-02-30", "enter")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


def test_corrected_and_rejected_rows(snap_compare: Any, tmp_path: Path) -> None:
    store_path = tmp_path / "events.json"
    shutil.copyfile(STORE, store_path)
    store = EventStore(store_path)
    events = sorted(store.load().events, key=sort_key)
    set_correction(store, events[3]["id"], date="2015-01-11", countries=["FR", "ML"])
    set_correction(store, events[4]["id"], rejected=True)

    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        await pilot.press("j", "j", "j")  # the corrected event, still fourth in date order
        await pilot.pause()

    assert snap_compare(_app(store_path), terminal_size=(120, 36), run_before=run_before)


def test_a_terminal_below_the_minimum_size_says_so(snap_compare: Any) -> None:
    assert snap_compare(_app(), terminal_size=(40, 10), run_before=_loaded)


def test_the_sidebar_shows_over_the_timeline_on_a_slim_terminal(snap_compare: Any) -> None:
    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        await pilot.press("c", "j")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=(80, 24), run_before=run_before)


LINKED = Path(__file__).parent / "fixtures" / "linked_store.json"


def _linked_occurrence(app: MaliTuiApp, *, conflict: bool) -> int:
    """Index of the best-supported report of a linked occurrence (with a conflict, or of three reports)."""
    timeline = app.timeline
    assert timeline.occurrences is not None
    for row in sorted(timeline.occurrences.members):
        occurrence = timeline.occurrences.occurrence_of(row)
        assert occurrence is not None
        if bool(occurrence.conflicts) == conflict and (conflict or len(occurrence.members) >= 3):
            return timeline.occurrences.members_of(row)[0]  # its best-supported report
    raise AssertionError("the linked fixture lacks that occurrence")


@pytest.mark.parametrize("size", SIZES)
def test_occurrence_with_its_reports_and_a_conflict(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        pilot.app.timeline.select_index(_linked_occurrence(pilot.app, conflict=True))
        await pilot.pause()

    assert snap_compare(_app(LINKED), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_second_report_of_an_occurrence_opened(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        pilot.app.timeline.select_index(_linked_occurrence(pilot.app, conflict=False))
        await pilot.press("enter", "right_square_bracket")
        await pilot.pause()

    assert snap_compare(_app(LINKED), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_one_row_per_report_with_a_marked_occurrence(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await _loaded(pilot)
        pilot.app.timeline.select_index(_linked_occurrence(pilot.app, conflict=True))
        await pilot.press("m", "R")
        await pilot.pause()

    assert snap_compare(_app(LINKED), terminal_size=size, run_before=run_before)
