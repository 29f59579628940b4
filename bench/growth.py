"""How the figures grow with the store: ``bench/run.py --events 10000,100000,300000``.

Every size but the last gets the figures that show the slope, each the same
way as in the full run: ``store_open_s`` (``EventStore.load(texts=False)``),
the launch in a pty beside the bare app (``bench.launch``), the filter
keystrokes and peak memory of an in-process probe, and ``ingest_one_s``: one
new report ingested into a copy of the store (each ingest rewrites the store
whole, so this is what adding anything costs at that size). The last size is
the full run, and its row is taken from it.
"""

from __future__ import annotations

import shutil
import statistics
from pathlib import Path
from typing import Any

GROWTH_FIELDS = (
    "events",
    "store_mb",
    "store_open_s",
    "launch_rows_s",
    "launch_bare_s",
    "filter_ms_median",
    "filter_ms_p95",
    "rss_mb",
    "ingest_one_s",
)


def parse_sizes(text: str) -> list[int]:
    """``"10000,100000"`` -> ``[10000, 100000]`` (ascending, as given)."""
    sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    if not sizes or min(sizes) < 1:
        raise ValueError("--events takes one or more positive counts, e.g. 10000,100000")
    return sizes


INGEST_ONE_TIMEOUT_S = 240.0
_INGEST_ONE = """
import sys, time
from pathlib import Path
from store.ingest import ingest_paths
from store.storage.db import EventStore
start = time.perf_counter()
ingest_paths(EventStore(sys.argv[1]), [Path(sys.argv[2])])
print(time.perf_counter() - start)
"""


def ingest_one_s(store: Path, work: Path, timeout: float = INGEST_ONE_TIMEOUT_S) -> float | None:
    """One seed report ingested into a copy of ``store``: the whole store read and rewritten.

    In a process of its own, timed inside it (imports excluded), and given up
    after ``timeout`` seconds (``None``, with a note): at some sizes it takes far longer.
    """
    import subprocess
    import sys

    from bench.run import note
    from store.storage.paths import seeds_dir

    copy = work / f"growth-ingest-{store.stem}.json"
    shutil.copy(store, copy)
    seed = sorted(seeds_dir().glob("*.txt"))[0]
    try:
        done = subprocess.run(
            [sys.executable, "-c", _INGEST_ONE, str(copy), str(seed)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
        took: float | None = round(float(done.stdout.strip().splitlines()[-1]), 3)
    except subprocess.TimeoutExpired:
        note(f"growth: ingesting one report into {store.name} took over {timeout:g} s; given up")
        took = None
    except (subprocess.CalledProcessError, ValueError, IndexError) as exc:
        note(f"growth: ingesting one report into {store.name} failed ({exc})")
        took = None
    copy.unlink()
    return took


def measure_size(events: int, seed: int, work: Path, repeat: int) -> dict[str, Any]:
    """The growth row for a store of ``events`` events, built in ``work``."""
    from bench.corpus import make_store
    from bench.launch import measure_launch
    from bench.run import measure_store, measure_ui, note, percentile

    store = work / f"growth-{events}.json"
    make_store(store, events, seed)
    row: dict[str, Any] = dict.fromkeys(GROWTH_FIELDS)
    row["events"], row["store_mb"] = events, round(store.stat().st_size / 1e6, 1)
    row["store_open_s"] = round(statistics.median(measure_store(store, repeat)["open"]), 4)
    measure_launch(store, 1, cwd=work)  # untimed, as in the full run
    launch = measure_launch(store, repeat, cwd=work)
    row["launch_rows_s"] = None if launch.rows_s is None else round(launch.rows_s, 3)
    row["launch_bare_s"] = None if launch.bare_s is None else round(launch.bare_s, 3)
    ui = measure_ui(store, min(repeat, 2))
    keys = ui.typed_ms + ui.erased_ms
    if keys:
        row["filter_ms_median"] = round(statistics.median(keys), 1)
        row["filter_ms_p95"] = round(percentile(keys, 95) or 0, 1)
    row["rss_mb"] = round(max(ui.rss_mb), 1) if ui.rss_mb else None
    row["ingest_one_s"] = ingest_one_s(store, work)
    for error in dict.fromkeys([*ui.errors, *launch.errors]):
        note(f"growth at {events}: {error}")
    store.unlink()
    return row


def row_from_result(result: dict[str, Any], store_mb: float, ingest_s: float | None) -> dict[str, Any]:
    """The full run's row."""
    row = {key: result.get(key) for key in GROWTH_FIELDS}
    row["store_mb"], row["ingest_one_s"] = store_mb, ingest_s
    return row


def growth_table(rows: list[dict[str, Any]]) -> str:
    header = list(GROWTH_FIELDS)
    cells = [header, *[["null" if r[k] is None else str(r[k]) for k in header] for r in rows]]
    widths = [max(len(line[i]) for line in cells) for i in range(len(header))]
    lines = ["  ".join(c.rjust(w) for c, w in zip(line, widths, strict=True)) for line in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
