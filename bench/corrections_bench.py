"""What one correction costs, beside what reading the store costs (issue 13).

``correction_ms``: ``set_correction`` in this process on a copy of the
benchmark store, durable when it returns (the corrections file fsynced and
renamed into place, its folder fsynced), alternating two values so that every
call writes, after one untimed call (``correction_first_ms``, which also pays
for importing TinyDB). ``corrections_set_s``: the installed ``mali-tui corrections set``
command, start to exit, beside ``mali-tui export --country ML`` (a command that
reads the store once), interleaved, medians of ``repeat``.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import time
from pathlib import Path

from bench.launch import mali_tui_command


def measure_corrections(store: Path, work: Path, repeat: int) -> dict[str, float | None]:
    from store.storage.correction_writes import set_correction
    from store.storage.db import EventStore

    copy = work / "corrections-bench.json"
    shutil.copy(store, copy)
    events = EventStore(copy).load(texts=False).events
    target = events[len(events) // 2]["id"]
    store_bytes = copy.read_bytes()
    in_process: list[float] = []
    command: list[float] = []
    export: list[float] = []
    cli = mali_tui_command()
    start = time.perf_counter()
    set_correction(EventStore(copy), target, type="other")  # untimed: this process's first pays imports
    first_ms = (time.perf_counter() - start) * 1000
    for run in range(repeat):
        kind = "attack" if run % 2 else "statement"
        start = time.perf_counter()
        set_correction(EventStore(copy), target, type=kind)
        in_process.append((time.perf_counter() - start) * 1000)

        start = time.perf_counter()
        done = subprocess.run(
            [cli, "--db", str(copy), "corrections", "set", target, "--type", "coup" if run % 2 else "other"],
            capture_output=True,
            check=False,
        )
        command.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise RuntimeError(f"corrections set failed: {done.stderr.decode(errors='replace').strip()}")

        start = time.perf_counter()
        subprocess.run(
            [cli, "--db", str(copy), "export", "--country", "ML"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
        )
        export.append(time.perf_counter() - start)
    if copy.read_bytes() != store_bytes:
        raise RuntimeError("a correction rewrote the store")
    set_s, export_s = statistics.median(command), statistics.median(export)
    return {
        "correction_ms": round(statistics.median(in_process), 2),
        "correction_first_ms": round(first_ms, 2),
        "corrections_set_s": round(set_s, 3),
        "export_country_s": round(export_s, 3),
        "corrections_set_ratio": round(set_s / export_s, 2) if export_s else None,
    }
