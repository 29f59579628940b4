"""Correcting events in the browser: the form, the marks, the store file, undo, errors.

Every test works on a copy of the fixture store in ``tmp_path`` (the fixture is
never written) and checks state: the selected event, what the row and the
field panel say, and what the store file holds afterwards.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from store.browse import Corpus
from store.event_view import EventView
from store.query import sort_key
from store.storage.correction_values import CorrectionError, validate_date
from store.storage.correction_writes import set_correction
from store.storage.db import EventStore
from tests.pilot_helpers import pilot_test
from tui.app import MaliTuiApp, make_app
from tui.correction_form import CorrectionChange, change_from_form
from tui.correction_screen import CorrectionScreen
from tui.help_screen import help_rows
from tui.messages import CorrectionFailed, CorrectionSaved
from tui.timeline import CORRECTED_MARK, REJECTED_MARK

FIXTURE = Path(__file__).parent / "fixtures" / "seed_store.json"
TODAY = date(2025, 1, 15)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "events.json"
    shutil.copyfile(FIXTURE, path)
    return path


def _app(path: Path, **kwargs: Any) -> MaliTuiApp:
    return make_app(EventStore(path, **kwargs), ingest_if_empty=False, today=TODAY)


async def _settled(pilot: Any) -> None:
    """Wait for the workers; rows are reports here (corrections of occurrences: test_tui_occurrences.py)."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    if pilot.app.timeline.by_occurrence:
        pilot.app.timeline.action_by_report()
        await pilot.pause()


def _first_day_event(path: Path) -> dict[str, Any]:
    """The oldest event dated to the day: the test moves it years later, past other events."""
    events = sorted(EventStore(path).load().events, key=sort_key)
    return next(e for e in events if e["date_precision"] == "day")


def _selected_row(app: MaliTuiApp) -> str:
    """The text of the timeline row under the cursor, as drawn."""
    timeline = app.timeline
    y = timeline._line_of(timeline.cursor) - round(timeline.scroll_y) + 1
    return timeline.render_line(y).text


def _details(app: MaliTuiApp) -> str:
    return str(app.query_one("#details", Static).render())


async def _open_form_on(pilot: Any, event_id: str) -> CorrectionScreen:
    app = pilot.app
    if app.timeline.selected_index != app.corpus.index_of[event_id]:
        assert app.timeline.select_index(app.corpus.index_of[event_id], center=True)
    await pilot.press("E")
    await pilot.pause()
    assert isinstance(app.screen, CorrectionScreen)
    return app.screen


# -- the form, without a screen ------------------------------------------------------------


def test_form_infers_the_precision_from_the_date_written() -> None:
    event = EventView("e1", date="2023-11-03", date_precision="day", countries=("ML",), type="attack")
    change = change_from_form(event, date="2023-11", countries="ML", type="attack", rejected=False)
    assert change == CorrectionChange(date="2023-11", date_precision="month")
    change = change_from_form(event, date=" 2024 ", countries="ML", type="attack", rejected=False)
    assert change == CorrectionChange(date="2024", date_precision="year")


def test_form_asks_for_nothing_when_no_value_changed() -> None:
    event = EventView("e1", date="2023-06", date_precision="month", countries=("ML", "RU"), type="statement")
    assert (
        change_from_form(event, date="2023-06", countries="ru, ml", type="statement", rejected=False) is None
    )


def test_form_keeps_only_the_fields_that_changed_and_upper_cases_country_codes() -> None:
    event = EventView("e1", date="2022-11-15", date_precision="day", countries=("CI", "ML"), type="other")
    change = change_from_form(
        event, date="2022-11-15", countries="ci; ml, fr", type="withdrawal_announced", rejected=True
    )
    assert change == CorrectionChange(
        countries=("CI", "ML", "FR"), type="withdrawal_announced", rejected=True
    )


def test_form_refuses_an_impossible_date_with_the_stores_own_message() -> None:
    event = EventView("e1", date="2023-11-03", date_precision="day", countries=("ML",), type="attack")
    with pytest.raises(CorrectionError) as raised:
        change_from_form(event, date="2023-02-30", countries="ML", type="attack", rejected=False)
    with pytest.raises(CorrectionError) as expected:
        validate_date("2023-02-30")
    assert raised.value.message == expected.value.message


