"""``corrections same/different/undecided`` write the corrections file only, as ``corrections set`` does:
the store stays byte for byte as it was, and readers settle the clusters the decisions touch, with the
answer of clustering the whole store again.

Reports written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import random
from pathlib import Path

import orjson

from store.correcting import correct_event
from store.linking.corrected import ingest_relink, settle, settled
from store.storage.corrections_file import corrections_path
from store.storage.db import EventStore
from store.storage.schema import SCHEMA_VERSION
from store.storage.storefile import read as read_store
from tests.linking_helpers import event_of, ingest, write_reports
from tests.test_corrections_file import _as_schema_3
from tests.test_occurrence_clusters import _run
from tests.test_settling import _event, _fields, _reference, _scenario


def _clusters(db: Path) -> dict[str, str]:
    snapshot = EventStore(db).load()
    return {e["id"]: e["cluster"] for e in settle(list(snapshot.events), snapshot)}


def _one_departure_told_twice(tmp_path: Path) -> tuple[Path, str, str]:
    """A store of two reports (English, German) of one departure, and their two events' ids."""
    reports = {
        "a.txt": (
            "2024-02-11",
            "NIAMEY (AFP) - German troops left their base at Niamey airport on Saturday.\n",
        ),
        "b.txt": (
            "2024-02-11",
            "Die Bundeswehr hat am Samstag ihren Stützpunkt am Flughafen Niamey verlassen.\n",
        ),
    }
    db = tmp_path / "s.json"
    events = ingest(db, write_reports(tmp_path / "docs", reports))
    return db, event_of(events, "German troops")["id"], event_of(events, "Bundeswehr")["id"]


def test_a_decision_leaves_the_store_file_as_it_was_and_readers_honour_it(tmp_path: Path) -> None:
    db, a, b = _one_departure_told_twice(tmp_path)
    assert _clusters(db)[a] == _clusters(db)[b]
    before = db.read_bytes()
    assert _run(db, "corrections", "different", a, b).returncode == 0
    assert db.read_bytes() == before  # only the corrections file was written
    assert corrections_path(db).exists()
    assert _clusters(db)[a] != _clusters(db)[b]
    exported = [orjson.loads(line) for line in _run(db, "export").stdout.splitlines()]
    assert len({r["cluster"] for r in exported}) == 2
    assert "different occurrence" in _run(db, "corrections").stdout
    assert _run(db, "corrections", "undecided", a, b).returncode == 0
    assert db.read_bytes() == before
    assert _clusters(db)[a] == _clusters(db)[b]
    assert "different occurrence" not in _run(db, "corrections").stdout


def _pending(rng: random.Random, stored: list, decisions: list) -> tuple[list, set[str]]:
    """One to three decisions made or dropped after the stored clusters were written."""
    ids: set[str] = set()
    for _ in range(rng.randint(1, 3)):
        if decisions and rng.random() < 0.3:
            dropped = decisions.pop(rng.randrange(len(decisions)))
            ids |= {dropped["a"], dropped["b"]}
        else:
            a, b = rng.sample(stored, 2)
            decisions = [d for d in decisions if {d["a"], d["b"]} != {a["id"], b["id"]}]
            decisions.append({"a": a["id"], "b": b["id"], "decision": rng.choice(["same", "different"])})
            ids |= {a["id"], b["id"]}
    return decisions, ids


def test_decisions_the_stored_clusters_predate_settle_as_clustering_everything_again() -> None:
    moved = 0
    for seed in range(200):
        stored, corrections, decisions = _scenario(5000 + seed)
        rng = random.Random(seed)
        decisions, ids = _pending(rng, stored, decisions)
        fixes = corrections if rng.random() < 0.5 else {}
        got = _fields(settled(stored, stored, fixes, decisions, ids))
        assert got == _reference(stored, fixes, decisions), seed
        moved += got != _fields(stored)
    assert moved >= 30


def test_an_ingest_after_decisions_written_beside_the_store_still_reads_as_clustering_everything_again() -> (
    None
):
    for seed in range(200):
        stored, corrections, decisions = _scenario(6000 + seed)
        rng = random.Random(seed)
        decisions, ids = _pending(rng, stored, decisions)
        new = [_event(rng, 500 + n, 50 + n // 2, 100 * (n % 2)) for n in range(rng.randint(0, 4))]
        rows = [dict(r) for r in stored] + [dict(e) for e in new]
        ingest_relink(rows, {e["id"] for e in new}, [], decisions, corrections)
        got = _fields(settled(rows, rows, corrections, decisions, ids))
        assert got == _reference([*stored, *new], corrections, decisions), seed


def test_a_decision_on_a_store_older_than_the_corrections_file_moves_it_and_is_kept(tmp_path: Path) -> None:
    db, a, b = _one_departure_told_twice(tmp_path)
    store = EventStore(db)
    store.load()
    correct_event(store, a, type="withdrawal_completed")  # a correction, so that the old store holds one
    _as_schema_3(store)
    assert _run(db, "corrections", "different", a, b).returncode == 0
    assert next(iter(read_store(db).tables["meta"].values()))["schema"] == SCHEMA_VERSION
    assert _clusters(db)[a] != _clusters(db)[b]
    assert a in EventStore(db).load().corrections
