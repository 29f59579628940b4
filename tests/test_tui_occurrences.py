"""One row per occurrence in the browser: the mode key, filters and counts, ``[``/``]``, split and merge.

Every test reads a copy of ``fixtures/linked_store.json`` (eight reports written
for these tests, three occurrences told two or three times; see
``fixtures/build_linked_store.py``) and checks state and messages. Expected
values come from the store through ``store.linking.occurrences`` and
``store.query``, not from the pictures.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from store.ingest import ingest_paths
from store.linking.corrected import settle
from store.linking.occurrences import occurrences_of
from store.query import EventFilter, sort_key
from store.storage.db import EventStore
from tests.pilot_helpers import pilot_test
from tui.app import MaliTuiApp, make_app
from tui.messages import CorpusLoaded
from tui.occurrence_corrections import OccurrencesCorrected
from tui.occurrence_timeline import CONFLICT_MARK, MERGE_MARK
from tui.reports_panel import READING_MARK

FIXTURES = Path(__file__).parent / "fixtures"
STORE = FIXTURES / "linked_store.json"
TODAY = date(2025, 1, 15)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "events.json"
    shutil.copyfile(STORE, path)
    return path


def _app(path: Path = STORE) -> MaliTuiApp:
    return make_app(EventStore(path), ingest_if_empty=False, today=TODAY)


async def _settled(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _events(path: Path = STORE) -> list[dict[str, Any]]:
    return sorted(EventStore(path).load().events, key=sort_key)


def _as_read(path: Path) -> dict[str, dict[str, Any]]:
    """The stored events with their clusters as readers settle them: a split or a merge is written
    beside the store (its corrections file), never by rewriting it."""
    snapshot = EventStore(path).load()
    return {e["id"]: e for e in settle(list(snapshot.events), snapshot)}


def _linked(path: Path = STORE) -> list[Any]:
    """The occurrences of several reports, oldest first."""
    found = [o for o in occurrences_of(_events(path)) if len(o.members) > 1]
    return sorted(found, key=lambda o: o.date or "")


def _row_text(app: MaliTuiApp) -> str:
    """The timeline row under the cursor, as drawn."""
    timeline = app.timeline
    y = timeline._line_of(timeline.cursor) - round(timeline.scroll_y) + 1
    return timeline.render_line(y).text


def _select_occurrence(app: MaliTuiApp, event_id: str) -> None:
    assert app.corpus is not None
    assert app.timeline.select_index(app.corpus.index_of[event_id], center=True)


def test_the_fixture_holds_occurrences_of_several_reports_and_a_conflict() -> None:
    linked = _linked()
    assert len(linked) >= 3 and any(len(o.members) >= 3 for o in linked)
    assert any(o.conflicts for o in linked)


@pilot_test
async def test_one_row_per_occurrence_by_default_and_R_shows_one_per_report() -> None:
    events, linked = _events(), _linked()
    occurrences = len(events) - sum(len(o.members) - 1 for o in linked)
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        assert app.timeline.by_occurrence and app.timeline.row_count == occurrences
        count = f"{occurrences} of {occurrences} occurrences"
        assert str(app.query_one("#count").render()) == count
        assert app.query_one("#count").content_size.width >= len(count)  # drawn whole, not cut
        assert f"{occurrences} occurrences" in str(app.query_one("#summary").render())
        await pilot.press("R")
        await pilot.pause()
        assert not app.timeline.by_occurrence
        assert [app.corpus.events[i]["id"] for i in app.timeline.rows] == [e["id"] for e in events]
        assert str(app.query_one("#count").render()) == f"{len(events)} of {len(events)} events"
        await pilot.press("R")
        await pilot.pause()
        assert app.timeline.row_count == occurrences


@pilot_test
async def test_the_reports_column_counts_sources_and_marks_a_conflict() -> None:
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        for occurrence in _linked():
            _select_occurrence(app, occurrence.members[-1])
            await pilot.pause()
            mark = CONFLICT_MARK if occurrence.conflicts else " "
            assert f"{occurrence.reports}{mark}" in _row_text(app)
            assert app.timeline.selected_event.id == occurrence.members[-1]  # the report asked for


@pilot_test
async def test_an_occurrence_passes_a_filter_when_any_of_its_reports_passes() -> None:
    ber = next(o for o in _linked() if len(o.members) >= 3)
    events = {e["id"]: e for e in _events()}
    only = next(m for m in ber.members if "Tombouctou" in events[m]["sentence"])  # the French report
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        await pilot.press("slash", *"tombouctou")
        await pilot.pause()
        assert app.timeline.row_count == 1
        assert set(app.timeline.shown_reports()) == {app.corpus.index_of[m] for m in ber.members}
        await pilot.press("escape", "R")
        await pilot.pause()
        assert [app.corpus.events[i]["id"] for i in app.timeline.rows] == [only]


@pilot_test
async def test_sidebar_counts_occurrences_or_reports_as_the_timeline_shows_them() -> None:
    events, linked = _events(), _linked()

    def reports_naming(code: str) -> int:
        return len(list(EventFilter(countries=frozenset({code})).apply(events)))

    def occurrences_naming(code: str) -> int:
        by_cluster = {e["cluster"] for e in events if code in (e.get("countries") or ())}
        return len(by_cluster)

    germany = next(o for o in linked if "DE" in o.countries)
    assert reports_naming("DE") > occurrences_naming("DE")  # two reports, one occurrence
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        sidebar = app.sidebar
        position = sidebar.codes.index("DE")
        assert str(sidebar.get_option_at_index(position).prompt).split()[-1] == str(occurrences_naming("DE"))
        sidebar.focus()
        sidebar.highlighted = position
        await pilot.press("space")
        await pilot.pause()
        assert app.timeline.row_count == occurrences_naming("DE")
        assert set(germany.members) <= {app.corpus.events[i]["id"] for i in app.timeline.shown_reports()}
        await pilot.press("escape", "R")
        await pilot.pause()
        assert app.timeline.row_count == reports_naming("DE")
        assert str(sidebar.get_option_at_index(position).prompt).split()[-1] == str(reports_naming("DE"))


@pilot_test
async def test_s_flips_the_occurrence_rows_and_keeps_the_report_being_read() -> None:
    ber = next(o for o in _linked() if len(o.members) >= 3)
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        rows = list(app.timeline.rows)
        _select_occurrence(app, ber.members[0])
        await pilot.press("right_square_bracket")
        await pilot.press("s")
        await pilot.pause()
        assert app.timeline.descending
        assert app.timeline.rows == app.corpus.display_order(rows, True)
        assert app.timeline.selected_event.id == ber.members[1]


@pilot_test
async def test_brackets_open_each_report_in_its_own_document_with_its_sentence_highlighted() -> None:
    ber = next(o for o in _linked() if len(o.members) >= 3)
    events = {e["id"]: e for e in _events()}
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        _select_occurrence(app, ber.members[0])
        await pilot.press("enter")  # from the viewer too
        await pilot.pause()
        row = app.timeline.cursor
        for n, member in enumerate(ber.members):
            if n:
                await pilot.press("right_square_bracket")
                await pilot.pause()
            event = events[member]
            assert app.viewer.document.name == event["doc"]
            assert app.viewer.highlight == (event["start"], event["end"])
            assert app.timeline.cursor == row  # the occurrence stays selected
            panel = app.query_one("#reports")
            assert panel.reading == app.corpus.index_of[member]
            assert any(
                line.plain.startswith(f"{READING_MARK}{n + 1} ")
                for line in panel.lines(app.corpus, panel.occurrence, 120)
            )
        await pilot.press("right_square_bracket")  # past the last: stays, says so
        await pilot.pause()
        assert app.viewer.highlight == (events[ber.members[-1]]["start"], events[ber.members[-1]]["end"])
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert app.timeline.selected_event.id == ber.members[-2]
        await pilot.press("escape", "j")  # another row: its lead report
        await pilot.pause()
        assert app.timeline.selected_index == app.timeline.rows[row + 1]


@pilot_test
async def test_brackets_in_per_report_mode_move_the_cursor_to_the_other_reports() -> None:
    ber = next(o for o in _linked() if len(o.members) >= 3)
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        await pilot.press("R")
        await pilot.pause()
        _select_occurrence(app, ber.members[0])
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert app.timeline.selected_event.id == ber.members[1]
        assert app.timeline.rows[app.timeline.cursor] == app.corpus.index_of[ber.members[1]]


@pilot_test
async def test_x_splits_the_report_being_read_out_and_it_stays_out_after_reingest(
    store_path: Path, tmp_path: Path
) -> None:
    ber = next(o for o in _linked(store_path) if len(o.members) >= 3)
    out = ber.members[1]
    messages: list[Any] = []
    app = _app(store_path)
    async with app.run_test(size=(120, 36), message_hook=messages.append) as pilot:
        await _settled(pilot)
        before = app.timeline.row_count
        _select_occurrence(app, ber.members[0])
        await pilot.press("right_square_bracket", "X")
        await _settled(pilot)
        await _settled(pilot)
        assert any(isinstance(m, OccurrencesCorrected) for m in messages)
        assert any(isinstance(m, CorpusLoaded) for m in messages)
        assert app.timeline.row_count == before + 1
        assert app.timeline.selected_event.id == out  # still reading it, now alone
        assert app.timeline.members_of(app.timeline.selected_index) == (app.timeline.selected_index,)
    stored = _as_read(store_path)
    assert stored[out]["cluster"] != stored[ber.members[0]]["cluster"]
    assert stored[ber.members[0]]["cluster"] == stored[ber.members[2]]["cluster"]
    # Re-ingest every report, one of them changed: the analyst's word still holds.
    reports = tmp_path / "reports"
    shutil.copytree(FIXTURES / "linked_reports", reports)
    changed = reports / stored[out]["doc"]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nThe mission gave no figure.\n", encoding="utf-8"
    )
    ingest_paths(EventStore(store_path), [reports], today=TODAY)
    again = _as_read(store_path)
    assert again[out]["cluster"] != again[ber.members[0]]["cluster"]


@pilot_test
async def test_m_then_M_merges_the_selected_occurrence_into_the_marked_one_and_it_survives_reingest(
    store_path: Path, tmp_path: Path
) -> None:
    events = _events(store_path)
    lone = [e for e in events if e.get("cluster_size", 1) == 1 and e.get("type") == "withdrawal_completed"]
    ber = next(o for o in _linked(store_path) if len(o.members) >= 3)
    app = _app(store_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        before = app.timeline.row_count
        _select_occurrence(app, ber.members[0])
        await pilot.press("m")
        await pilot.pause()
        assert MERGE_MARK in _row_text(app)
        _select_occurrence(app, lone[0]["id"])
        await pilot.press("M")
        await _settled(pilot)
        await _settled(pilot)
        assert app.timeline.row_count == before - 1
        assert app.timeline.marked is None
        assert len(app.timeline.members_of(app.timeline.selected_index)) == len(ber.members) + 1
    stored = _as_read(store_path)
    assert stored[lone[0]["id"]]["cluster"] == stored[ber.members[0]]["cluster"]
    # Re-ingest the merged report, changed: the analyst's word still holds.
    reports = tmp_path / "reports"
    shutil.copytree(FIXTURES / "linked_reports", reports)
    changed = reports / stored[lone[0]["id"]]["doc"]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nNo casualties were reported.\n", encoding="utf-8"
    )
    ingest_paths(EventStore(store_path), [reports], today=TODAY)
    again = _as_read(store_path)
    assert again[lone[0]["id"]]["cluster"] == again[ber.members[0]]["cluster"]


@pilot_test
async def test_M_without_a_mark_says_how_and_writes_nothing(store_path: Path) -> None:
    before = store_path.read_bytes()
    app = _app(store_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        await pilot.press("M")
        await _settled(pilot)
        assert any("Mark an occurrence first" in str(n.message) for n in app._notifications)
    assert store_path.read_bytes() == before


@pilot_test
async def test_a_store_without_clusters_shows_every_event_as_an_occurrence_of_one() -> None:
    seed = FIXTURES / "seed_store.json"
    events = EventStore(seed).load().events
    app = _app(seed)
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        assert app.timeline.row_count == len(occurrences_of(events))
        assert not app.query_one("#reports").has_class("-shown")


@pilot_test
async def test_a_field_correction_applies_to_the_report_being_read(store_path: Path) -> None:
    ber = next(o for o in _linked(store_path) if len(o.members) >= 3)
    app = _app(store_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        _select_occurrence(app, ber.members[0])
        await pilot.press("right_square_bracket", "r")  # reject the second report: not an event
        await _settled(pilot)
        await _settled(pilot)
        assert app.corpus.events[app.corpus.index_of[ber.members[1]]].get("rejected")
        assert not app.corpus.events[app.corpus.index_of[ber.members[0]]].get("rejected")
        # A rejected report is no report of its occurrence any more: it shows alone, struck out.
        rejected = app.corpus.index_of[ber.members[1]]
        assert app.timeline.members_of(rejected) == (rejected,)
        assert len(app.timeline.members_of(app.corpus.index_of[ber.members[0]])) == len(ber.members) - 1


@pilot_test
async def test_a_report_re_dated_in_the_browser_leaves_its_occurrence_at_once(store_path: Path) -> None:
    from textual.widgets import Input

    ber = next(o for o in _linked(store_path) if len(o.members) >= 3)
    app = _app(store_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        before = app.timeline.row_count
        _select_occurrence(app, ber.members[0])
        await pilot.press("right_square_bracket", "E")  # correct the second report: another year
        await pilot.pause()
        app.screen.query_one("#correction-date", Input).value = "2021-01-05"
        await pilot.press("ctrl+s")
        await _settled(pilot)
        await _settled(pilot)
        moved = app.corpus.index_of[ber.members[1]]
        assert app.corpus.events[moved]["date"] == "2021-01-05"
        # The store keeps the clusters it stored; the browser shows them settled with the correction.
        assert app.timeline.members_of(moved) == (moved,)
        rest = app.timeline.members_of(app.corpus.index_of[ber.members[0]])
        assert {app.corpus.events[i]["id"] for i in rest} == {ber.members[0], ber.members[2]}
        assert app.timeline.row_count == before + 1
        assert app.timeline.selected_event.id == ber.members[1]
    stored = {e["id"]: e for e in EventStore(store_path).load().events}
    assert stored[ber.members[1]]["cluster"] == stored[ber.members[0]]["cluster"]  # nothing rewritten


@pilot_test
async def test_e_exports_the_reports_that_pass_the_filter_in_occurrence_mode(tmp_path: Path) -> None:
    import json

    expected = [e["id"] for e in _events() if EventFilter(text="gao").matches(e)]
    assert len(expected) >= 2
    app = make_app(EventStore(STORE), ingest_if_empty=False, today=TODAY, export_dir=tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        await pilot.press("slash", *"gao", "escape", "e")
        await _settled(pilot)
        assert app.timeline.row_count < len(expected)  # one occurrence on screen...
    lines = (tmp_path / "mali-tui-export.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == expected  # ...every report of it exported


@pilot_test
async def test_R_keeps_the_report_being_read_selected_in_both_modes() -> None:
    ber = next(o for o in _linked() if len(o.members) >= 3)
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        _select_occurrence(app, ber.members[0])
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        reading = app.timeline.selected_event.id
        assert reading == ber.members[2]
        await pilot.press("R")
        await pilot.pause()
        assert app.timeline.selected_event.id == reading
        assert app.timeline.rows[app.timeline.cursor] == app.corpus.index_of[reading]
        await pilot.press("R")
        await pilot.pause()
        assert app.timeline.selected_event.id == reading
        assert app.viewer.document.name == app.timeline.selected_event.doc


@pilot_test
async def test_the_reports_panel_shows_control_characters_of_a_hostile_report_as_visible_marks() -> None:
    from textual.app import App, ComposeResult

    from store.browse import Corpus
    from store.occurrence_view import group_reports, place_rows
    from tui.reports_panel import ReportsPanel

    def report(eid: str, sentence: str, publisher_doc: str) -> dict[str, Any]:
        return {
            "id": eid,
            "doc": publisher_doc,
            "start": 0,
            "end": len(sentence),
            "sentence": sentence,
            "date": "2023-08-13",
            "date_precision": "day",
            "type": "withdrawal_completed",
            "countries": ["ML"],
            "places": ["Ber"],
            "language": "en",
            "title": "UN: withdrawal completed in Ber\x1b]0;owned\x07",
            "cluster": "a",
            "cluster_size": 2,
        }

    events = [
        report("a", "Peacekeepers left Ber on Sunday.\x1b[2J", "a.txt"),
        report("b", "The \u202eUN\u202c mission left the Ber camp on Sunday.", "b.txt"),
    ]
    documents = {"a.txt": {"name": "a.txt", "publisher": "Wire\x1b[31m"}, "b.txt": {"name": "b.txt"}}
    corpus = Corpus(documents, events)
    rows = place_rows(group_reports(corpus.events), corpus.events, corpus.index_of)

    class Panel(App[None]):
        def compose(self) -> ComposeResult:
            yield ReportsPanel(id="reports")

    app = Panel()
    async with app.run_test(size=(120, 20)) as pilot:
        panel = app.query_one(ReportsPanel)
        panel.show(corpus, rows, 0)
        await pilot.pause()
        text = "\n".join(line.plain for line in panel.lines(corpus, panel.occurrence, 120))
        assert "\x1b" not in text and "\u202e" not in text
        assert "␛[2J" in text and "␛[31m" in text


@pilot_test
async def test_the_command_palette_switches_between_occurrences_and_reports() -> None:
    events = _events()
    app = _app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _settled(pilot)
        await pilot.press("ctrl+p", *"one row per report")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert not app.timeline.by_occurrence and app.timeline.row_count == len(events)
