"""Analyst corrections: validated, undoable, applied on export, and they survive everything ingest does."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from filelock import FileLock

from store.errors import StoreLockedError
from store.ingest import ingest_paths
from store.model import EVENT_FIELDS, event_id
from store.storage.correction_values import CorrectionError
from store.storage.correction_writes import HISTORY_LIMIT, set_correction, undo_correction
from store.storage.corrections import apply_corrections, attach, correction_statuses, orphaned
from store.storage.db import EventStore
from tui.cli import main

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
WITHDRAWAL = (
    "Les derniers soldats français de l'opération Barkhane ont quitté le Mali le 15 août 2022, "
    "a annoncé l'état-major des armées."
)
REPORT = (
    "Paris, le 16 août 2022\n\n"
    f"{WITHDRAWAL} Le retrait avait été décidé en février 2022 après la rupture avec la junte.\n\n"
    "La Minusma reste déployée à Gao et à Tombouctou.\n"
)


@pytest.fixture
def stored(tmp_path: Path) -> tuple[EventStore, Path, dict]:
    """A store holding a French report and a seed; returns it, the report file and the withdrawal event."""
    report = tmp_path / "barkhane.txt"
    report.write_text(REPORT, encoding="utf-8")
    store = EventStore(tmp_path / "events.json", lock_timeout=0.3)
    summary = ingest_paths(store, [report, SEEDS[1]])
    assert summary.ok
    event = next(e for e in store.load().events if e["sentence"] == WITHDRAWAL)
    assert event["date"] == "2022-08-15"
    return store, report, event


def _exported(store: EventStore, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["--db", str(store.path), "export"]) == 0
    return [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_corrected_values_are_exported_with_exactly_the_documented_fields(stored, capsys) -> None:
    store, _, event = stored
    set_correction(store, event["id"], date="2022-08", countries=["fr", "ML"], type="withdrawal_completed")
    rows = {row["id"]: row for row in _exported(store, capsys)}
    assert all(tuple(row) == EVENT_FIELDS for row in rows.values())
    row = rows[event["id"]]
    assert (row["date"], row["date_precision"]) == ("2022-08", "month")
    assert row["countries"] == ["FR", "ML"]
    assert row["type"] == "withdrawal_completed"
    assert row["date_reason"] == "corrected by an analyst (extracted: 2022-08-15)"
    assert row["sentence"] == WITHDRAWAL  # the evidence is never altered


def test_export_filters_see_corrected_dates(stored, capsys) -> None:
    store, _, event = stored
    set_correction(store, event["id"], date="2021-12-31")
    capsys.readouterr()
    assert main(["--db", str(store.path), "export", "--until", "2021"]) == 0
    ids = [orjson.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert event["id"] in ids


def test_a_rejected_event_is_left_out_of_export_but_flagged_for_the_browser(stored, capsys) -> None:
    store, _, event = stored
    set_correction(store, event["id"], rejected=True)
    assert event["id"] not in {row["id"] for row in _exported(store, capsys)}
    snapshot = store.load()
    shown = {e["id"]: e for e in apply_corrections(snapshot.events, snapshot.corrections, keep_rejected=True)}
    assert shown[event["id"]]["rejected"] is True
    assert shown[event["id"]]["corrected"] is True
    untouched = next(e for e in shown.values() if e["id"] != event["id"])
    assert "corrected" not in untouched


def test_giving_only_a_coarser_precision_truncates_the_date(stored) -> None:
    store, _, event = stored
    record = set_correction(store, event["id"], date_precision="month")
    assert record["fields"] == {"date": "2022-08", "date_precision": "month"}
    with pytest.raises(CorrectionError, match="has no day"):
        set_correction(store, event["id"], date_precision="day")


def test_undo_walks_back_one_change_at_a_time_to_no_correction(stored) -> None:
    store, _, event = stored
    set_correction(store, event["id"], date="2022-08")
    set_correction(store, event["id"], type="withdrawal_completed")
    assert store.load().corrections[event["id"]]["fields"]["type"] == "withdrawal_completed"
    restored = undo_correction(store, event["id"])
    assert restored is not None and restored["fields"] == {"date": "2022-08", "date_precision": "month"}
    assert undo_correction(store, event["id"]) is None
    assert store.load().corrections == {}
    with pytest.raises(CorrectionError, match="no correction to undo"):
        undo_correction(store, event["id"])


def test_undo_history_is_bounded(stored) -> None:
    store, _, event = stored
    for day in range(1, HISTORY_LIMIT + 6):
        set_correction(store, event["id"], date=f"2022-08-{day:02d}")
    assert len(store.load().corrections[event["id"]]["history"]) == HISTORY_LIMIT


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"date": "2022-02-30"}, "not a calendar date"),
        ({"date": "15 août 2022"}, "not a date"),
        ({"date": "2022-08", "date_precision": "day"}, "has month precision, not day"),
        ({"date_precision": "week"}, "not one of day, month, year"),
        ({"type": "bombing"}, "'bombing' is not one of"),
        ({"countries": ["FRA"]}, "'FRA' is not a 2-letter country code"),
        ({}, "nothing to correct"),
    ],
)
def test_invalid_corrections_are_refused_in_one_line_and_write_nothing(stored, values, problem) -> None:
    store, _, event = stored
    before = store.path.read_bytes()
    with pytest.raises(CorrectionError, match=problem) as info:
        set_correction(store, event["id"], **values)
    assert "\n" not in str(info.value)
    assert store.path.read_bytes() == before


def test_correcting_an_unknown_event_names_the_store(stored) -> None:
    store, _, _ = stored
    with pytest.raises(CorrectionError, match=r"no event with id 'deadbeef' in this store"):
        set_correction(store, "deadbeef", type="attack")


def test_corrections_survive_reingest_other_documents_new_extraction_rules_and_a_restart(
    stored, monkeypatch
) -> None:
    store, report, event = stored
    set_correction(store, event["id"], date="2022-08", type="withdrawal_completed")
    saved = store.load().corrections

    assert ingest_paths(store, [report]).unchanged == 1
    assert ingest_paths(store, SEEDS[2:4]).added == 2
    monkeypatch.setattr("store.ingest.EXTRACTOR_VERSION", "rules-changed")
    assert ingest_paths(store, [report]).replaced == 1
    assert store.load().documents["barkhane.txt"]["extractor"] == "rules-changed"

    restarted = EventStore(store.path)
    snapshot = restarted.load()
    assert snapshot.corrections == saved
    fixed = next(
        e for e in apply_corrections(snapshot.events, snapshot.corrections) if e["id"] == event["id"]
    )
    assert (fixed["date"], fixed["type"]) == ("2022-08", "withdrawal_completed")
    assert orphaned(snapshot) == []


def test_a_correction_whose_sentence_disappears_is_kept_and_reported_orphaned(stored, capsys) -> None:
    store, report, event = stored
    set_correction(store, event["id"], rejected=True)
    report.write_text(REPORT.replace(WITHDRAWAL, "Le dernier convoi est arrivé au Niger."), encoding="utf-8")
    assert ingest_paths(store, [report]).replaced == 1
    snapshot = store.load()
    assert event["id"] not in {e["id"] for e in snapshot.events}
    lost = orphaned(snapshot)
    assert [r["event_id"] for r in lost] == [event["id"]]
    assert lost[0]["sentence"] == WITHDRAWAL
    capsys.readouterr()
    assert main(["--db", str(store.path), "corrections"]) == 0
    out = capsys.readouterr().out
    assert f"{event['id']}  barkhane.txt  rejected: not an event  [ORPHANED" in out
    assert "1 corrections, 1 orphaned" in out
    # The sentence comes back: the same id, the correction applies again.
    report.write_text(REPORT, encoding="utf-8")
    ingest_paths(store, [report])
    assert orphaned(store.load()) == []


def test_a_correction_reattaches_when_its_sentence_gets_a_new_id(stored) -> None:
    store, _, event = stored
    set_correction(store, event["id"], date="2022-08")
    snapshot = store.load()
    new_id = event_id(event["doc"], event["sentence"], 0, 7)  # e.g. new rules number the events differently
    moved = [dict(e, id=new_id) if e["id"] == event["id"] else e for e in snapshot.events]
    by_event, statuses = attach(moved, snapshot.corrections)
    assert list(by_event) == [new_id]
    assert [(s.status, s.event_id) for s in statuses] == [("reattached", new_id)]
    fixed = next(e for e in apply_corrections(moved, snapshot.corrections) if e["id"] == new_id)
    assert fixed["date"] == "2022-08" and fixed["corrected"] is True


def test_a_correction_in_another_document_with_the_same_sentence_does_not_steal_it(stored) -> None:
    store, _, event = stored
    set_correction(store, event["id"], type="withdrawal_completed")
    snapshot = store.load()
    twin = dict(event, id="twin", doc="copy-a.txt")
    twin2 = dict(event, id="twin2", doc="copy-b.txt")
    others = [e for e in snapshot.events if e["id"] != event["id"]]
    _, statuses = attach([*others, twin, twin2], snapshot.corrections)
    assert [s.status for s in statuses] == ["orphaned"]  # two documents could claim it: neither does


def test_a_correction_while_another_process_writes_fails_cleanly(stored) -> None:
    store, _, event = stored
    before = store.path.read_bytes()
    other = FileLock(str(store.lock_path))
    with other, pytest.raises(StoreLockedError, match="another mali-tui process is writing this store"):
        set_correction(store, event["id"], type="attack")
    assert store.path.read_bytes() == before


def test_corrections_command_sets_lists_and_undoes(stored, capsys) -> None:
    store, _, event = stored
    db = ["--db", str(store.path), "corrections"]
    capsys.readouterr()
    assert main([*db]) == 0
    assert capsys.readouterr().out.strip() == "no corrections"
    assert main([*db, "set", event["id"], "--date", "2022-08", "--countries", "fr,ml"]) == 0
    was = ",".join(event["countries"])
    assert capsys.readouterr().out.strip() == (
        f"{event['id']}: date 2022-08 (month, was 2022-08-15); countries FR,ML (was {was})"
    )
    assert main([*db]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].startswith(f"{event['id']}  barkhane.txt  date 2022-08")
    assert listing[1].strip() == WITHDRAWAL[:117] + "..."  # long sentences are cut to one line
    assert listing[-1] == "1 corrections, 0 orphaned"
    assert main([*db, "set", event["id"], "--type", "coup d'état"]) == 1
    assert capsys.readouterr().err.startswith(
        'mali-tui: type: "coup d\'état" is not one of withdrawal_announced'
    )
    assert main([*db, "undo", event["id"]]) == 0
    assert capsys.readouterr().out.strip() == f"{event['id']}: no correction (as extracted)"
    assert correction_statuses(store.load()) == []
