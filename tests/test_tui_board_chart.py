"""Pilot: pick a span of the chart's bars (keys and mouse) to set the dates; open a force from the board."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from store.linking.occurrences import occurrences_of
from store.query import date_bounds
from store.storage.db import EventStore
from tests.pilot_helpers import pilot_test
from tui.app import MaliTuiApp, make_app
from tui.board_screen import BoardScreen

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"


def _app() -> MaliTuiApp:
    return make_app(EventStore(STORE), ingest_if_empty=False, today=date(2025, 1, 15))


async def _loaded(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _every_occurrence() -> int:
    """Rows with no filter: one per occurrence (the timeline's default view)."""
    return len(occurrences_of(EventStore(STORE).load().events))


def _rows_within(app: MaliTuiApp, since: str, until: str) -> bool:
    events = [app.corpus.events[i] for i in app.timeline.rows]
    return bool(events) and all(
        e.get("date") and date_bounds(e["date"])[1] >= since and date_bounds(e["date"])[0] <= until
        for e in events
    )


@pilot_test
async def test_keys_pick_a_span_of_bars_as_the_date_range() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _loaded(pilot)
        chart = app.browser.chart
        bins = chart.hist.bins
        assert bins and chart.hist.unit == "year"
        await pilot.press("d")
        assert chart.has_focus
        await pilot.press("left", "shift+left", "enter")
        await pilot.pause()
        first, last = bins[-3], bins[-2]
        assert (app.filter_bar.since, app.filter_bar.until) == (first.since, last.until)
        assert _rows_within(app, first.since, last.until)
        assert chart.selected_bins() == [len(bins) - 3, len(bins) - 2]  # the chart still shows every year
        await pilot.press("backspace")
        await pilot.pause()
        assert (app.filter_bar.since, app.filter_bar.until) == (None, None)
        assert app.timeline.row_count == _every_occurrence()
        await pilot.press("escape")
        assert app.timeline.has_focus


@pilot_test
async def test_the_chart_cursor_stays_on_its_date_when_a_filter_changes_the_bars() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _loaded(pilot)
        chart = app.browser.chart
        await pilot.press("slash", *"france", "escape")  # fewer years have bars
        await pilot.pause()
        await pilot.press("d", "left")
        at = chart.hist.bins[chart.cursor].since
        await pilot.press("escape", "ctrl+l")  # every year again: the bars move under the cursor
        await pilot.pause()
        assert chart.hist.bins[chart.cursor].since == at
        await pilot.press("d", "enter")
        await pilot.pause()
        assert app.filter_bar.since == at


@pilot_test
async def test_a_click_picks_one_bar_and_a_drag_picks_a_span() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _loaded(pilot)
        chart = app.browser.chart
        width = chart._cell_width()
        tallest = max(range(len(chart.hist.bins)), key=lambda i: chart.hist.bins[i].total)
        target = chart.hist.bins[tallest]
        await pilot.click("#chart", offset=(1 + tallest * width, 2))
        await pilot.pause()
        assert (app.filter_bar.since, app.filter_bar.until) == (target.since, target.until)
        assert _rows_within(app, target.since, target.until)

        await pilot.mouse_down("#chart", offset=(1, 2))
        await pilot.hover("#chart", offset=(1 + 3 * width, 2))
        await pilot.mouse_up("#chart", offset=(1 + 3 * width, 2))
        await pilot.pause()
        bins = chart.hist.bins
        assert (app.filter_bar.since, app.filter_bar.until) == (bins[0].since, bins[3].until)


@pilot_test
async def test_the_chart_follows_the_other_filters() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _loaded(pilot)
        before = sum(b.total for b in app.browser.chart.hist.bins) + app.browser.chart.hist.undated
        await pilot.press("slash", *"egypt", "escape")
        await pilot.pause()
        after = sum(b.total for b in app.browser.chart.hist.bins) + app.browser.chart.hist.undated
        assert after == app.timeline.row_count < before


@pilot_test
async def test_opening_a_force_from_the_board_filters_the_timeline_then_the_source_opens() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _loaded(pilot)
        await pilot.press("slash", *"tessalit", "escape")  # other filters give way to the force
        await pilot.press("w")
        await _loaded(pilot)
        screen = app.screen
        assert isinstance(screen, BoardScreen)
        keys = [r.key for r in screen.rows]
        assert {"EG@ML", "DE@ML", "GB@ML", "FR@ML", "minusma@ML"} <= set(keys)
        egypt = keys.index("EG@ML")
        await pilot.press(*["j"] * egypt, "enter")
        await pilot.pause()
        assert not isinstance(app.screen, BoardScreen)
        assert app.browser.force_filter == ("EG@ML", "Egypt in Mali")
        assert app.filter_bar.text == ""
        shown = [app.corpus.events[i] for i in app.timeline.rows]
        assert len(shown) == screen.rows[egypt].reports == 2
        assert all("EG" in e["countries"] for e in shown)
        await pilot.press("enter")
        await pilot.pause()
        assert app.viewer.highlight is not None and app.viewer.has_focus
        await pilot.press("escape", "ctrl+l")
        await pilot.pause()
        assert app.browser.force_filter is None and app.timeline.row_count == _every_occurrence()


@pilot_test
async def test_escape_leaves_the_board_without_changing_the_filters() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _loaded(pilot)
        await pilot.press("w")
        await _loaded(pilot)
        assert isinstance(app.screen, BoardScreen)
        await pilot.press("slash")  # the browser's keys do nothing on the board
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, BoardScreen)
        assert app.browser.force_filter is None and app.timeline.row_count == _every_occurrence()


