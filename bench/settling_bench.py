"""What settling a correction or a decision costs in a clustered store, for this checkout and others side
by side (issues 10 and 13).

    python bench/settling_bench.py [--events 100000] [--code DIR ...] [--repeat N] [--skip-ui]

The store (``bench.corpus.make_store``) is built once and clustered as ingest leaves it
(``bench.corpus.clustered_write``, not timed). Then, for this checkout and each ``--code`` checkout
(another worktree or an unpacked branch, say ``relink``), each in processes of its own that import
that checkout's ``store`` and ``tui``:

- ``settle_ms``: ``store.linking.settling.overrides`` for one new correction (the report rejected, or
  its type changed) of the event the benchmark corrects (the store's middle event) and of a report of
  the store's largest cluster, with what the browser keeps already built (``StoredLinks``, untimed),
  wall and CPU time, and how many events got cluster fields (``moved``);
- ``decision_ms``: ``store.linking.corrected.recluster`` after "these two reports of the largest
  cluster are different occurrences", in memory (the write is not timed);
- ``correction_ms``, ``corrections_set_s``, ``export_country_s`` (``bench.corrections_bench``);
- ``correction_shown_ms``: ``r`` pressed four times in the browser (``bench/run.py``'s probe), from the
  key until the row shows the change and the reports are grouped into occurrences again.

A digest of the settled clusters is printed per checkout: the checkouts should give the same.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

TIMEOUT_S = 1800.0

_PRELUDE = """
import sys
code, bench_root = sys.argv[1], sys.argv[2]
sys.path.insert(0, code)
import store, tui  # the checkout's packages, before the benchmark's modules put their own on the path
sys.path.append(bench_root)
"""

_SETTLE = """
import hashlib, json, time
from collections import Counter
from store.storage.db import EventStore
from store.linking.settling import StoredLinks, overrides
from store.linking.corrected import recluster
db = sys.argv[3]
snap = EventStore(db).load(texts=False)
events, decisions = snap.events, list(snap.occurrence_decisions or [])
sizes = Counter(e.get("cluster") for e in events if e.get("cluster"))
largest = min(sizes, key=lambda c: (-sizes[c], c))
members = sorted(str(e["id"]) for e in events if e.get("cluster") == largest)
by_id = {str(e["id"]): e for e in events}
start = time.perf_counter()
links = StoredLinks(events)
links.filing, links.tally, links.nonroot, links.sentences
out = {"largest_cluster": len(members), "links_built_s": round(time.perf_counter() - start, 3)}
digest = hashlib.sha256()
for name, event in (("middle", events[len(events) // 2]), ("largest", by_id[members[0]])):
    for kind, fields, rejected in (("reject", {}, True), ("type", {"type": "other"}, False)):
        record = {"event_id": event["id"], "doc": event.get("doc"), "sentence": event.get("sentence"),
                  "fields": fields, "rejected": rejected}
        wall, cpu = time.perf_counter(), time.process_time()
        found = overrides(links, {str(event["id"]): record}, decisions)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        out[f"settle_{name}_{kind}_ms"] = [round(wall * 1000, 1), round(cpu * 1000, 1), len(found)]
        moved = sorted((i, repr(f)) for i, f in found.items() if tuple(by_id[i].get(k) for k in
                       ("cluster", "cluster_size", "cluster_link")) != tuple(f))
        digest.update(repr(moved).encode())
rows = [dict(e) for e in events]
a, b = members[0], members[-1]
made = [*decisions, {"a": min(a, b), "b": max(a, b), "decision": "different"}]
wall, cpu = time.perf_counter(), time.process_time()
changed = recluster(rows, made, [], {a, b})
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
out["decision_ms"] = [round(wall * 1000, 1), round(cpu * 1000, 1), changed]
digest.update(repr(sorted((r["id"], r.get("cluster"), r.get("cluster_size")) for r in rows)).encode())
out["digest"] = digest.hexdigest()[:12]
print(json.dumps(out))
"""

_CLI = """
import json
from pathlib import Path
from bench.corrections_bench import measure_corrections
print(json.dumps(measure_corrections(Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5]))))
"""

_UI = """
import importlib.util, json
spec = importlib.util.spec_from_file_location("bench_run_probe", bench_root + "/bench/run.py")
run = sys.modules["bench_run_probe"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(run)
run._watchdog(run.PROBE_TIMEOUT_S)
run.probe_app(__import__("pathlib").Path(sys.argv[3]), True)
"""


def _run(code: Path, script: str, *args: str) -> dict[str, Any]:
    """Run ``script`` with checkout ``code``'s packages; its last JSON line, or why it failed."""
    env = {**os.environ, "PYTHONPATH": str(code), "TEXTUAL_ANIMATIONS": "none"}
    env.pop("TEXTUAL", None)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _PRELUDE + script, str(code), str(ROOT), *args],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
            cwd=code,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"over {TIMEOUT_S:g} s"}
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        return {"error": (done.stderr.strip().splitlines() or ["no output"])[-1]}
    return json.loads(lines[-1])


def measure(store: Path, code: Path, work: Path, repeat: int, ui: bool) -> dict[str, Any]:
    copy = work / f"settling-{code.name}.json"
    shutil.copy(store, copy)
    try:
        result = _run(code, _SETTLE, str(copy))
        result.update(_run(code, _CLI, str(copy), str(work), str(repeat)))
        if ui:
            shutil.copy(store, copy)
            shown = _run(code, _UI, str(copy))
            if shown.get("error"):
                result["ui_error"] = shown["error"]
            samples = shown.get("correction_shown_ms") or []
            result["correction_shown_ms"] = [round(x) for x in samples]
            result["correction_shown_median_ms"] = round(statistics.median(samples)) if samples else None
        return result
    finally:
        copy.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    from bench.corpus import clustered_write, make_store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--code", type=Path, action="append", default=[], help="another checkout to time")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--repeat", type=int, default=3, help="runs of the corrections commands (medians)")
    parser.add_argument("--skip-ui", action="store_true", help="leave out the browser's correction_shown_ms")
    args = parser.parse_args(argv)
    codes = [ROOT, *(c.resolve() for c in args.code)]
    with tempfile.TemporaryDirectory(prefix="mali-tui-settling-") as tmp:
        work = Path(tmp)
        store = work / "store.json"
        make_store(store, args.events, args.seed, write=clustered_write)
        print(f"{args.events} events, clustered", flush=True)
        for code in codes:
            result = measure(store, code, work, args.repeat, not args.skip_ui)
            print(f"{code}:", flush=True)
            for key, value in result.items():
                print(f"  {key}: {value}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
