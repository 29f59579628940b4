"""One report ingested into large stores, for this checkout and others side by side (issue 10).

    python bench/ingest_one.py [--events 10000,100000] [--code DIR ...] [--repeat N]

Each store (``bench.corpus.make_store``) is built once, every event clustered as ingest leaves a
store (``cluster_events`` over the whole store, not timed); then, for this checkout and
each ``--code`` checkout (another worktree, say at main's commit), the first seed
report is ingested into a fresh copy of it in a process of its own, timed inside it
(imports excluded): ``ingest_one_s`` is what adding anything costs at that size. After each
ingest a digest of every event's cluster fields is taken: the checkouts should give the same.
With ``--repeat N`` the checkouts take turns N times and the medians are printed; ``cpu`` is the
process's CPU time for the same span (a shared machine moves the wall clock more than it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

_INGEST_ONE = """
import hashlib, sys, time
from pathlib import Path
from store.ingest import ingest_paths
from store.storage.db import EventStore
start, cpu = time.perf_counter(), time.process_time()
ingest_paths(EventStore(sys.argv[1]), [Path(sys.argv[2])])
took, cpu = time.perf_counter() - start, time.process_time() - cpu
fields = sorted(
    repr((e.get("id"), e.get("cluster"), e.get("cluster_size"), e.get("cluster_link")))
    for e in EventStore(sys.argv[1]).load().events
)
print(hashlib.sha256("\\n".join(fields).encode()).hexdigest()[:12])
print(took, cpu)
"""
TIMEOUT_S = 600.0


def ingest_one_s(store: Path, code: Path, report: Path) -> tuple[float, float, str] | str:
    """Seconds (wall, CPU) to ingest ``report`` into a copy of ``store`` with the code of checkout
    ``code``, and a digest of every event's cluster fields afterwards; or why it could not."""
    copy = store.with_name(f"copy-{store.name}")
    shutil.copy(store, copy)
    env = dict(os.environ, PYTHONPATH=str(code))
    try:
        done = subprocess.run(
            [sys.executable, "-c", _INGEST_ONE, str(copy), str(report)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=True,
            cwd=code,
            env=env,
        )
        digest, times = done.stdout.strip().splitlines()[-2:]
        took, cpu = times.split()
        return float(took), float(cpu), digest
    except subprocess.TimeoutExpired:
        return f"over {TIMEOUT_S:g}"
    except (subprocess.CalledProcessError, ValueError, IndexError) as exc:
        return f"failed ({exc})"
    finally:
        copy.unlink()


def _cell(runs: list[tuple[float, float, str] | str]) -> tuple[str, str]:
    """A checkout's medians as printed ("5.123 (cpu 4.876)"), and its digest."""
    done = [r for r in runs if not isinstance(r, str)]
    if len(done) < len(runs):
        return next(r for r in runs if isinstance(r, str)), "-"
    wall = statistics.median(r[0] for r in done)
    cpu = statistics.median(r[1] for r in done)
    digests = {r[2] for r in done}
    return f"{wall:.3f} (cpu {cpu:.3f})", digests.pop() if len(digests) == 1 else "varies"


def main(argv: list[str] | None = None) -> int:
    from bench.corpus import clustered_write, make_store
    from store.storage.paths import seeds_dir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", default="10000,100000")
    parser.add_argument("--code", type=Path, action="append", default=[], help="another checkout to time")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--repeat", type=int, default=1, help="turns per checkout (medians)")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.events.split(",") if s.strip()]
    codes = [ROOT, *(c.resolve() for c in args.code)]
    report = sorted(seeds_dir().glob("*.txt"))[0]
    names = [f"ingest_one_s[{c.name}]" for c in codes]
    print(f"{'events':>8}  " + "  ".join(f"{n:>24}" for n in names))
    with tempfile.TemporaryDirectory(prefix="mali-tui-ingest-one-") as tmp:
        for size in sizes:
            store = Path(tmp) / f"store-{size}.json"
            make_store(store, size, args.seed, write=clustered_write)
            runs: list[list[tuple[float, float, str] | str]] = [[] for _ in codes]
            for _ in range(max(1, args.repeat)):
                for code, found in zip(codes, runs, strict=True):
                    found.append(ingest_one_s(store, code, report))
            cells = [_cell(r) for r in runs]
            digests = [digest for _, digest in cells]
            same = "same" if len(set(digests)) == 1 and "-" not in digests else "DIFFERENT"
            print(
                f"{size:>8}  "
                + "  ".join(f"{c:>{max(24, len(n))}}" for (c, _), n in zip(cells, names, strict=True))
                + f"  clusters after: {same} ({', '.join(digests)})",
                flush=True,
            )
            store.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
