"""Sentences per second: a local Dask cluster of 2 workers beside ``--jobs 2`` (issue 13).

    python bench/dask_bench.py [--docs 80] [--seed 2024]

Both ingest the same synthetic reports (``bench.corpus``) into a fresh store,
timed from the call to the store written: ``jobs2`` includes starting its
process pool, ``dask_cold`` starting the LocalCluster, ``dask_warm`` a second
run on the cluster already up (what a user pointing ``--dask`` at a running
scheduler pays). One JSON line on stdout; needs the dask extra.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench/dask_bench.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=80)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()

    from bench.corpus import make_documents
    from store.ingest import ingest_paths
    from store.ingest_dask import dask_mapper
    from store.storage.db import EventStore

    with tempfile.TemporaryDirectory(prefix="mali-tui-dask-") as tmp:
        work = Path(tmp)
        make_documents(args.docs, args.seed, work / "docs")
        out: dict[str, float | int] = {"docs": args.docs, "load_start": round(os.getloadavg()[0], 2)}

        start = time.perf_counter()
        summary = ingest_paths(EventStore(work / "jobs.json"), [work / "docs"], jobs=2)
        out["sentences"] = summary.sentences
        out["jobs2_sentences_per_s"] = round(summary.sentences / (time.perf_counter() - start), 1)

        start = time.perf_counter()
        with dask_mapper("local", local_workers=2) as mapper:
            cold = ingest_paths(EventStore(work / "dask-cold.json"), [work / "docs"], mapper=mapper)
            out["dask_cold_sentences_per_s"] = round(cold.sentences / (time.perf_counter() - start), 1)
            start = time.perf_counter()
            warm = ingest_paths(EventStore(work / "dask-warm.json"), [work / "docs"], mapper=mapper)
            out["dask_warm_sentences_per_s"] = round(warm.sentences / (time.perf_counter() - start), 1)
        same = (work / "dask-warm.json").read_bytes() == (work / "jobs.json").read_bytes()
        out["same_store"] = int(same)
        out["load_end"] = round(os.getloadavg()[0], 2)
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
