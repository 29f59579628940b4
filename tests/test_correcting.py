"""Corrections carried through (store/correcting.py): titles follow the corrected values, and a year
set on an item of an inferred list moves the list's other items with it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from store.correcting import LIST_INFERENCE, correct_event
from store.export import export_rows
from store.storage.correction_values import CorrectionError
from store.storage.correction_writes import clear_correction, set_correction, undo_correction
from store.storage.db import EventStore

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"


@pytest.fixture
def store(tmp_path: Path) -> EventStore:
    db = tmp_path / "events.json"
    shutil.copyfile(STORE, db)
    return EventStore(db)


def _shown(store: EventStore) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in export_rows(store.load())}


def test_a_corrected_target_date_changes_the_title_too(store: EventStore) -> None:
    planned = next(e for e in store.load().events if e.get("target_date") and "by " in e["title"])
    correct_event(store, planned["id"], target_date="2025-03")
    shown = _shown(store)[planned["id"]]
    assert shown["target_date"] == "2025-03"
    assert shown["title"].endswith("by 2025-03")
    correct_event(store, planned["id"], target_date="")
    assert "by " not in _shown(store)[planned["id"]]["title"]


def test_corrected_countries_and_type_retitle_the_event(store: EventStore) -> None:
    event = next(e for e in store.load().events if e["type"] == "deployment" and e["countries"] == ["FR"])
    correct_event(store, event["id"], countries=["DE"], type="withdrawal_completed")
    shown = _shown(store)[event["id"]]
    assert shown["title"].startswith("Germany: withdrawal completed")


def test_a_bad_target_date_is_refused_as_a_target(store: EventStore) -> None:
    event = store.load().events[0]
    with pytest.raises(CorrectionError, match=r"^target date: '2024-13' is not a calendar date"):
        correct_event(store, event["id"], target_date="2024-13")


def _list_items(store: EventStore) -> list[dict[str, Any]]:
    items = [e for e in store.load().events if e.get("date_inferred") and LIST_INFERENCE in e["date_reason"]]
    assert len({e["doc"] for e in items}) == 1 and len(items) > 2  # the seeds' undated Vietnamese list
    return items


def test_a_year_set_on_one_item_moves_the_rest_of_its_inferred_list(store: EventStore) -> None:
    items = _list_items(store)
    chosen = items[0]
    year = int(chosen["date"][:4])
    done = correct_event(store, chosen["id"], date=f"{year - 1}{chosen['date'][4:]}")
    assert done.moved == len(items) - 1
    shown = _shown(store)
    for item in items[1:]:
        moved = shown[item["id"]]
        assert int(moved["date"][:4]) == int(item["date"][:4]) - 1
        assert moved["date"][4:] == item["date"][4:]
        assert moved["date_inferred"] is True  # still an inference, now with the analyst's evidence
        assert "an analyst dated" in moved["date_reason"] and f"{year - 1}" in moved["date_reason"]
    stored = {e["id"]: e for e in store.load().events}
    assert all(stored[item["id"]] == item for item in items)  # worked out on reading, never written


def test_undoing_the_year_gives_the_list_its_inferred_years_back_and_the_store_is_never_rewritten(
    store: EventStore,
) -> None:
    items = _list_items(store)
    chosen, other = items[0], items[-1]
    before = store.path.read_bytes()
    correct_event(store, chosen["id"], date=f"{int(chosen['date'][:4]) + 2}{chosen['date'][4:]}")
    assert _shown(store)[other["id"]]["date"][:4] == str(int(other["date"][:4]) + 2)
    assert store.path.read_bytes() == before
    undo_correction(store, chosen["id"])
    back = _shown(store)
    for item in items:
        assert (back[item["id"]]["date"], back[item["id"]]["date_reason"]) == (
            item["date"],
            item["date_reason"],
        )
    correct_event(store, chosen["id"], date=f"{int(chosen['date'][:4]) + 2}{chosen['date'][4:]}")
    clear_correction(store, chosen["id"])
    assert _shown(store)[other["id"]]["date"] == other["date"]
    assert store.path.read_bytes() == before


def test_each_item_follows_the_nearest_item_the_analyst_dated(store: EventStore) -> None:
    items = sorted(_list_items(store), key=lambda e: e["start"])
    first, last = items[0], items[-1]
    set_correction(store, first["id"], date=f"{int(first['date'][:4]) - 1}{first['date'][4:]}")
    set_correction(store, last["id"], date=f"{int(last['date'][:4]) + 1}{last['date'][4:]}")
    shown = _shown(store)
    assert shown[items[1]["id"]]["date"][:4] == str(int(items[1]["date"][:4]) - 1)
    assert shown[items[-2]["id"]]["date"][:4] == str(int(items[-2]["date"][:4]) + 1)


def test_a_year_set_on_an_event_outside_any_inferred_list_moves_nothing_else(store: EventStore) -> None:
    events = store.load().events
    plain = next(e for e in events if e.get("date") and not e.get("date_inferred"))
    done = correct_event(store, plain["id"], date="2012")
    assert done.moved == 0
    shown = _shown(store)
    assert all(
        shown[e["id"]]["date"] == e["date"] for e in events if e["id"] != plain["id"] and e["id"] in shown
    )


def test_an_item_the_analyst_dated_keeps_the_analysts_date(store: EventStore) -> None:
    items = _list_items(store)
    first, second = items[0], items[1]
    set_correction(store, second["id"], date="2019-05-01")
    correct_event(store, first["id"], date=f"{int(first['date'][:4]) + 1}{first['date'][4:]}")
    assert _shown(store)[second["id"]]["date"] == "2019-05-01"


def test_a_day_changed_within_the_same_year_moves_nothing(store: EventStore) -> None:
    chosen = _list_items(store)[0]
    assert correct_event(store, chosen["id"], date=chosen["date"][:4]).moved == 0
