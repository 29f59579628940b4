"""Ingest time of single-line documents: does each step grow linearly with the document's size?

    python bench/long_lines.py [--sizes 10000,100000,1000000] [--repeat R] [--json]

Each document is one line (no newline at all) of English report sentences from
``bench.corpus``, cut at a sentence end to the size asked for. Each is read,
described and extracted with ``store.ingest.build_document`` (what ``ingest`` does
per file, without the store write), after one warm-up. A linear pipeline takes
about 10x longer per 10x size; the ratio column says how far from that it is.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(ROOT))

DEFAULT_SIZES = (10_000, 100_000, 1_000_000)


def single_line(size: int, seed: int = 7) -> str:
    """About ``size`` characters of report sentences on one line, ending at a sentence end."""
    from bench.corpus import synthetic_documents

    parts: list[str] = []
    total = 0
    for doc in synthetic_documents(seed):
        if doc.language != "en":
            continue
        for line in doc.text.splitlines():
            line = line.strip()
            if len(line.split()) >= 12 and line.endswith("."):
                parts.append(line)
                total += len(line) + 1
        if total > size:
            break
    text = " ".join(parts)[:size]
    return text[: text.rindex(". ") + 1]


def measure(sizes: Sequence[int], repeat: int) -> list[dict[str, float | int]]:
    from store.ingest import build_document

    rows: list[dict[str, float | int]] = []
    with tempfile.TemporaryDirectory(prefix="mali-long-lines-") as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_text(single_line(5_000), encoding="utf-8")
        build_document(warm)
        for size in sizes:
            path = Path(tmp) / f"line_{size}.txt"
            path.write_text(single_line(size), encoding="utf-8")
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                built = build_document(path)
                times.append(time.perf_counter() - start)
            seconds = statistics.median(times)
            previous = rows[-1] if rows else None
            rows.append(
                {
                    "chars": len(built.document["text"]),
                    "sentences": built.sentences,
                    "events": len(built.events),
                    "seconds": round(seconds, 3),
                    "ratio": round(seconds / float(previous["seconds"]), 1) if previous else 0.0,
                    "size_ratio": round(size / int(previous["chars"]), 1) if previous else 0.0,
                }
            )
            print(f"  {size:>9,} chars: {seconds:.3f} s", file=sys.stderr)
    return rows


def table(rows: list[dict[str, float | int]]) -> str:
    lines = [f"{'chars':>10}  {'sentences':>9}  {'events':>6}  {'seconds':>8}  {'x previous':>10}"]
    for row in rows:
        ratio = f"{row['ratio']:.1f}x" if row["ratio"] else "-"
        lines.append(
            f"{row['chars']:>10,}  {row['sentences']:>9,}  {row['events']:>6,}  {row['seconds']:>8.3f}  "
            f"{ratio:>10}"
        )
    lines.append("linear: about 10x per 10x size")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/long_lines.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="comma-separated sizes")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size, median kept (default 3)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    rows = measure(sizes, max(1, args.repeat))
    print(json.dumps({"long_lines": rows}) if args.json else table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
