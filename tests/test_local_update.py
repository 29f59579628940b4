"""Ingest re-clusters only what new reports can change (store.linking.local_update), with the answer of
clustering the whole store again.

Random small stores of reports about a few convoys, camps handed over, coups, statements and votes
(several towns, several countries, two events of one sentence a day apart, analysts' decisions) are
clustered whole, as ingest leaves them; then new reports join, or a report is replaced, and the clusters
``relink`` stores must be those of clustering the result from scratch.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from store.linking.clusters import Decisions, apply_assignments, cluster_events, relink

PLACES = ["Tessalit", "Aguelhok", "Kidal", "Gao", "Bamako", "Ménaka", "Kidal region", "Sahel"]
COUNTRIES = ["ML", "ML", "ML", "FR", "EG", "DE", "NE", "BF"]
TYPES = [
    "withdrawal_completed",
    "withdrawal_completed",
    "handover",
    "withdrawal_started",
    "withdrawal_announced",
    "mission_ended",
    "coup",
    "attack",
    "statement",
    "statement",
    "other",
    "arrest",  # a type no linking family lists (tests/test_linking_types_without_family.py)
]
DAYS = ["2023-10-20", "2023-10-21", "2023-10-22", "2023-10-23", "2020-08-18"]
SENTENCES = [
    "The last convoy left the camp on Saturday and the base was handed over, the mission said on Sunday.",
    "Le dernier convoi a quitté le camp, a annoncé la mission.",
    "Soldiers were killed in an attack near the camp.",
    "The junta seized power in a coup.",
    "The Security Council voted to end the mission's mandate.",
]


def _event(rng: random.Random, doc: str, start: int) -> dict[str, Any]:
    day = rng.choice(DAYS)
    roll = rng.random()
    date, precision = (day, "day") if roll < 0.75 else (day[:7], "month") if roll < 0.9 else (day[:4], "year")
    return {
        "doc": doc,
        "start": start,
        "end": start + 60,
        "sentence": rng.choice(SENTENCES),
        "language": rng.choice(["en", "fr"]),
        "date": date,
        "date_precision": precision,
        "date_inferred": False,
        "type": rng.choice(TYPES),
        "countries": sorted(set(rng.sample(COUNTRIES, rng.randint(0, 3)))),
        "places": sorted(set(rng.sample(PLACES, rng.choice([0, 1, 1, 1, 2])))),
        "figures": [{"value": rng.choice([460, 300]), "unit": "troops"}] if rng.random() < 0.2 else [],
    }


def _report(rng: random.Random, doc: str) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    start = 0
    for _ in range(rng.randint(1, 4)):
        e = _event(rng, doc, start)
        events.append(e)
        if rng.random() < 0.25 and e["date_precision"] == "day":  # the statement a day later, same sentence
            later = DAYS[(DAYS.index(e["date"]) + 1) % len(DAYS)]
            events.append(dict(e, date=later, type=rng.choice(["statement", e["type"]])))
        start += 100
    for n, e in enumerate(events):
        e["id"] = f"{doc}-{n}-{rng.randrange(10**6):06d}"
    return events


def _decisions(rng: random.Random, events: list[dict[str, Any]]) -> Decisions:
    rows = []
    for _ in range(rng.choice([0, 0, 1, 2])):
        a, b = rng.sample(events, 2)
        rows.append({"a": a["id"], "b": b["id"], "decision": rng.choice(["same", "different"])})
    return Decisions.from_rows(rows)


def _fields(rows: list[dict[str, Any]]) -> dict[str, tuple[Any, ...]]:
    return {r["id"]: (r.get("cluster"), r.get("cluster_size"), str(r.get("cluster_link"))) for r in rows}


@pytest.mark.parametrize("block", range(6))
def test_new_and_replaced_reports_give_the_clusters_of_clustering_everything_again(block: int) -> None:
    for seed in range(block * 60, block * 60 + 60):
        rng = random.Random(seed)
        docs = {f"r{d}.txt": _report(rng, f"r{d}.txt") for d in range(rng.randint(4, 12))}
        stored = [e for events in docs.values() for e in events]
        decisions = _decisions(rng, stored) if len(stored) > 1 else Decisions()
        apply_assignments(stored, cluster_events(stored, decisions))
        rows = [dict(r) for r in stored]
        new: list[dict[str, Any]] = []
        removed: list[dict[str, Any]] = []
        for d in range(rng.randint(0, 3)):
            new += _report(rng, f"n{d}.txt")
        if rng.random() < 0.4:  # a stored report changed: its events leave, its new ones come
            name = rng.choice(sorted(docs))
            removed = [r for r in rows if r["doc"] == name]
            rows = [r for r in rows if r["doc"] != name]
            new += _report(rng, name)
        rows += [dict(e) for e in new]
        relink(rows, {e["id"] for e in new}, removed, decisions)
        expected = [dict(r) for r in rows]
        apply_assignments(expected, cluster_events(expected, decisions))
        assert _fields(rows) == _fields(expected), f"seed {seed}"
