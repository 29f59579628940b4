"""What one row per occurrence costs the browser at 100,000 events (issue 10, "In the browser").

    python bench/occurrence_rows.py [--events 100000] [--linked 0.4] [--repeat 5]

The synthetic store of ``bench/corpus.py`` links nothing (every event is its own
cluster), so this script links a share of its events the way the linker would
leave them: events of other documents with the same month and type form one
cluster, until ``--linked`` of all events are in clusters of two to
five. It then prints, in-process (no terminal, no repaint):

- ``group_s``: grouping and placing the occurrences (``store.occurrence_view``,
  what the browser's worker runs after each load or correction);
- ``select_ms`` per filter, one row per report and one per occurrence: the rows and
  the sidebar counts for a keystroke (``tui.occurrence_rows.select_rows``).
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))


from bench.corpus import make_store  # noqa: E402
from store.browse import Corpus  # noqa: E402
from store.occurrence_view import group_reports, place_rows  # noqa: E402
from store.query import EventFilter  # noqa: E402
from store.selecting import Selector  # noqa: E402
from store.storage.db import EventStore  # noqa: E402
from tui.occurrence_rows import select_rows  # noqa: E402

FILTERS: dict[str, EventFilter] = {
    "none": EventFilter(),
    "text 'withdr'": EventFilter(text="withdr"),
    "text 'gao'": EventFilter(text="gao"),
    "type": EventFilter(types=frozenset({"withdrawal_completed"})),
    "country FR": EventFilter(countries=frozenset({"FR"})),
    "dates 2022..2023": EventFilter(since="2022-01-01", until="2023-12-31"),
}


def link(events: list[dict[str, Any]], share: float, seed: int) -> int:
    """Put ``share`` of the events in clusters with same-month, same-type reports of other documents."""
    rnd = random.Random(seed)
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for event in events:
        if event.get("date"):
            key = (event["date"][:7], event.get("type"))
            groups.setdefault(key, []).append(event)
    candidates = [g for g in groups.values() if len({e["doc"] for e in g}) > 1]
    rnd.shuffle(candidates)
    linked, goal = 0, int(share * len(events))
    for group in candidates:
        by_doc: dict[str, dict[str, Any]] = {}
        for event in group:  # one report per document in a cluster
            by_doc.setdefault(event["doc"], event)
        reports = list(by_doc.values())
        while len(reports) >= 2 and linked < goal:
            size = min(len(reports), rnd.randint(2, 5))
            members, reports = reports[:size], reports[size:]
            cluster = min(e["id"] for e in members)
            for event in members:
                event["cluster"], event["cluster_size"] = cluster, len(members)
            linked += len(members)
    return linked


def timed(work: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--linked", type=float, default=0.4, help="share of events in clusters (default 0.4)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.json"
        make_store(path, args.events, args.seed)
        snapshot = EventStore(path).load(texts=False)
    linked = link(snapshot.events, args.linked, args.seed)
    corpus = Corpus.from_snapshot(snapshot)
    corpus.warm_keys()
    _ = corpus.index_of, corpus.bounds
    gc.collect()
    gc.freeze()  # as in the browser, the corpus is not the collector's business while the user types
    group_s = timed(lambda: place_rows(group_reports(corpus.events), corpus.events, corpus.index_of), 1)
    rows = place_rows(group_reports(corpus.events), corpus.events, corpus.index_of)
    result: dict[str, Any] = {
        "events": len(corpus),
        "linked_events": linked,
        "occurrences": rows.count,
        "group_s": round(group_s, 3),
        "select_ms": {},
    }
    for name, flt in FILTERS.items():
        figures = {}
        for mode, occurrences in (("reports", None), ("occurrences", rows)):
            seconds = timed(  # a fresh selector each time: no narrowing from a previous keystroke
                lambda flt=flt, occurrences=occurrences: select_rows(
                    Selector(corpus), flt, descending=False, occurrences=occurrences
                ),
                args.repeat,
            )
            figures[mode] = round(seconds * 1000, 1)
        result["select_ms"][name] = figures
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