def test_form_refuses_to_empty_an_extracted_date() -> None:
    event = EventView("e1", date="2014", date_precision="year", countries=("FR",), type="deployment")
    with pytest.raises(CorrectionError, match="reject the event"):
        change_from_form(event, date="  ", countries="FR", type="deployment", rejected=False)


def test_form_target_field_sets_clears_or_refuses_a_planned_date() -> None:
    event = EventView("e1", date="2023-06", date_precision="month", countries=("DE",), target_date="2024-05")
    kept = dict(date="2023-06", countries="DE", type="other", rejected=False)
    assert change_from_form(event, target="2024-05", **kept) is None
    assert change_from_form(event, target="2024-06-30", **kept) == CorrectionChange(target_date="2024-06-30")
    assert change_from_form(event, target="", **kept) == CorrectionChange(target_date="")
    with pytest.raises(CorrectionError, match="target date"):
        change_from_form(event, target="June", **kept)


def test_form_refuses_two_letters_that_are_no_country() -> None:
    event = EventView("e1", date="2023-08-02", date_precision="day", countries=("EG",), type="other")
    with pytest.raises(CorrectionError, match="QQ is not an ISO 3166 country code"):
        change_from_form(event, date="2023-08-02", countries="EG, QQ", type="other", rejected=False)
    kept = change_from_form(event, date="2023-08-02", countries="eg, ml", type="other", rejected=False)
    assert kept is not None and kept.countries == ("EG", "ML")


def test_form_refuses_a_country_name_instead_of_a_code() -> None:
    event = EventView("e1", date="2014", date_precision="year", countries=("FR",), type="deployment")
    with pytest.raises(CorrectionError, match="2-letter country code"):
        change_from_form(event, date="2014", countries="France", type="deployment", rejected=False)


# -- the corpus after one correction ------------------------------------------------------


