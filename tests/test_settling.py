"""Settling clusters after corrections re-clusters only what they touch, with the answer of doing it all.

``store.linking.settling`` finds the events whose stored cluster predates their
correction through the id index and re-clusters their neighbourhood; the
reference is clustering a corrected copy of every stored event from scratch
(``store.linking.corrected.cluster_all``). The stores are what a real store
holds: clusters worked out with the corrections of their ``cluster_basis`` and
every decision (a decision re-clusters the store when it is made). Random small
stores (reports of a few convoys, camps handed over, coups, statements, votes, in
several countries) get random corrections of date, type and countries,
rejections, cleared corrections, corrections whose event is gone, and
same/different decisions; both must give every event the same cluster fields.
A decision made or dropped (``recluster`` of its two events) and an ingest
catching up with corrections (``ingest_relink``) are held to the same answer.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from store.linking.candidates import CandidateIndex, looks
from store.linking.clusters import Decisions, apply_assignments, cluster_events
from store.linking.compatibility import profile
from store.linking.corrected import LINK_FIELDS, cluster_all, ingest_relink, recluster, settled
from store.linking.date_filing import DateFiling
from store.linking.settling import StoredLinks, overrides

PLACES = ["Tessalit", "Aguelhok", "Kidal", "Gao", "Bamako", "Ménaka", "Kidal region", "Sahel"]
COUNTRIES = ["ML", "ML", "ML", "FR", "EG", "DE", "NE", "BF"]
TYPES = [
    "withdrawal_completed",
    "handover",
    "withdrawal_started",
    "withdrawal_announced",
    "mission_ended",
    "coup",
    "attack",
    "casualties",
    "statement",
    "other",
    "agreement",
    "arrest",  # a type no linking family lists (tests/test_linking_types_without_family.py)
]
DAYS = ["2023-10-20", "2023-10-21", "2023-10-22", "2023-12-31", "2020-08-18", "2021-05-24"]
SENTENCES = [
    "The last convoy left the camp and the base was handed over to the army, the mission said.",
    "Le dernier convoi a quitté le camp, a annoncé la mission.",
    "Soldiers were killed in an attack near the camp.",
    "The junta seized power in a coup.",
    "The minister said talks would go on.",
    "The Security Council voted to end the mission's mandate.",  # votes are filed by day and month too
    "Le Conseil de sécurité a voté la fin du mandat de la mission.",
]


def _date(rng: random.Random) -> tuple[str | None, str | None, bool]:
    day = rng.choice(DAYS)
    kind = rng.random()
    if kind < 0.55:
        return day, "day", False
    if kind < 0.7:
        return day[:7], "month", False
    if kind < 0.8:
        return day[:4], "year", False
    if kind < 0.92:
        return f"2024{day[4:]}", "day", True  # a list's inferred year
    return None, None, False


def _event(rng: random.Random, n: int, doc: int, start: int) -> dict[str, Any]:
    date, precision, inferred = _date(rng)
    kind = rng.choice(TYPES)
    figures = [{"value": rng.choice([460, 300, 2]), "unit": rng.choice(["troops", "coups"])}]
    if kind == "coup" and rng.random() < 0.5:  # "two coups in 2020 and 2021": one sentence, two events
        figures = [{"value": 2, "unit": "coups"}]
    return {
        "id": f"e{n:03d}",
        "doc": f"report-{doc}.txt",
        "start": start,
        "end": start + 40,
        "sentence": rng.choice(SENTENCES),
        "language": rng.choice(["en", "fr"]),
        "date": date,
        "date_precision": precision,
        "date_inferred": inferred,
        "type": kind,
        "countries": sorted(set(rng.sample(COUNTRIES, rng.randint(0, 3)))),
        "places": sorted(set(rng.sample(PLACES, rng.choice([0, 1, 1, 2])))),
        "figures": figures if kind == "coup" or rng.random() < 0.2 else [],
    }


def _store(rng: random.Random) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    for doc in range(rng.randint(3, 9)):
        start = 0
        for _ in range(rng.randint(1, 5)):
            events.append(_event(rng, len(events), doc, start))
            if rng.random() < 0.7:  # else a second event of the same sentence
                start += 100
    return events


def _correction(rng: random.Random, event: dict[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    rejected = False
    what = rng.choice(["date", "type", "countries", "reject", "clear", "several"])
    if what in ("date", "several"):
        date, precision, _ = _date(rng)
        if date:
            fields["date"], fields["date_precision"] = date, precision
    if what in ("type", "several"):
        fields["type"] = rng.choice(TYPES)
    if what in ("countries", "several"):
        fields["countries"] = sorted(set(rng.sample(COUNTRIES, rng.randint(0, 2))))
    if what == "reject":
        rejected = True
    return {
        "event_id": event["id"],
        "doc": event["doc"],
        "sentence": event["sentence"],
        "fields": fields,
        "rejected": rejected,
    }


def _decisions(rng: random.Random, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for _ in range(rng.choice([0, 0, 1, 3])):
        a, b = rng.sample(events, 2)
        out.append({"a": a["id"], "b": b["id"], "decision": rng.choice(["same", "different"])})
    return out


def _scenario(seed: int) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """A store clustered as ingest and the analysts' decisions leave it (some clusters settled with
    older corrections, every decision honoured when it was made), then new corrections beside it."""
    rng = random.Random(seed)
    stored = _store(rng)
    decisions = _decisions(rng, stored)
    apply_assignments(stored, cluster_events(stored, Decisions.from_rows(decisions)))
    earlier = {e["id"]: _correction(rng, e) for e in rng.sample(stored, min(len(stored), rng.randint(0, 3)))}
    if earlier:  # an ingest since these corrections wrote clusters honouring them (``cluster_basis``)
        cluster_all(stored, decisions, earlier)
    decisions += _decisions(rng, stored)  # each decision re-clusters the store when it is made
    cluster_all(stored, decisions, earlier)
    corrections = dict(earlier) if rng.random() < 0.5 else {}
    for e in rng.sample(stored, min(len(stored), rng.randint(1, 5))):
        corrections[e["id"]] = _correction(rng, e)
    if rng.random() < 0.2:  # a correction of an event re-ingest gave a new id: it re-attaches by sentence
        gone = dict(_correction(rng, rng.choice(stored)), event_id="gone-since")
        corrections["gone-since"] = gone
    return stored, corrections, decisions


def _reference(
    stored: list[dict[str, Any]], corrections: dict[str, Any], decisions: list[dict[str, Any]]
) -> dict[str, tuple[Any, ...]]:
    """Clustering a corrected copy of every event from scratch."""
    rows = [dict(r) for r in stored]
    cluster_all(rows, decisions, corrections)
    return {r["id"]: tuple(r.get(k) for k in LINK_FIELDS) for r in rows}


def _fields(events: list[dict[str, Any]]) -> dict[str, tuple[Any, ...]]:
    return {e["id"]: tuple(e.get(k) for k in LINK_FIELDS) for e in events}


@pytest.mark.parametrize("block", range(8))
def test_settling_what_corrections_touch_gives_the_clusters_of_re_clustering_a_corrected_copy(
    block: int,
) -> None:
    moved = 0
    for seed in range(block * 60, block * 60 + 60):
        stored, corrections, decisions = _scenario(seed)
        before = [dict(e) for e in stored]
        got = _fields(settled(stored, stored, corrections, decisions))
        assert got == _reference(stored, corrections, decisions), seed
        assert stored == before  # nothing stored is changed
        moved += got != _fields(stored)
    assert moved >= 10  # the corrections did move reports between occurrences


def test_the_links_kept_by_a_reader_settle_each_new_correction_like_a_fresh_read() -> None:
    for seed in range(40):
        stored, corrections, decisions = _scenario(1000 + seed)
        links = StoredLinks(stored)
        made: dict[str, Any] = {}
        for event_id, record in corrections.items():  # one correction after another, as the browser does
            made[event_id] = record
            assert _fields(settled(stored, links, made, decisions)) == _reference(stored, made, decisions)


def test_a_decision_re_clusters_its_two_events_clusters_with_the_answer_of_clustering_everything_again() -> (
    None
):
    """An analyst says two reports are (or are not) one occurrence, or drops such a decision, while
    other corrections wait unsettled: the store's clusters afterwards are those of linking it anew."""
    moved = 0
    for seed in range(300):
        stored, corrections, decisions = _scenario(3000 + seed)
        rng = random.Random(seed)
        if decisions and rng.random() < 0.3:  # the decision on a pair is dropped
            dropped = decisions.pop(rng.randrange(len(decisions)))
            ids = {dropped["a"], dropped["b"]}
        else:
            a, b = rng.sample(stored, 2)
            decisions = [d for d in decisions if {d["a"], d["b"]} != {a["id"], b["id"]}]
            decisions.append({"a": a["id"], "b": b["id"], "decision": rng.choice(["same", "different"])})
            ids = {a["id"], b["id"]}
        pending = corrections if rng.random() < 0.5 else {}
        rows = [dict(r) for r in stored]
        recluster(rows, decisions, pending, ids)
        assert _fields(rows) == _reference(stored, pending, decisions), seed
        moved += _fields(rows) != _fields(stored)
    assert moved >= 30


