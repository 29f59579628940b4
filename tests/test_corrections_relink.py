"""Corrections re-link: a rejected event leaves its occurrence, a corrected date or type moves it.

A correction is written to the corrections file and never rewrites the store, so readers settle the
clusters it touches (``store.linking.corrected.settle``) and the next ingest stores them. Reports
written for these tests; the CLI runs in its own process, as a user runs it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson

from store.ingest import ingest_paths
from store.linking.corrected import settle
from store.storage.correction_writes import clear_correction, set_correction, undo_correction
from store.storage.corrections import apply_corrections
from store.storage.db import EventStore
from tests.linking_helpers import TODAY, event_of, write_reports

ROOT = Path(__file__).resolve().parents[1]

REPORTS = {
    "wire.txt": (
        "2024-04-10",
        "NIAMEY, April 10 (Reuters) - Chadian peacekeepers left their camp in Tessit on Tuesday, "
        "the mission said.\n",
    ),
    "fr.txt": (
        "2024-04-11",
        "Les casques bleus tchadiens ont quitté mardi 9 avril leur camp de Tessit, dans la région de Gao.\n",
    ),
    "vi.txt": (
        "2024-04-12",
        "Ngày 9/4, lực lượng gìn giữ hòa bình Chad đã rời căn cứ Tessit ở miền bắc Mali.\n",
    ),
}


def _store(tmp_path: Path) -> EventStore:
    store = EventStore(tmp_path / "events.json")
    ingest_paths(store, write_reports(tmp_path / "docs", REPORTS), today=TODAY)
    return store


def _three(events: list[dict]) -> tuple[dict, dict, dict]:
    return event_of(events, "Tuesday"), event_of(events, "mardi"), event_of(events, "Ngày 9/4")


def _tessit(store: EventStore) -> tuple[dict, dict, dict]:
    """The three reports as a reader sees them: corrected, rejected ones standing alone."""
    snapshot = store.load()
    shown = apply_corrections(snapshot.events, snapshot.corrections, keep_rejected=True)
    return _three(settle(shown, snapshot))


def _stored(store: EventStore) -> tuple[dict, dict, dict]:
    """The three reports as the store file holds them."""
    return _three(store.load().events)


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", "--db", str(db), *args], capture_output=True, text=True, cwd=ROOT
    )


def test_the_three_reports_are_one_occurrence_to_begin_with(tmp_path: Path) -> None:
    en, fr, vi = _tessit(_store(tmp_path))
    assert en["cluster"] == fr["cluster"] == vi["cluster"] and en["cluster_size"] == 3


def test_a_rejected_report_leaves_its_cluster_in_the_cli_export(tmp_path: Path) -> None:
    store = _store(tmp_path)
    en, _fr, _vi = _tessit(store)
    root = en["cluster"]
    done = _cli(store.path, "corrections", "set", root, "--reject")
    assert done.returncode == 0, done.stderr
    out = _cli(store.path, "export", "--text", "Tessit")
    rows = {r["id"]: r for r in map(orjson.loads, out.stdout.splitlines())}
    assert root not in rows and len(rows) == 2
    assert {r["cluster_size"] for r in rows.values()} == {2}
    clusters = {r["cluster"] for r in rows.values()}
    assert len(clusters) == 1 and root not in clusters
    by_cluster = _cli(store.path, "export", "--by", "cluster", "--text", "Tessit")
    (occurrence,) = map(orjson.loads, by_cluster.stdout.splitlines())
    assert occurrence["cluster_size"] == 2 and root not in {s["event"] for s in occurrence["sources"]}


def test_a_reject_made_through_the_api_is_settled_and_undo_brings_the_report_back(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _en, fr, _vi = _tessit(store)
    set_correction(store, fr["id"], rejected=True)
    en2, fr2, vi2 = _tessit(store)
    assert fr2["cluster"] == fr["id"] and fr2["cluster_size"] == 1
    assert en2["cluster"] == vi2["cluster"] != fr["id"] and en2["cluster_size"] == 2
    undo_correction(store, fr["id"])
    assert {e["cluster_size"] for e in _tessit(store)} == {3}


def test_a_corrected_date_moves_the_report_out_and_clearing_it_moves_it_back(tmp_path: Path) -> None:
    store = _store(tmp_path)
    en, _fr, vi = _tessit(store)
    set_correction(store, vi["id"], date="2024-05-20")
    _, fr2, vi2 = _tessit(store)
    assert vi2["cluster"] == vi["id"] and vi2["cluster_size"] == 1 and fr2["cluster_size"] == 2
    clear_correction(store, vi["id"])
    assert {e["cluster"] for e in _tessit(store)} == {en["cluster"]}


def test_a_corrected_type_that_contradicts_the_others_splits_the_report(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _, fr, _ = _tessit(store)
    set_correction(store, fr["id"], type="attack")
    en2, fr2, _ = _tessit(store)
    assert fr2["cluster_size"] == 1 and en2["cluster_size"] == 2


def test_re_ingest_keeps_a_rejected_report_out_of_its_occurrence(tmp_path: Path) -> None:
    store = _store(tmp_path)
    en, _fr, _vi = _tessit(store)
    set_correction(store, en["id"], rejected=True)
    (tmp_path / "docs" / "fr.txt").write_text(REPORTS["fr.txt"][1] + "\nAucun détail.\n")
    ingest_paths(store, [tmp_path / "docs"], today=TODAY)
    en2, fr2, vi2 = _tessit(store)
    assert en2["cluster"] == en["id"] and en2["cluster_size"] == 1
    assert fr2["cluster"] == vi2["cluster"] and fr2["cluster_size"] == 2


def _exported(db: Path) -> dict[str, dict]:
    out = _cli(db, "export", "--text", "Tessit")
    return {r["id"]: r for r in map(orjson.loads, out.stdout.splitlines())}


def test_an_undo_in_the_cli_of_a_reject_made_in_the_api_brings_the_report_back(tmp_path: Path) -> None:
    store = _store(tmp_path)
    en, _fr, _vi = _tessit(store)
    set_correction(store, en["id"], rejected=True)  # a reader settles it: en stands alone
    assert _tessit(store)[0]["cluster_size"] == 1
    assert _cli(store.path, "corrections", "undo", en["id"]).returncode == 0  # storage only: nothing re-links
    rows = _exported(store.path)
    assert len(rows) == 3 and {r["cluster_size"] for r in rows.values()} == {3}


def test_ingest_catches_up_with_a_reject_made_in_the_cli(tmp_path: Path) -> None:
    store = _store(tmp_path)
    _en, _fr, vi = _tessit(store)
    assert _cli(store.path, "corrections", "set", vi["id"], "--reject").returncode == 0
    assert _stored(store)[2]["cluster_size"] == 3  # the CLI wrote the correction alone
    extra = {"more.txt": ("2024-04-20", "Le camp de Léré a été remis lundi 15 avril à l'armée malienne.\n")}
    ingest_paths(store, write_reports(tmp_path / "more", extra), today=TODAY)
    en2, _fr2, vi2 = _tessit(store)
    assert vi2["cluster"] == vi["id"] and vi2["cluster_size"] == 1 and en2["cluster_size"] == 2
