"""Ingest links through indexes (store.linking.candidates): the same clusters and dates as a full scan.

The corpus mixes the cluster evaluation's reports (English, French, Vietnamese; wire copies,
near misses) with the seeds (among them an undated Vietnamese list whose years come from the
dated reports), so both linking and list re-resolution are exercised.
"""

from __future__ import annotations

import shutil
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from store.ingest import ingest_paths
from store.linking.candidates import CandidateIndex
from store.linking.clusters import apply_assignments, cluster_events
from store.linking.common_countries import common_countries
from store.linking.compatibility import compatible, profile
from store.storage.db import EventStore
from store.storage.paths import seeds_dir
from tests.linking_helpers import TODAY

ROOT = Path(__file__).resolve().parents[1]
PART = ROOT / "bench" / "cluster_corpus" / "test"
OUTCOME = ("date", "date_precision", "date_inferred", "cluster", "cluster_size", "cluster_link")


def _corpus(folder: Path) -> list[Path]:
    """The part's reports (with their sidecars) and the seeds, copied into ``folder``."""
    folder.mkdir()
    for source in [*sorted(PART.iterdir()), *sorted(seeds_dir().glob("*.txt"))]:
        shutil.copy(source, folder / source.name)
    return sorted(folder.glob("*.txt"))


def _outcome(store: EventStore) -> dict[str, tuple[Any, ...]]:
    return {e["id"]: tuple(str(e.get(k)) for k in OUTCOME) for e in store.load().events}


def _ingest(path: Path, batches: list[list[Path]]) -> dict[str, tuple[Any, ...]]:
    store = EventStore(path)
    for batch in batches:
        ingest_paths(store, batch, today=TODAY)
    return _outcome(store)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return _corpus(tmp_path_factory.mktemp("corpus") / "reports")


@pytest.fixture(scope="module")
def in_one_batch(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Any, ...]]:
    return _ingest(tmp_path_factory.mktemp("one") / "store.json", [corpus])


def test_two_batches_give_the_clusters_and_dates_of_one_in_either_order(
    corpus: list[Path], in_one_batch: dict[str, tuple[Any, ...]], tmp_path: Path
) -> None:
    first, second = corpus[0::2], corpus[1::2]
    assert len(in_one_batch) > 40
    assert any(v[2] == "True" for v in in_one_batch.values())  # the list's years are inferred
    assert any(v[4] not in ("1", "None") for v in in_one_batch.values())  # some reports are linked
    assert _ingest(tmp_path / "ab.json", [first, second]) == in_one_batch
    assert _ingest(tmp_path / "ba.json", [second, first]) == in_one_batch


def test_stored_clusters_are_those_of_clustering_the_whole_store_again(
    corpus: list[Path], in_one_batch: dict[str, tuple[Any, ...]], tmp_path: Path
) -> None:
    store = EventStore(tmp_path / "store.json")
    ingest_paths(store, corpus[:5], today=TODAY)
    ingest_paths(store, corpus[5:], today=TODAY)
    rows = [dict(e) for e in store.load().events]
    apply_assignments(rows, cluster_events(rows))
    assert {e["id"]: tuple(str(e.get(k)) for k in OUTCOME) for e in rows} == in_one_batch


def test_the_candidate_index_finds_every_pair_a_full_scan_links(corpus: list[Path], tmp_path: Path) -> None:
    store = EventStore(tmp_path / "store.json")
    ingest_paths(store, corpus, today=TODAY)
    events = store.load().events
    common = common_countries(events)
    index = CandidateIndex(common)
    for e in events:
        index.add(e)
    profiles = [profile(e) for e in events]
    linked = 0
    for a, b in combinations(profiles, 2):
        if compatible(a, b, common) is None:
            continue
        linked += 1
        assert b.id in index.candidates(a) and a.id in index.candidates(b), (a.id, b.id)
    assert linked >= 20


@pytest.fixture
def no_office_holders(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ministers named in the seed list date it alone; these tests are about the dated reports."""
    monkeypatch.setattr("store.extraction.list_years.office_holders", lambda sentence: [])
    # and the runs of the operations it names (tests/test_list_years_within_an_operation.py): the test is
    # about what dated reports anchor
    monkeypatch.setattr("store.extraction.list_years.operation_ends", lambda sentence, un=None: [])


def _dates_of(store: EventStore, fragment: str) -> list[str]:
    return [e["date"] for e in store.load().events if fragment in e["sentence"]]


@pytest.mark.usefixtures("no_office_holders")
def test_a_replaced_report_takes_its_anchor_with_it_and_an_unrelated_one_moves_no_list(
    tmp_path: Path,
) -> None:
    seeds = sorted(seeds_dir().glob("*.txt"))
    folder = tmp_path / "reports"
    folder.mkdir()
    listed, report = (shutil.copy(seeds[i], folder / seeds[i].name) for i in (0, 3))
    store = EventStore(tmp_path / "store.json")
    ingest_paths(store, [Path(listed)], today=TODAY)
    alone = _dates_of(store, "Ngày 15/8")
    ingest_paths(store, [Path(report)], today=TODAY)
    assert _dates_of(store, "Ngày 15/8") == ["2022-08-15"] != alone
    unrelated = folder / "unrelated.txt"
    unrelated.write_text(
        "Niamey, 4 March 2021. Heavy rain flooded the market on Tuesday.\n", encoding="utf-8"
    )
    ingest_paths(store, [unrelated], today=TODAY)
    unrelated.write_text("Niamey, 5 March 2021. The market reopened on Thursday.\n", encoding="utf-8")
    assert ingest_paths(store, [unrelated], today=TODAY).replaced == 1  # itself, no list
    Path(report).write_text("Moscow, 16 August 2022. The weather was mild.\n", encoding="utf-8")
    summary = ingest_paths(store, [Path(report)], today=TODAY)
    assert summary.replaced == 2  # the report and the list it no longer anchors
    assert _dates_of(store, "Ngày 15/8") == alone


def test_records_with_damaged_dates_are_filed_alone_and_stop_nothing() -> None:
    def record(i: int, date: Any, precision: Any = "day") -> dict[str, Any]:
        return {
            "id": f"e{i}",
            "doc": f"d{i}.txt",
            "start": 0,
            "date": date,
            "date_precision": precision,
            "type": "withdrawal_completed",
            "countries": ["FR", "ML"],
            "places": ["Tessalit"],
        }

    good = [record(1, "2023-10-21"), record(2, "2023-10-21")]
    damaged = [record(3, ["2023-10-21"]), record(4, "2023-13-45"), record(5, "2023-10-21", "month")]
    clusters = cluster_events([*good, *damaged])
    assert clusters["e1"].cluster == clusters["e2"].cluster == "e1"
    assert all(clusters[e["id"]].size == 1 for e in damaged)
