"""The benchmark runs end to end and reports every figure issue 4 asks for.

Only that it runs: timings belong to ``bench/run.py``, never to assertions here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.corpus import make_documents, store_items
from bench.run import KEYS

ROOT = Path(__file__).resolve().parent.parent


def test_tiny_benchmark_run_prints_one_json_object_with_every_key() -> None:
    done = subprocess.run(
        [sys.executable, "bench/run.py", "--events", "300", "--docs", "4", "--repeat", "1", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1, done.stdout
    result = json.loads(lines[0])
    assert tuple(result) == KEYS
    assert result["events"] == 300
    assert result["docs"] == 4
    (growth,) = result["growth"]  # one size: one row, the full run's
    assert growth["events"] == 300 and growth["store_open_s"] == result["store_open_s"]
    measured = {k: v for k, v in result.items() if k not in ("events", "docs", "growth")}
    assert all(v is None or (isinstance(v, (int, float)) and v >= 0) for v in measured.values()), result
    ingest_and_store = ("ingest_sentences_per_s", "naive_sentences_per_s", "store_open_s", "orjson_floor_s")
    assert all(result[k] is not None for k in ingest_and_store), result


def test_same_seed_gives_the_same_documents_and_another_seed_different_ones() -> None:
    assert make_documents(6, seed=11) == make_documents(6, seed=11)
    assert make_documents(6, seed=11) != make_documents(6, seed=12)


def test_corpus_speaks_english_french_and_vietnamese_with_boilerplate() -> None:
    docs = make_documents(40, seed=3)
    languages = {name.rsplit("_", 1)[1].removesuffix(".txt") for name, _ in docs}
    assert languages == {"en", "fr", "vi"}
    text = "\n".join(body for _, body in docs)
    for marker in ("(Reuters) -", "Ngày ", " août ", "Most Read", "cookies", "©"):
        assert marker in text, marker


def test_planted_store_has_exactly_n_events_quoting_their_document_at_the_offsets() -> None:
    items = list(store_items(250, seed=5))
    events = [e for _, evs in items for e in evs]
    assert len(events) == 250
    texts = {doc["name"]: doc["text"] for doc, _ in items}
    assert all(texts[e["doc"]][e["start"] : e["end"]] == e["sentence"] for e in events)
    assert len({e["id"] for e in events}) == 250
    assert {e["language"] for e in events} == {"en", "fr", "vi"}
