"""Inferred list years move only when dated reports elsewhere agree, and the reason says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from store.extract import extract_events
from store.ingest import build_document
from store.linking.corroborate import year_hint
from store.model import Document

TODAY = dt.date(2026, 11, 23)


def _event(doc: str, date: str, type_: str, countries: list[str], inferred: bool, text: str | None = "x"):
    return {
        "doc": doc,
        "date": date,
        "type": type_,
        "countries": countries,
        "date_inferred": inferred,
        "date_text": text,
        "title": f"{countries[0]}: {type_}",
    }


def test_shift_taken_when_another_report_dates_the_same_event() -> None:
    listed = [
        _event("list.txt", "2023-08-15", "withdrawal_completed", ["FR", "ML"], True),
        _event("list.txt", "2023-02-18", "withdrawal_announced", ["FR", "ML"], True),
    ]
    report = [_event("report.txt", "2022", "withdrawal_completed", ["FR", "ML"], False)]
    hint = year_hint(listed, report)
    assert hint is not None and hint.shift == -1
    assert "report.txt" in hint.why


def test_no_shift_without_agreement() -> None:
    listed = [_event("list.txt", "2023-08-15", "withdrawal_completed", ["FR", "ML"], True)]
    other_country = [_event("report.txt", "2022", "withdrawal_completed", ["DE", "ML"], False)]
    assert year_hint(listed, other_country) is None


def test_mali_alone_identifies_nothing() -> None:
    listed = [_event("list.txt", "2023-08-15", "coup", ["ML"], True)]
    assert year_hint(listed, [_event("report.txt", "2021", "coup", ["ML"], False)]) is None


def test_inferred_reports_do_not_corroborate_each_other() -> None:
    listed = [_event("a.txt", "2023-08-15", "withdrawal_completed", ["FR"], True)]
    assert year_hint(listed, [_event("b.txt", "2022", "withdrawal_completed", ["FR"], True)]) is None


@pytest.fixture
def no_office_holders(monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed list names ministers whose terms date it alone (tests/test_office_holders.py); these
    tests are about the other evidence, agreement with dated reports, so the names are ignored here."""
    monkeypatch.setattr("store.extract.office_holders", lambda sentence: [])


@pytest.mark.usefixtures("no_office_holders")
def test_seed_list_moves_a_year_with_the_rt_report_and_stays_inferred() -> None:
    seeds = {p.name[:3]: build_document(p, today=TODAY) for p in sorted(Path("seeds").glob("*.txt"))}
    vi = seeds["000"]
    others = [e for key, b in seeds.items() if key != "000" for e in b.events]
    hint = year_hint(vi.events, others)
    assert hint is not None and hint.shift == -1
    record = {k: v for k, v in vi.document.items() if k not in ("extractor", "events")}
    moved = extract_events(Document(**record), today=TODAY, year_hint=hint).events
    first = next(e for e in moved if e.date_text == "Ngày 3/11")
    assert first.date == "2023-11-03"
    assert first.date_inferred and "agree with dated reports" in (first.date_reason or "")


def _dates_of(store_path: Path, fragment: str) -> list[str]:
    from store.storage.db import EventStore

    return [e["date"] for e in EventStore(store_path).load().events if fragment in e["sentence"]]


@pytest.mark.usefixtures("no_office_holders")
def test_stored_list_moves_when_a_later_ingest_brings_the_evidence(tmp_path: Path) -> None:
    from store.ingest import ingest_paths
    from store.storage.db import EventStore

    store = EventStore(tmp_path / "events.json")
    seeds = sorted(Path("seeds").glob("*.txt"))
    ingest_paths(store, [seeds[0]], today=TODAY)
    alone = _dates_of(store.path, "Ngày 3/11")
    summary = ingest_paths(store, [seeds[3]], today=TODAY)
    assert summary.replaced == 1  # the stored Vietnamese list, re-resolved
    assert _dates_of(store.path, "Ngày 3/11") == [f"{int(alone[0][:4]) - 1}{alone[0][4:]}"]
    again = ingest_paths(store, seeds, today=TODAY)
    assert again.replaced == 0 and _dates_of(store.path, "Ngày 3/11") == ["2023-11-03"]