def test_ingest_catching_up_with_corrections_gives_the_clusters_of_clustering_everything_again() -> None:
    """New reports arrive while corrections made by a process that never loaded linking wait: one
    ingest links the new reports and settles the corrections, as linking the store anew would."""
    for seed in range(300):
        stored, corrections, decisions = _scenario(4000 + seed)
        rng = random.Random(seed)
        new = [_event(rng, 500 + n, 50 + n // 2, 100 * (n % 2)) for n in range(rng.randint(0, 4))]
        rows = [dict(r) for r in stored] + [dict(e) for e in new]
        ingest_relink(rows, {e["id"] for e in new}, [], decisions, corrections)
        assert _fields(rows) == _reference([*stored, *new], corrections, decisions), seed


def test_a_store_whose_clusters_honour_its_corrections_needs_no_settling() -> None:
    for seed in range(40):
        stored, corrections, decisions = _scenario(2000 + seed)
        recluster(stored, decisions, corrections, [])  # what the next ingest writes
        assert overrides(StoredLinks(stored), corrections, decisions) == {}


def test_a_rejected_report_no_longer_counts_among_the_events_of_its_sentence() -> None:
    """A sentence of "two coups in 2020" gives two events. Once the analyst rejects one, the other is a
    sentence that counts two coups on its own, which a report of one coup that year cannot be."""
    both = "The army staged two coups in 2020, the second after weeks of protests."
    coup = {"type": "coup", "countries": ["ML"], "places": [], "language": "en", "date_precision": "year"}
    stored: list[dict[str, Any]] = [
        {**coup, "id": "a1", "doc": "a.txt", "start": 0, "sentence": both, "date": "2020"},
        {**coup, "id": "a2", "doc": "a.txt", "start": 0, "sentence": both, "date": "2020"},
        {**coup, "id": "b1", "doc": "b.txt", "start": 0, "date": "2020-08-18", "date_precision": "day"},
    ]
    for e in stored[:2]:
        e["figures"] = [{"value": 2, "unit": "coups", "text": "two coups"}]
    apply_assignments(stored, cluster_events(stored))
    assert {e["cluster_size"] for e in stored} == {3}
    reject = {"a2": {"event_id": "a2", "doc": "a.txt", "sentence": both, "fields": {}, "rejected": True}}
    got = _fields(settled(stored, stored, reject, []))
    assert got == _reference(stored, reject, [])
    assert got["a1"] == ("a1", 1, None) and got["b1"] == ("b1", 1, None)


def test_filing_by_date_finds_under_each_home_what_filing_every_event_does() -> None:
    damaged = [
        {"id": "x1", "date": ["2023"], "date_precision": "year", "type": "coup"},
        {"id": "x2", "date": "2023-13", "date_precision": "month", "type": "attack"},
        {"id": "x3", "date": "2023-10-21", "date_precision": None, "type": "handover", "places": ["Gao"]},
        {"id": "x4", "date": "2023-10-21", "date_precision": "month", "type": "handover"},
    ]
    for seed in range(60):
        events = [*_store(random.Random(seed)), *damaged]
        full = CandidateIndex(frozenset())
        for e in events:
            full.add(e)
        lazy = DateFiling(events)
        looked = {look for e in events for look in looks(profile(e))}
        for home in set(full.by_home) | looked:
            expected = sorted(str(e["id"]) for e in full.by_home.get(home, ()))
            assert sorted(str(e["id"]) for e in lazy.filed(home)) == expected, (seed, home)
