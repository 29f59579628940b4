"""Clusters as the store keeps them: incremental, deterministic, complete, under analysts' decisions."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from store.linking.clusters import Decisions, _graph, cluster_events, pair, relink
from store.linking.cohesion import contradicts
from store.linking.corrected import settle
from store.model import EVENT_FIELDS
from store.query import sort_key
from store.storage.db import EventStore
from tests.linking_helpers import event_of, ingest, write_reports

ROOT = Path(__file__).resolve().parents[1]
# One departure from Tessalit told by a wire and a French report, and another camp left the same day.
TESSALIT_WIRE = (
    "2023-10-22",
    "BAMAKO, Oct 22 (Reuters) - U.N. peacekeepers left their camp in Tessalit on Saturday.\n",
)
TESSALIT_FRENCH = ("2023-10-23", "Les casques bleus ont quitté samedi 21 octobre le camp de Tessalit.\n")
AGUELHOK_WIRE = ("2023-10-22", "U.N. peacekeepers also pulled out of their camp in Aguelhok on Saturday.\n")

_events = st.builds(
    lambda doc, day, kind, countries, places: {
        "doc": f"doc{doc}.txt",
        "date": f"2023-10-{day:02d}" if day else "2023-10",
        "date_precision": "day" if day else "month",
        "type": kind,
        "countries": sorted(countries),
        "places": sorted(places),
    },
    st.integers(0, 5),
    st.integers(0, 4).map(lambda d: 20 + d if d else 0),
    st.sampled_from(["withdrawal_completed", "handover", "statement", "attack", "coup"]),
    st.sets(st.sampled_from(["ML", "FR", "NE"]), max_size=2),
    st.sets(st.sampled_from(["Tessalit", "Aguelhok", "Gao"]), max_size=2),
)


def _numbered(raw: list[dict]) -> list[dict]:
    return [dict(e, id=f"e{i:03d}", start=i) for i, e in enumerate(raw)]


@settings(max_examples=150, deadline=None)
@given(st.lists(_events, min_size=1, max_size=24), st.integers(1, 4))
def test_incremental_linking_gives_the_clusters_of_a_full_run(raw: list[dict], batches: int) -> None:
    events = _numbered(raw)
    rows: list[dict] = []
    size = max(1, len(events) // batches)
    for at in range(0, len(events), size):
        batch = [dict(e) for e in events[at : at + size]]
        rows.extend(batch)
        relink(rows, {e["id"] for e in batch})
    full = cluster_events(events)
    assert {r["id"]: (r["cluster"], r["cluster_size"]) for r in rows} == {
        i: (a.cluster, a.size) for i, a in full.items()
    }


@settings(max_examples=100, deadline=None)
@given(st.lists(_events, min_size=2, max_size=20), st.randoms(use_true_random=False))
def test_clusters_are_cohesive_and_do_not_depend_on_order(raw: list[dict], rnd) -> None:
    events = _numbered(raw)
    shuffled = list(events)
    rnd.shuffle(shuffled)
    first, second = cluster_events(events), cluster_events(shuffled)
    assert first == second
    graph = _graph(events, Decisions())
    members: dict[str, list[str]] = {}
    for i, a in first.items():
        members.setdefault(a.cluster, []).append(i)
    for cluster, ids in members.items():
        # every pair linked, or contradicting nothing and tied through a member linked to both
        for x in ids:
            for y in ids:
                if x < y and graph.edge(x, y) is None:
                    assert not contradicts(graph, x, y, ids)
                    assert any(graph.edge(x, z) and graph.edge(y, z) for z in ids if z not in (x, y))
        assert cluster == min(ids, key=lambda i: (sort_key(events[int(i[1:])]), i))


def test_replacing_a_document_moves_only_its_events(tmp_path: Path) -> None:
    reports = {
        "a.txt": TESSALIT_WIRE,
        "b.txt": TESSALIT_FRENCH,
        "c.txt": AGUELHOK_WIRE,
        "d.txt": ("2023-10-24", "La Minusma a évacué le 21 octobre 2023 son camp d'Aguelhok.\n"),
    }
    paths = write_reports(tmp_path / "docs", reports)
    before = {e["id"]: e["cluster"] for e in ingest(tmp_path / "s.json", paths)}
    paths[1].write_text("Les casques bleus ont quitté samedi 21 octobre le camp de Gao.\n", encoding="utf-8")
    after = {e["id"]: e for e in ingest(tmp_path / "s.json", [paths[1]])}
    moved = {i for i in after if before.get(i) != after[i]["cluster"]}
    assert moved <= {i for i, e in after.items() if e["doc"] in ("a.txt", "b.txt")}
    assert all(after[i]["cluster"] == before[i] for i in after if after[i]["doc"] in ("c.txt", "d.txt"))


def _settled_clusters(db: Path) -> dict[str, str]:
    """Each event's cluster as readers get it (exports, the browser): decisions are written beside the
    store, and the clusters they touch are settled when it is read."""
    snapshot = EventStore(db).load()
    return {e["id"]: e["cluster"] for e in settle(list(snapshot.events), snapshot)}


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", "--db", str(db), *args], capture_output=True, text=True, cwd=ROOT
    )


def test_analysts_split_and_merge_survive_reingest(tmp_path: Path) -> None:
    reports = {
        "a.txt": TESSALIT_WIRE,
        "b.txt": TESSALIT_FRENCH,
        "c.txt": AGUELHOK_WIRE,
    }
    paths = write_reports(tmp_path / "docs", reports)
    db = tmp_path / "s.json"
    events = ingest(db, paths)
    a, b, c = (event_of(events, w)["id"] for w in ("Reuters", "casques", "Aguelhok"))
    assert _run(db, "corrections", "different", a, b).returncode == 0
    assert _run(db, "corrections", "same", a, c).returncode == 0
    for _ in range(2):
        clusters = _settled_clusters(db)
        assert clusters[a] != clusters[b] and clusters[a] == clusters[c]
        paths[0].write_text(paths[0].read_text() + "\nThe mission said more would follow.\n")
        ingest(db, paths)  # a changed document: its events are linked again, the decisions hold
    listed = _run(db, "corrections").stdout
    assert f"{min(a, b)} {max(a, b)}  different occurrence" in listed
    assert _run(db, "corrections", "undecided", a, b).returncode == 0
    assert _run(db, "corrections", "undecided", a, c).returncode == 0
    clusters = _settled_clusters(db)
    assert clusters[a] == clusters[b] != clusters[c]
    unknown = _run(db, "corrections", "same", a, "0000000000000000")
    assert (
        unknown.returncode != 0 and "no event with id" in unknown.stderr and "Traceback" not in unknown.stderr
    )


def test_decisions_are_kept_by_event_ids_never_cluster_ids() -> None:
    rows = [{"a": "y", "b": "x", "decision": "same"}, {"a": "x", "b": "z", "decision": "different"}]
    decisions = Decisions.from_rows(rows)
    assert decisions.same == {pair("x", "y")} and decisions.different == {pair("x", "z")}


def test_export_gives_every_event_its_cluster_and_one_row_per_occurrence(tmp_path: Path) -> None:
    reports = {
        "a.txt": TESSALIT_WIRE,
        "b.txt": ("2023-10-23", "=Les casques bleus ont quitté samedi 21 octobre le camp de Tessalit.\n"),
    }
    db = tmp_path / "s.json"
    ingest(db, write_reports(tmp_path / "docs", reports))
    rows = [orjson.loads(line) for line in _run(db, "export").stdout.splitlines()]
    assert all(tuple(r) == EVENT_FIELDS for r in rows)
    assert {r["cluster_size"] for r in rows} == {2} and len({r["cluster"] for r in rows}) == 1
    (occ,) = [orjson.loads(line) for line in _run(db, "export", "--by", "cluster").stdout.splitlines()]
    assert (occ["date"], occ["date_precision"], occ["date_inferred"]) == ("2023-10-21", "day", False)
    assert occ["reports"] == 2 and {s["doc"] for s in occ["sources"]} == {"a.txt", "b.txt"}
    assert occ["links"][0]["reason"].startswith("same day 2023-10-21, same place Tessalit")
    table = list(csv.reader(io.StringIO(_run(db, "export", "--by", "cluster", "--format", "csv").stdout)))
    assert table[0][:4] == ["cluster", "date", "date_precision", "date_inferred"] and len(table) == 2
    assert "=Les" not in table[1][table[0].index("sources")].split(": ", 1)[0]
    assert not any(cell.startswith("=") for cell in table[1])


def test_a_decision_made_through_the_storage_api_reclusters(tmp_path: Path) -> None:
    import store.linking.decisions  # registers the re-clustering, as ingest does
    from store.storage import occurrence_decisions

    reports = {
        "a.txt": (
            "2023-10-22",
            "U.N. peacekeepers left their camp in Tessalit, northern Mali, on Saturday.\n",
        ),
        "b.txt": TESSALIT_FRENCH,
    }
    db = tmp_path / "s.json"
    events = ingest(db, write_reports(tmp_path / "docs", reports))
    a, b = event_of(events, "peacekeepers")["id"], event_of(events, "casques")["id"]
    store = EventStore(db)
    occurrence_decisions.set_different_occurrence(store, a, b)
    after = _settled_clusters(db)
    assert after[a] != after[b]
    assert [r["decision"] for r in occurrence_decisions.occurrence_decisions(store.load())] == ["different"]
    occurrence_decisions.clear_occurrence_decision(store, a, b)
    after = _settled_clusters(db)
    assert after[a] == after[b]
