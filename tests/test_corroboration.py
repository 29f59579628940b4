"""Inferred list years move only when dated reports of the same occurrence place an entry, and say so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from store.linking.corroborate import year_anchors

TODAY = dt.date(2026, 11, 23)


def _event(
    doc: str,
    date: str,
    type_: str,
    countries: list[str],
    inferred: bool,
    start: int = 0,
    places: list[str] | None = None,
) -> dict:
    precision = {10: "day", 7: "month", 4: "year"}[len(date)]
    return {
        "id": f"{doc}:{start}:{date}",
        "doc": doc,
        "start": start,
        "sentence": f"{type_} {countries}",
        "date": date,
        "date_precision": precision,
        "type": type_,
        "countries": countries,
        "places": places or [],
        "date_inferred": inferred,
        "figures": [],
        "title": f"{countries[0]}: {type_}",
    }


def test_a_report_of_the_same_day_month_and_country_anchors_the_entry() -> None:
    listed = [
        _event("list.txt", "2023-08-15", "withdrawal_completed", ["FR", "ML"], True, 10),
        _event("list.txt", "2023-02-18", "withdrawal_announced", ["FR", "ML"], True, 90),
    ]
    report = [_event("report.txt", "2022-08-15", "withdrawal_completed", ["FR", "ML"], False)]
    hint = year_anchors(listed, report)
    assert hint is not None and hint.anchors[10].year == 2022
    assert "report.txt" in hint.anchors[10].why and 90 not in hint.anchors


def _mali_list(first: dict) -> list[dict]:
    """``first`` and five more entries of a list about Mali (newest first, one a month)."""
    more = [
        _event("list.txt", f"2023-0{m}-02", "withdrawal_announced", ["ML", c], True, 100 * m)
        for m, c in zip(range(6, 1, -1), ("DK", "SE", "DE", "EG", "BJ"), strict=True)
    ]
    return [first, *more]


def test_a_year_level_report_anchors_only_with_a_specific_country() -> None:
    listed = _mali_list(_event("list.txt", "2023-08-15", "withdrawal_completed", ["FR", "ML"], True))
    assert year_anchors(listed, [_event("r.txt", "2022", "withdrawal_completed", ["FR", "ML"], False)])
    other_country = [_event("r.txt", "2022", "withdrawal_completed", ["DE", "ML"], False)]
    assert year_anchors(listed, other_country) is None


def test_the_country_every_entry_names_identifies_nothing() -> None:
    listed = _mali_list(_event("list.txt", "2023-08-15", "coup", ["ML"], True))
    assert year_anchors(listed, [_event("report.txt", "2021", "coup", ["ML"], False)]) is None
    assert year_anchors(listed, [_event("report.txt", "2021-08", "coup", ["ML"], False)]) is None


def test_another_camp_on_the_same_day_anchors_nothing() -> None:
    listed = [_event("list.txt", "2024-10-21", "withdrawal_completed", ["ML"], True, places=["Tessalit"])]
    aguelhok = [_event("r.txt", "2023-10-21", "withdrawal_completed", ["ML"], False, places=["Aguelhok"])]
    assert year_anchors(listed, aguelhok) is None
    tessalit = [_event("r.txt", "2023-10-21", "withdrawal_completed", ["ML"], False, places=["Tessalit"])]
    hint = year_anchors(listed, tessalit)
    assert hint is not None and hint.anchors[0].year == 2023


def test_inferred_reports_do_not_corroborate_each_other() -> None:
    listed = [_event("a.txt", "2023-08-15", "withdrawal_completed", ["FR"], True)]
    assert year_anchors(listed, [_event("b.txt", "2022-08-15", "withdrawal_completed", ["FR"], True)]) is None


def test_reports_split_evenly_between_two_years_anchor_nothing() -> None:
    listed = [_event("list.txt", "2023-08-15", "withdrawal_completed", ["FR", "ML"], True)]
    reports = [
        _event("a.txt", "2022-08-15", "withdrawal_completed", ["FR", "ML"], False),
        _event("b.txt", "2021-08-15", "withdrawal_completed", ["FR", "ML"], False),
    ]
    assert year_anchors(listed, reports) is None


@pytest.fixture
def no_office_holders(monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed list names ministers whose terms date it alone (tests/test_office_holders.py); these
    tests are about the other evidence, agreement with dated reports, so the names are ignored here, and
    so are the runs of the operations it names (tests/test_list_years_within_an_operation.py)."""
    monkeypatch.setattr("store.extraction.list_years.office_holders", lambda sentence: [])
    monkeypatch.setattr("store.extraction.list_years.operation_ends", lambda sentence, un=None: [])


def _dates_of(store_path: Path, fragment: str) -> list[str]:
    from store.storage.db import EventStore

    return [e["date"] for e in EventStore(store_path).load().events if fragment in e["sentence"]]


@pytest.mark.usefixtures("no_office_holders")
def test_seed_list_entry_moves_with_the_rt_report_and_stays_inferred(tmp_path: Path) -> None:
    from store.ingest import ingest_paths
    from store.storage.db import EventStore

    store = EventStore(tmp_path / "events.json")
    ingest_paths(store, sorted(Path("seeds").glob("*.txt")), today=TODAY)
    entry = next(e for e in store.load().events if e.get("date_text") == "Ngày 15/8")
    assert entry["date"] == "2022-08-15" and entry["date_inferred"]
    assert "dated reports of the same occurrence" in entry["date_reason"]
    assert "003_03bd54172547968c.txt" in entry["date_reason"]


@pytest.mark.usefixtures("no_office_holders")
def test_stored_list_moves_when_a_later_ingest_brings_the_evidence(tmp_path: Path) -> None:
    from store.ingest import ingest_paths
    from store.storage.db import EventStore

    store = EventStore(tmp_path / "events.json")
    seeds = sorted(Path("seeds").glob("*.txt"))
    ingest_paths(store, [seeds[0]], today=TODAY)
    alone = _dates_of(store.path, "Ngày 15/8")
    summary = ingest_paths(store, [seeds[3]], today=TODAY)
    assert summary.replaced == 1  # the stored Vietnamese list, re-resolved
    assert _dates_of(store.path, "Ngày 15/8") == ["2022-08-15"] != alone
    again = ingest_paths(store, seeds, today=TODAY)
    assert again.replaced == 0 and _dates_of(store.path, "Ngày 15/8") == ["2022-08-15"]
