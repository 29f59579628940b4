"""Linking new documents into a large store, beside the cost of extracting them (issue 10).

    python bench/cluster_update.py [--events 12000] [--docs 100] [--repeat 3] [--json]

A store of ``--events`` synthetic events (``bench.corpus``) is clustered once
(``cluster_full_s``). Then ``--docs`` new synthetic reports are extracted
(``cluster_extract_s``: ``build_document`` on each) and linked into it:
``cluster_update_s`` is the incremental relink ingest runs inside its write
(only what the new events can change: ``store.linking.local_update``), ``corroborate_s`` the check of
undated lists against the new evidence. Medians of ``--repeat`` runs; the ``_cpu_s`` figures are
the process's CPU time for the same spans (steadier than the wall clock on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))


def measure(events: int, docs: int, repeat: int, seed: int = 2024) -> dict[str, Any]:
    from bench.corpus import make_documents, make_store
    from store.ingest import build_document
    from store.linking.clusters import apply_assignments, cluster_events, relink
    from store.linking.corroborate import reresolve_lists
    from store.storage.db import EventStore

    with tempfile.TemporaryDirectory(prefix="mali-tui-cluster-") as tmp:
        work = Path(tmp)
        store = EventStore(work / "store.json")
        make_store(store.path, events, seed)
        snapshot = store.load()
        rows = [dict(e) for e in snapshot.events]
        _settle(snapshot.documents, rows)
        start = time.perf_counter()
        apply_assignments(rows, cluster_events(rows))
        full = time.perf_counter() - start
        folder = work / "new"
        make_documents(docs, seed + 1, folder)
        for path in sorted(folder.glob("*.txt")):
            path.rename(path.with_name(f"new_{path.name}"))
        paths = sorted(folder.glob("*.txt"))
        build_document(paths[0])  # imports and tables, paid once per process
        extract, update, corroborate = [], [], []
        extract_cpu, update_cpu = [], []
        for _ in range(repeat):
            start, cpu = time.perf_counter(), time.process_time()
            built = [build_document(p) for p in paths]
            extract.append(time.perf_counter() - start)
            extract_cpu.append(time.process_time() - cpu)
            batch = [(b.document, b.events) for b in built]
            start = time.perf_counter()
            reresolve_lists(batch, snapshot.documents, rows)
            corroborate.append(time.perf_counter() - start)
            new = [dict(e) for _, evs in batch for e in evs]
            linked = [dict(r) for r in rows] + new
            start, cpu = time.perf_counter(), time.process_time()
            relink(linked, {e["id"] for e in new})
            update.append(time.perf_counter() - start)
            update_cpu.append(time.process_time() - cpu)
        multi = sum(1 for r in linked if r.get("cluster_size", 1) > 1)
    return {
        "events": events,
        "new_docs": docs,
        "new_events": len(new),
        "cluster_full_s": round(full, 3),
        "cluster_extract_s": round(statistics.median(extract), 3),
        "cluster_update_s": round(statistics.median(update), 3),
        "corroborate_s": round(statistics.median(corroborate), 3),
        "cluster_extract_cpu_s": round(statistics.median(extract_cpu), 3),
        "cluster_update_cpu_s": round(statistics.median(update_cpu), 3),
        "events_in_shared_clusters": multi,
    }


def _settle(documents: dict[str, dict[str, Any]], rows: list[dict[str, Any]]) -> None:
    """Record on each undated list the anchors it has now, as an ingest would have (not timed)."""
    from store.extract import EXTRACTOR_VERSION
    from store.linking.corroborate import Evidence, _version, year_anchors

    evidence = Evidence(rows)
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_doc.setdefault(r["doc"], []).append(r)
    for name, doc in documents.items():
        if not doc.get("published"):
            doc["extractor"] = _version(EXTRACTOR_VERSION, year_anchors(by_doc.get(name, []), evidence))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=12_000)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.events, args.docs, args.repeat)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:28} {value}")
        verdict = "ok" if result["cluster_update_s"] <= result["cluster_extract_s"] else "MISSED"
        print(f"cluster_update_s <= cluster_extract_s: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
