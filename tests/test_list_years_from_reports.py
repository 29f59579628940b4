"""An undated list's years from dated reports of the same occurrences, solved with the list's order."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.dates.years import Anchor, ListItem, YearHint, infer_years
from tests.linking_helpers import ingest, write_reports

ROOT = Path(__file__).resolve().parents[1]
SEED_LIST = next((ROOT / "seeds").glob("000_*.txt"))
CORPUS = ROOT / "bench" / "cluster_corpus"

# Dated reports, written for this test, of three entries of the seed Vietnamese list (one per year block).
THREE_REPORTS = {
    "tessalit.txt": (
        "2023-10-22",
        "UN mission leaves Tessalit camp in north Mali\n\nBAMAKO, Oct 22 (Reuters) - The last convoy of the "
        "U.N. peacekeeping mission in Mali left its camp in Tessalit on Saturday, the mission said, as "
        "separatist rebels and the army fought for control of the north.\n",
    ),
    "uk.txt": (
        "2022-11-14",
        "Britain to withdraw its troops from Mali mission\n\nLONDON, Nov 14 (Reuters) - Britain said "
        "on Monday it would withdraw its 250 troops from the U.N. peacekeeping mission in Mali earlier "
        "than planned.\n",
    ),
    "serval.txt": (
        "2013-04-10",
        "La France entame son retrait du Mali\n\nLes premiers soldats français ont commencé à quitter "
        "le Mali mardi 9 avril 2013, trois mois après le début de l'opération Serval.\n",
    ),
}
TRUE_YEARS = {
    "Ngày 3/11": 2023, "hôm 21/10": 2023, "Ngày 2/8": 2023, "ngày 12/4": 2023,
    "ngày 22/11": 2022, "ngày 15/11": 2022, "ngày 14/11": 2022, "Ngày 15/8": 2022, "Ngày 18/2": 2022,
    "Ngày 16/2": 2022, "ngày 15/2": 2022, "Ngày 27/1": 2022, "Ngày 9/4": 2013, "ngày 6/2": 2013,
}  # fmt: skip


def _list_years(events: list[dict]) -> dict[str, int]:
    return {
        e["date_text"]: int(e["date"][:4]) for e in events if e["doc"] == SEED_LIST.name and e["date_text"]
    }


@pytest.fixture
def no_office_holders(monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed list names ministers whose terms alone date it (tests/test_office_holders.py): these tests
    are about the evidence dated reports of the same occurrences give, so the names are ignored here, and
    so are the runs of the operations it names (tests/test_list_years_within_an_operation.py)."""
    monkeypatch.setattr("store.extraction.list_years.office_holders", lambda sentence: [])
    monkeypatch.setattr("store.extraction.list_years.operation_ends", lambda sentence, un=None: [])


@pytest.mark.usefixtures("no_office_holders")
def test_seed_list_gets_every_year_right_with_dated_reports_of_three_of_its_events(tmp_path: Path) -> None:
    list_copy = tmp_path / "docs" / SEED_LIST.name
    list_copy.parent.mkdir(parents=True)
    shutil.copy(SEED_LIST, list_copy)
    reports = write_reports(tmp_path / "docs", THREE_REPORTS)
    events = ingest(tmp_path / "events.json", [list_copy, *reports])
    years = _list_years(events)
    assert {k: years.get(k) for k in TRUE_YEARS} == TRUE_YEARS
    entry = next(e for e in events if e.get("date_text") == "Ngày 3/11")
    assert entry["date_inferred"] and "tessalit.txt" in entry["date_reason"]


@pytest.mark.usefixtures("no_office_holders")
def test_the_order_of_ingest_does_not_matter(tmp_path: Path) -> None:
    shutil.copy(SEED_LIST, tmp_path / SEED_LIST.name)
    reports = write_reports(tmp_path / "docs", THREE_REPORTS)
    first = ingest(tmp_path / "a.json", [tmp_path / SEED_LIST.name, *reports])
    last = ingest(tmp_path / "b.json", [*reports, tmp_path / SEED_LIST.name])
    both = {e["id"]: (e["date"], e["cluster"]) for e in first}
    assert both == {e["id"]: (e["date"], e["cluster"]) for e in last}


@pytest.mark.usefixtures("no_office_holders")
def test_documents_sharing_no_occurrence_with_a_list_never_change_its_years(tmp_path: Path) -> None:
    alone = ingest(tmp_path / "a.json", [SEED_LIST])
    unrelated = sorted((CORPUS / "dev").glob("d1[0-3]_*.txt"))  # coups of 2020-2021 and their explainers
    crowded = ingest(tmp_path / "b.json", [SEED_LIST, *unrelated])
    assert _list_years(alone) == _list_years(crowded)


# -- the solver, on lists generated from true years -----------------------------------------------
@st.composite
def dated_lists(draw: st.DrawFn, most_gap: int = 5) -> tuple[list[tuple[int, int]], list[int], dt.date]:
    """A newest-first list of (month, day) with its true years: a year changes only where the
    month goes back up (the list model), by one year or up to ``most_gap``."""
    year = draw(st.integers(2012, 2024))
    newest = year
    entries: list[tuple[int, int]] = []
    years: list[int] = []
    for block in range(draw(st.integers(1, 4))):
        days = sorted(draw(st.sets(st.integers(1, 360), min_size=1, max_size=4)), reverse=True)
        if block:
            year -= draw(st.integers(1, most_gap))
            later = [d for d in days if d > entries_day(entries[-1])]
            if not later and most_gap == 1 and entries_day(entries[-1]) == 360:
                break  # a 30 December a year before the last one: a boundary no month shows
            days = later or [360]
        for d in days:
            entries.append(((d - 1) // 30 + 1, (d - 1) % 30 + 1))
            years.append(year)
    today = dt.date(newest + draw(st.integers(0, 2)), 12, 31)
    return entries, years, today


def entries_day(md: tuple[int, int]) -> int:
    return (md[0] - 1) * 30 + md[1]


def _wrong(entries: list[tuple[int, int]], years: list[int], today: dt.date, anchored: set[int]) -> int:
    items = [ListItem(k, m, d) for k, (m, d) in enumerate(entries)]
    hint = YearHint(anchors={k: Anchor(years[k], 1, "a report") for k in anchored}) if anchored else None
    got = infer_years(items, today, hint)
    return sum(got[k].year != years[k] for k in range(len(entries)))


@settings(max_examples=300, deadline=None)
@given(dated_lists(most_gap=1), st.data())
def test_a_corroborating_report_never_makes_more_entries_wrong(generated, data) -> None:
    """On a chronology that runs one year per boundary (what the solver assumes from today too): a year
    that rests on today alone gives way to the one the anchors give through the list's order, so an
    anchor never makes an entry wrong. Lists that skip years unseen cannot be told from these by their
    months; there only the entries of an anchored block are sure (the next test)."""
    entries, years, today = generated
    before = data.draw(st.sets(st.integers(0, len(entries) - 1)))
    extra = data.draw(st.integers(0, len(entries) - 1))
    assert _wrong(entries, years, today, before | {extra}) <= _wrong(entries, years, today, before)


@settings(max_examples=100, deadline=None)
@given(dated_lists())
def test_an_anchor_in_every_block_gets_every_year_right(generated) -> None:
    entries, years, today = generated
    firsts = {k for k in range(len(years)) if k == 0 or years[k] != years[k - 1]}
    assert _wrong(entries, years, today, firsts) == 0