def test_replacing_one_corrected_event_indexes_the_corpus_like_a_full_rebuild(store_path: Path) -> None:
    store = EventStore(store_path)
    events = sorted(store.load().events, key=sort_key)
    moves = [(events[0], "2024-12-01"), (events[-1], "2013-05"), (events[len(events) // 2], "2020")]
    for event, new_date in moves:
        set_correction(store, event["id"], date=new_date, countries=["ML", "SN"])
    corpus = Corpus.from_snapshot(EventStore(FIXTURE).load())
    snapshot = store.load()
    for event, _ in moves:
        fixed = next(e for e in Corpus.from_snapshot(snapshot).events if e["id"] == event["id"])
        corpus.replace_event(fixed)
    rebuilt = Corpus.from_snapshot(snapshot)
    assert [sort_key(e) for e in corpus.events] == [sort_key(e) for e in rebuilt.events]
    assert {e["id"]: e for e in corpus.events} == {e["id"]: e for e in rebuilt.events}
    assert all(corpus.events[i]["id"] == event_id for event_id, i in corpus.index_of.items())
    for doc in corpus.documents:
        indices = corpus.events_in_document(doc)
        assert sorted(corpus.events[i]["id"] for i in indices) == sorted(
            rebuilt.events[i]["id"] for i in rebuilt.events_in_document(doc)
        )
        starts = [corpus.events[i]["start"] for i in indices]
        assert starts == sorted(starts)
    assert corpus.undated_from == rebuilt.undated_from
    assert corpus.countries == rebuilt.countries and corpus.country_totals == rebuilt.country_totals
    assert corpus.keys == [rebuilt.keys[rebuilt.index_of[e["id"]]] for e in corpus.events]
    assert corpus.corrected_count == len(moves)
    assert corpus.extracted(corpus.index_of[moves[0][0]["id"]]) == moves[0][0]


# -- the browser ---------------------------------------------------------------------------


@pilot_test
async def test_correcting_a_date_moves_the_row_marks_it_stores_it_and_survives_a_restart(
    store_path: Path,
) -> None:
    target = _first_day_event(store_path)
    messages: list[Any] = []
    app = _app(store_path)
    async with app.run_test(size=(120, 36), message_hook=messages.append) as pilot:
        await _settled(pilot)
        await _open_form_on(pilot, target["id"])
        await pilot.press("ctrl+u", *"2024-12-01", "enter")
        await _settled(pilot)
        assert not isinstance(app.screen, CorrectionScreen)
        assert [m.event_id for m in messages if isinstance(m, CorrectionSaved)] == [target["id"]]
        selected = app.timeline.selected_event
        assert selected.id == target["id"]
        assert (selected.date, selected.date_precision) == ("2024-12-01", "day")
        row = _selected_row(app)
        assert row.startswith(CORRECTED_MARK + "2024-12-01")
        assert f"Date      2024-12-01 (corrected; extracted {target['date']})" in _details(app)
        # Date order holds: the event now sorts after everything dated before December 2024.
        dates = [app.corpus.events[i]["date"] for i in app.timeline.rows if app.corpus.events[i]["date"]]
        assert dates == sorted(dates)
        assert "1 corrected" in str(app.query_one("#summary", Static).render())
    stored = EventStore(store_path).load().corrections[target["id"]]
    assert stored["fields"] == {"date": "2024-12-01", "date_precision": "day"}
    assert stored["extracted"]["date"] == target["date"]

    again = _app(store_path)
    async with again.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        index = again.corpus.index_of[target["id"]]
        assert again.corpus.events[index]["date"] == "2024-12-01"
        assert again.corpus.extracted(index)["date"] == target["date"]
        again.timeline.select_index(index, center=True)
        await pilot.pause()
        assert _selected_row(again).startswith(CORRECTED_MARK + "2024-12-01")


@pilot_test
async def test_correcting_type_and_countries_keeps_the_selection_and_the_scroll(store_path: Path) -> None:
    app = _app(store_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        await pilot.press("pagedown", "j", "j")
        chosen, cursor, top = app.timeline.selected_event, app.timeline.cursor, app.timeline.scroll_y
        screen = await _open_form_on(pilot, chosen.id)
        screen.query_one("#correction-countries", Input).value = "ml, sn"
        screen.query_one("#correction-type").value = "attack"
        await pilot.press("ctrl+s")
        await _settled(pilot)
        assert app.timeline.selected_event.id == chosen.id
        assert app.timeline.cursor == cursor
        assert app.timeline.scroll_y == top
        shown = app.timeline.selected_event
        assert (shown.countries, shown.type) == (("ML", "SN"), "attack")
        assert shown.date == chosen.date
        assert "SN" in app.sidebar.codes
        assert "(corrected; extracted" in _details(app).split("Countries")[1]
    fields = EventStore(store_path).load().corrections[chosen.id]["fields"]
    title = fields.pop("title")  # the headline that goes with the corrected values
    assert fields == {"countries": ["ML", "SN"], "type": "attack"}
    assert ": attack" in title and shown.title == title


@pilot_test
async def test_r_strikes_a_rejected_event_out_keeps_it_selectable_and_leaves_it_out_of_exports(
    store_path: Path, tmp_path: Path
) -> None:
    app = make_app(EventStore(store_path), ingest_if_empty=False, today=TODAY, export_dir=tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        await pilot.press("j", "j")
        chosen = app.timeline.selected_event
        rows = app.timeline.row_count
        await pilot.press("r")
        await _settled(pilot)
        assert app.timeline.selected_event.id == chosen.id
        assert app.timeline.selected_event.rejected is True
        assert app.timeline.row_count == rows
        assert _selected_row(app).startswith(REJECTED_MARK)
        assert "Rejected  not an event" in _details(app)
        assert EventStore(store_path).load().corrections[chosen.id]["rejected"] is True
        await pilot.press("e")
        await _settled(pilot)
        exported = (tmp_path / "mali-tui-export.jsonl").read_text(encoding="utf-8")
        assert chosen.id not in exported
        assert len(exported.splitlines()) == rows - 1
        await pilot.press("r")
        await _settled(pilot)
        assert app.timeline.selected_event == chosen  # nothing else was corrected: no mark left
        assert _selected_row(app).startswith(" ")


@pilot_test
async def test_u_undoes_the_last_correction_step_by_step_back_to_the_extracted_event(
    store_path: Path,
) -> None:
    target = _first_day_event(store_path)
    app = _app(store_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        await _open_form_on(pilot, target["id"])
        await pilot.press("ctrl+u", *"2021", "enter")
        await _settled(pilot)
        await pilot.press("r")
        await _settled(pilot)
        assert app.timeline.selected_event.rejected
        await pilot.press("u")
        await _settled(pilot)
        shown = app.timeline.selected_event
        assert (shown.id, shown.date, shown.rejected) == (target["id"], "2021", False)
        await pilot.press("u")
        await _settled(pilot)
        shown = app.timeline.selected_event
        assert shown == EventView.from_row(target)
        assert not _selected_row(app).startswith((CORRECTED_MARK, REJECTED_MARK))
        assert "corrected" not in _details(app)
    assert EventStore(store_path).load().corrections == {}


@pilot_test
async def test_an_invalid_date_shows_one_error_line_in_the_form_and_writes_nothing(store_path: Path) -> None:
    before = store_path.read_bytes()
    target = _first_day_event(store_path)
    app = _app(store_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        screen = await _open_form_on(pilot, target["id"])
        await pilot.press("ctrl+u", *"2023-13-45", "enter")
        await _settled(pilot)
        assert app.screen is screen
        assert screen.error == "date: '2023-13-45' is not a calendar date"
        assert str(screen.query_one("#correction-error", Static).render()) == screen.error
        await pilot.press("escape")
        await _settled(pilot)
        assert not isinstance(app.screen, CorrectionScreen)
        assert app.timeline.selected_event == EventView.from_row(target)
    assert store_path.read_bytes() == before


@pilot_test
async def test_a_locked_store_reports_a_toast_and_the_event_is_unchanged(store_path: Path) -> None:
    before = store_path.read_bytes()
    messages: list[Any] = []
    app = _app(store_path, lock_timeout=0.1)
    async with app.run_test(size=(120, 36), message_hook=messages.append) as pilot:
        await _settled(pilot)
        chosen = app.timeline.selected_event
        with EventStore(store_path).locked():  # as an ingest in another process would
            await pilot.press("r")
            await _settled(pilot)
        failed = [m for m in messages if isinstance(m, CorrectionFailed)]
        assert len(failed) == 1 and failed[0].locked
        assert "another mali-tui process is writing this store" in failed[0].error
        assert [n.title for n in app._notifications] == ["Store busy"]
        assert app.timeline.selected_event == chosen
    assert store_path.read_bytes() == before


@pilot_test
async def test_command_palette_rejects_and_undoes_the_selected_event(store_path: Path) -> None:
    app = _app(store_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        chosen = app.timeline.selected_event.id
        for command, rejected in [("reject selected event", True), ("undo correction", False)]:
            await pilot.press("ctrl+p", *command)
            await pilot.pause(0.3)
            await pilot.press("enter")
            await _settled(pilot)
            assert app.timeline.selected_event.id == chosen
            assert bool(app.timeline.selected_event.rejected) is rejected
        await pilot.press("ctrl+p", *"correct selected event")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CorrectionScreen)


@pilot_test
async def test_the_correction_keys_work_from_the_source_viewer_and_are_in_the_help(store_path: Path) -> None:
    app = _app(store_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        listed = {(row.section, row.keys, row.description) for row in help_rows(app)}
        for section in ("Timeline", "Source viewer"):
            assert (section, "E / f2", "Correct") in listed
            assert (section, "r", "Reject") in listed
            assert (section, "u", "Undo") in listed
        await pilot.press("enter")
        chosen = app.timeline.selected_event.id
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, CorrectionScreen)
        assert app.screen.event.id == chosen
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is app.viewer
        assert store_path.read_bytes() == FIXTURE.read_bytes()


@pilot_test
async def test_undo_with_nothing_to_undo_warns_and_writes_nothing(store_path: Path) -> None:
    before = store_path.read_bytes()
    messages: list[Any] = []
    app = _app(store_path)
    async with app.run_test(size=(120, 36), message_hook=messages.append) as pilot:
        await _settled(pilot)
        await pilot.press("u")
        await _settled(pilot)
        failed = [m for m in messages if isinstance(m, CorrectionFailed)]
        assert len(failed) == 1 and failed[0].refused and not failed[0].locked
        assert "has no correction to undo" in failed[0].error
        assert [n.severity for n in app._notifications] == ["warning"]
    assert store_path.read_bytes() == before
