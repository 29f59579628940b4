"""Reports of a withdrawal naming nothing beyond the countries every report names link when the store
holds no other act of that kind on that day (store/linking/sole_act_of_day.py); two acts of one kind on
one day (two forces, two camps) keep every report of that day apart; an ingest that brings or takes
away a rival act gives the clusters of clustering the whole store again."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from store.linking.clusters import Decisions, apply_assignments, cluster_events, relink
from store.linking.sole_act_of_day import one_act
from tests.linking_helpers import event_of, ingest, write_reports
from tests.niger_background import BACKGROUND

LAST_SOLDIERS = {
    "en_last.txt": (
        "2023-12-23",
        "The last French soldiers stationed in Niger left the country on Friday, the army said.",
    ),
    "fr_derniers.txt": (
        "2023-12-22",
        "Les derniers soldats français présents au Niger ont quitté le pays ce vendredi.",
    ),
    "de_letzte.txt": (
        "2023-12-23",
        "Die letzten französischen Soldaten haben am Freitag den Niger verlassen.",
    ),
}


def _store(tmp_path: Path, reports: dict[str, tuple[str | None, str]]) -> list[dict[str, Any]]:
    paths = write_reports(tmp_path / "docs", {**BACKGROUND, **reports})
    return ingest(tmp_path / "events.json", paths)


def _common_in(events: list[dict[str, Any]]) -> frozenset[str]:
    from store.linking.common_countries import common_countries

    return common_countries(events)


def test_the_only_completed_withdrawal_of_a_day_is_one_occurrence_in_three_languages(tmp_path: Path) -> None:
    events = _store(tmp_path, LAST_SOLDIERS)
    assert {"FR", "NE"} <= _common_in(events)  # the countries identify nothing here
    told = [event_of(events, t) for t in ("The last French soldiers", "Les derniers soldats", "Die letzten")]
    assert all(e["type"] == "withdrawal_completed" and e["date"] == "2023-12-22" for e in told)
    assert len({e["cluster"] for e in told}) == 1
    reasons = " ".join(str(e.get("cluster_link")) for e in told)
    assert "the only completed withdrawal the store tells that day (FR, NE)" in reasons


def test_two_forces_leaving_on_one_day_keep_every_report_of_that_day_apart(tmp_path: Path) -> None:
    rival = {
        "en_italians.txt": (
            "2023-12-23",
            "The last Italian soldiers stationed in Niger left the country on Friday, Rome said.",
        )
    }
    events = _store(tmp_path, {**LAST_SOLDIERS, **rival})
    told = [event_of(events, t) for t in ("The last French soldiers", "Les derniers soldats", "Die letzten")]
    italians = event_of(events, "Italian soldiers")
    assert italians["date"] == "2023-12-22" and "IT" in italians["countries"]
    assert len({e["cluster"] for e in [*told, italians]}) == 4


def test_two_camps_left_on_one_day_are_two_acts() -> None:
    def act(place: str, sentence: str) -> dict[str, Any]:
        return {
            "id": place,
            "doc": f"{place}.txt",
            "start": 0,
            "sentence": sentence,
            "language": "en",
            "date": "2023-10-21",
            "date_precision": "day",
            "type": "withdrawal_completed",
            "countries": ["ML"],
            "places": [place],
        }

    camps = [act("Tessalit", "Peacekeepers left the Tessalit camp."), act("Aguelhok", "They left Aguelhok.")]
    assert one_act(camps) is None
    assert one_act(camps[:1]) == frozenset({"ML"})
    # Countries beyond an actor and its host are a coalition, told act by act; another pair is another act.
    assert one_act([dict(camps[0], countries=["FR", "NE"]), dict(camps[0], countries=["DE", "NE"])]) is None
    assert one_act([dict(camps[0], countries=["FR", "NE"]), dict(camps[0], countries=["NE"])]) == {"FR", "NE"}


def test_leaving_a_bloc_and_leaving_a_country_on_one_day_are_two_acts() -> None:
    base = {"doc": "d.txt", "start": 0, "date": "2024-01-28", "date_precision": "day", "places": []}
    bloc = dict(
        base,
        id="a",
        type="withdrawal_announced",
        countries=["ML"],
        language="es",
        sentence="Malí anunció el domingo su retirada de la CEDEAO.",
    )
    country = dict(
        base,
        id="b",
        type="withdrawal_announced",
        countries=["FR", "ML"],
        language="fr",
        sentence="La France a annoncé dimanche le retrait de ses soldats du Mali.",
    )
    assert one_act([bloc, country]) is None


# Incremental: random small stores about one actor and one host, where many days hold one act.
DAYS = ["2023-12-21", "2023-12-22", "2023-12-23"]
TYPES = ["withdrawal_completed", "handover", "withdrawal_announced", "withdrawal_started", "statement"]
SENTENCES = [
    ("en", "The last soldiers left the country, the army said."),
    ("fr", "Les derniers soldats ont quitté le pays."),
    ("vi", "Những binh sĩ cuối cùng đã rời khỏi nước này."),
    ("de", "Die letzten Soldaten haben das Land verlassen."),
]


def _report(rng: random.Random, doc: str) -> list[dict[str, Any]]:
    events = []
    for n in range(rng.randint(1, 3)):
        language, sentence = rng.choice(SENTENCES)
        events.append(
            {
                "id": f"{doc}-{n}-{rng.randrange(10**6):06d}",
                "doc": doc,
                "start": 100 * n,
                "end": 100 * n + 60,
                "sentence": sentence,
                "language": language,
                "date": rng.choice(DAYS),
                "date_precision": "day",
                "date_inferred": rng.random() < 0.15,
                "type": rng.choice(TYPES),
                "countries": rng.choice([["FR", "NE"], ["FR", "NE"], ["NE"], ["FR"], ["DE", "NE"], []]),
                "places": rng.choice([[], [], [], ["Niamey"], ["Ouallam"]]),
            }
        )
    return events


def _background() -> list[dict[str, Any]]:
    """Thirty reports of other days naming France and Niger: both are common, identifying nothing."""
    return [
        {
            "id": f"bg{n:02d}",
            "doc": f"bg{n:02d}.txt",
            "start": 0,
            "end": 60,
            "sentence": "Niger criticised France.",
            "language": "en",
            "date": f"2023-06-{1 + n:02d}",
            "date_precision": "day",
            "type": "statement",
            "countries": ["FR", "NE"],
            "places": [],
        }
        for n in range(30)
    ]


def _fields(rows: list[dict[str, Any]]) -> dict[str, tuple[Any, ...]]:
    return {r["id"]: (r.get("cluster"), r.get("cluster_size"), str(r.get("cluster_link"))) for r in rows}


@pytest.mark.parametrize("block", range(3))
def test_a_rival_act_joining_or_leaving_a_day_gives_the_clusters_of_a_full_run(block: int) -> None:
    fired = 0
    for seed in range(block * 80, block * 80 + 80):
        rng = random.Random(seed)
        docs = {f"r{d}.txt": _report(rng, f"r{d}.txt") for d in range(rng.randint(2, 8))}
        stored = _background() + [e for events in docs.values() for e in events]
        apply_assignments(stored, cluster_events(stored, Decisions()))
        rows = [dict(r) for r in stored]
        new: list[dict[str, Any]] = []
        removed: list[dict[str, Any]] = []
        for d in range(rng.randint(0, 2)):
            new += _report(rng, f"n{d}.txt")
        if rng.random() < 0.5:  # a stored report replaced: its acts leave their days
            name = rng.choice(sorted(docs))
            removed = [r for r in rows if r["doc"] == name]
            rows = [r for r in rows if r["doc"] != name]
            new += _report(rng, name)
        rows += [dict(e) for e in new]
        relink(rows, {e["id"] for e in new}, removed, Decisions())
        expected = [dict(r) for r in rows]
        apply_assignments(expected, cluster_events(expected, Decisions()))
        assert _fields(rows) == _fields(expected), f"seed {seed}"
        fired += any("the only" in str(r.get("cluster_link")) for r in rows)
    assert fired  # the rule is exercised


def _act(n: int, sentence: str, language: str, countries: list[str]) -> dict[str, Any]:
    return {
        "id": f"a{n}",
        "doc": f"a{n}.txt",
        "start": 0,
        "sentence": sentence,
        "language": language,
        "date": "2023-12-22",
        "date_text": "vendredi",
        "date_precision": "day",
        "type": "withdrawal_completed",
        "countries": countries,
        "places": [],
    }


def test_a_report_naming_no_country_is_the_only_act_of_its_day_and_never_one_of_two() -> None:
    named = _act(1, "Les derniers soldats français ont quitté le Niger vendredi.", "fr", ["FR", "NE"])
    bare = _act(2, "Das Militär erklärte, der Abzug sei am Freitag abgeschlossen worden.", "de", [])
    common = frozenset({"FR", "NE", "DE"})
    clusters = cluster_events([*_background(), named, bare], common=common)
    assert clusters["a1"].cluster == clusters["a2"].cluster
    rival = _act(3, "Die letzten deutschen Soldaten haben Niger am Freitag verlassen.", "de", ["DE", "NE"])
    clusters = cluster_events([*_background(), named, bare, rival], common=common)
    assert len({clusters[i].cluster for i in ("a1", "a2", "a3")}) == 3


def _correction(rng: random.Random, event: dict[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    what = rng.choice(["date", "type", "countries", "reject"])
    if what == "date":
        fields["date"], fields["date_precision"] = rng.choice(DAYS), "day"
    elif what == "type":
        fields["type"] = rng.choice(TYPES)
    elif what == "countries":
        fields["countries"] = rng.choice([["FR", "NE"], ["DE", "NE"], ["NE"], []])
    return {
        "event_id": event["id"],
        "doc": event["doc"],
        "sentence": event["sentence"],
        "fields": fields,
        "rejected": what == "reject",
    }


@pytest.mark.parametrize("block", range(2))
def test_a_correction_moving_an_act_onto_or_off_a_day_settles_like_a_full_run(block: int) -> None:
    from store.linking.corrected import LINK_FIELDS, cluster_all, settled

    for seed in range(block * 60, block * 60 + 60):
        rng = random.Random(seed)
        stored = _background() + [e for d in range(rng.randint(2, 7)) for e in _report(rng, f"r{d}.txt")]
        cluster_all(stored, [], {})
        mine = stored[30:]
        corrections = {
            e["id"]: _correction(rng, e) for e in rng.sample(mine, min(len(mine), rng.randint(1, 3)))
        }
        got = settled(stored, stored, corrections, [])
        rows = [dict(r) for r in stored]
        cluster_all(rows, [], corrections)
        expected = {r["id"]: tuple(r.get(k) for k in LINK_FIELDS) for r in rows}
        assert {e["id"]: tuple(e.get(k) for k in LINK_FIELDS) for e in got} == expected, seed
