"""One report ingested into large stores, for this checkout and others side by side (issue 10).

    python bench/ingest_one.py [--events 10000,100000] [--code DIR ...]

Each store (``bench.corpus.make_store``) is built once, every event clustered as ingest leaves a
store (``cluster_events`` over the whole store, not timed); then, for this checkout and
each ``--code`` checkout (another worktree, say at main's commit), the first seed
report is ingested into a fresh copy of it in a process of its own, timed inside it
(imports excluded): ``ingest_one_s`` is what adding anything costs at that size. After each
ingest a digest of every event's cluster fields is taken: the checkouts should give the same.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

_INGEST_ONE = """
import hashlib, sys, time
from pathlib import Path
from store.ingest import ingest_paths
from store.storage.db import EventStore
start = time.perf_counter()
ingest_paths(EventStore(sys.argv[1]), [Path(sys.argv[2])])
took = time.perf_counter() - start
fields = sorted(
    repr((e.get("id"), e.get("cluster"), e.get("cluster_size"), e.get("cluster_link")))
    for e in EventStore(sys.argv[1]).load().events
)
print(hashlib.sha256("\\n".join(fields).encode()).hexdigest()[:12])
print(took)
"""
TIMEOUT_S = 600.0


def ingest_one_s(store: Path, code: Path, report: Path) -> tuple[str, str]:
    """Seconds to ingest ``report`` into a copy of ``store`` with the code of checkout ``code``, and a
    digest of every event's cluster fields afterwards (the checkouts should agree)."""
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
        digest, took = done.stdout.strip().splitlines()[-2:]
        return f"{float(took):.3f}", digest
    except subprocess.TimeoutExpired:
        return f"over {TIMEOUT_S:g}", "-"
    except (subprocess.CalledProcessError, ValueError, IndexError) as exc:
        return f"failed ({exc})", "-"
    finally:
        copy.unlink()


def _clustered(store: Any, items: list[Any]) -> None:
    """Write the planted documents with every event clustered, as ingest would have left them."""
    from store.linking.clusters import apply_assignments, cluster_events

    events = [e for _, doc_events in items for e in doc_events]
    apply_assignments(events, cluster_events(events))
    store.write_documents(items)


def main(argv: list[str] | None = None) -> int:
    from bench.corpus import make_store
    from store.storage.paths import seeds_dir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", default="10000,100000")
    parser.add_argument("--code", type=Path, action="append", default=[], help="another checkout to time")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.events.split(",") if s.strip()]
    codes = [ROOT, *(c.resolve() for c in args.code)]
    report = sorted(seeds_dir().glob("*.txt"))[0]
    print(f"{'events':>8}  " + "  ".join(f"ingest_one_s[{c.name}]" for c in codes))
    with tempfile.TemporaryDirectory(prefix="mali-tui-ingest-one-") as tmp:
        for size in sizes:
            store = Path(tmp) / f"store-{size}.json"
            make_store(store, size, args.seed, write=_clustered)
            cells = [ingest_one_s(store, code, report) for code in codes]
            same = "same" if len({digest for _, digest in cells}) == 1 else "DIFFERENT"
            print(
                f"{size:>8}  "
                + "  ".join(
                    f"{c:>{len(f'ingest_one_s[{d.name}]')}}" for (c, _), d in zip(cells, codes, strict=True)
                )
                + f"  clusters after: {same} ({', '.join(digest for _, digest in cells)})",
                flush=True,
            )
            store.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