@pilot_test
async def test_the_chart_is_one_line_on_a_medium_terminal_and_hidden_on_a_short_one() -> None:
    for size, height, shown in (((120, 36), 5, True), ((80, 28), 1, True), ((80, 24), 0, False)):
        app = _app()
        async with app.run_test(size=size) as pilot:
            await _loaded(pilot)
            assert app.browser.chart.display == shown, size
            if shown:
                assert app.browser.chart.outer_size.height == height, size


@pilot_test
async def test_the_palette_exports_the_filtered_events_for_timelinejs(tmp_path: Path) -> None:
    import orjson

    app = make_app(EventStore(STORE), ingest_if_empty=False, today=date(2025, 1, 15), export_dir=tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await _loaded(pilot)
        await pilot.press("slash", *"Đức", "escape")
        app.browser.action_export("timelinejs")
        await app.workers.wait_for_complete()
        body = orjson.loads((tmp_path / "mali-tui-export.timeline.json").read_bytes())
        assert body["events"] and all("Germany" in s["text"]["headline"] for s in body["events"])


@pilot_test
async def test_a_large_store_is_charted_by_a_worker_with_the_same_counts() -> None:
    import tui.chart

    expected = _app()
    async with expected.run_test(size=(120, 36)) as pilot:
        await _loaded(pilot)
        await pilot.press("slash", *"mali", "escape")
        await pilot.pause()
        wanted = [(b.label, b.total) for b in expected.browser.chart.hist.bins]
    saved = tui.chart.SYNC_ROWS
    tui.chart.SYNC_ROWS = 0  # every store counted in the worker
    try:
        app = _app()
        async with app.run_test(size=(120, 36)) as pilot:
            await _loaded(pilot)
            await pilot.press("slash", *"mali", "escape")
            await _loaded(pilot)
            assert [(b.label, b.total) for b in app.browser.chart.hist.bins] == wanted
    finally:
        tui.chart.SYNC_ROWS = saved


@pilot_test
async def test_on_a_short_terminal_d_shows_the_hidden_chart_until_escape() -> None:
    app = _app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _loaded(pilot)
        assert not app.browser.chart.display
        await pilot.press("d")
        await pilot.pause()
        assert app.browser.chart.display and app.browser.chart.has_focus
        assert app.browser.chart.outer_size.height == 1
        await pilot.press("escape")
        await pilot.pause()
        assert not app.browser.chart.display and app.timeline.has_focus
