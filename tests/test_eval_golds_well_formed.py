"""The evaluation golds are well formed: every field the scripts read is there, and every sentence they name
is found once in its report.

Only the gold files and report texts are read (nothing is ingested or scored), so this test can run on
held-out parts without showing how the rules fare on them. A gold substring that is missing or occurs twice
would make `bench/clusters.py` or `bench/quality.py` silently score another sentence than the one meant.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CLUSTER_PARTS = sorted(p for p in (ROOT / "bench" / "cluster_corpus").iterdir() if (p / "gold.json").exists())
QUALITY_PARTS = sorted(p for p in (ROOT / "bench" / "quality_corpus").iterdir() if (p / "gold.json").exists())
REPORT_SUFFIXES = (".txt", ".html", ".htm")
PRECISION_OF_LENGTH = {10: "day", 7: "month", 4: "year"}
ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _valid_iso_prefix(value: object) -> bool:
    """A year, year-month or full date as the golds write them, naming a real calendar day or month."""
    if not isinstance(value, str) or not ISO_PREFIX.match(value):
        return False
    parts = [*map(int, value.split("-")), 1, 1][:3]
    try:
        dt.date(*parts)
    except ValueError:
        return False
    return True


def _report_text(folder: Path, name: str) -> str:
    path = folder / name
    assert path.suffix in REPORT_SUFFIXES, f"{folder.name}/{name}: not a report file the scripts ingest"
    assert path.is_file(), f"{folder.name}/{name}: named by the gold but missing"
    return path.read_text(encoding="utf-8")


def _assert_once(folder: Path, name: str, text: str, needle: str) -> None:
    count = text.count(needle)
    assert count == 1, f"{folder.name}/{name}: {needle!r} occurs {count} times"


@pytest.mark.parametrize("folder", CLUSTER_PARTS, ids=lambda p: p.name)
def test_cluster_gold_names_each_sentence_once_with_an_occurrence(folder: Path) -> None:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    assert isinstance(gold.get("about"), str) and gold["about"].strip()
    assert isinstance(gold.get("reports"), list) and gold["reports"]
    for entry in gold["reports"]:
        assert {"doc", "text", "occurrence"} <= entry.keys(), f"{folder.name}: {entry}"
        assert isinstance(entry["occurrence"], str) and entry["occurrence"]
        if "date" in entry:
            assert _valid_iso_prefix(entry["date"]), f"{folder.name}: bad date in {entry}"
        _assert_once(folder, entry["doc"], _report_text(folder, entry["doc"]), entry["text"])


@pytest.mark.parametrize("folder", QUALITY_PARTS, ids=lambda p: p.name)
def test_quality_gold_rows_have_a_date_at_its_precision_or_are_traps(folder: Path) -> None:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    assert isinstance(gold, dict) and gold
    for name, rows in gold.items():
        text = _report_text(folder, name)
        assert isinstance(rows, list) and rows, f"{folder.name}/{name}: no rows"
        for row in rows:
            assert isinstance(row.get("match"), str) and row["match"], f"{folder.name}/{name}: {row}"
            _assert_once(folder, name, text, row["match"])
            if row.get("trap"):
                assert isinstance(row.get("not_date"), str) and row["not_date"].isdigit(), row
                continue
            assert _valid_iso_prefix(row.get("date")), f"{folder.name}/{name}: bad date in {row}"
            assert row.get("precision") == PRECISION_OF_LENGTH[len(row["date"])], row
            assert isinstance(row.get("inferred_ok"), bool), row
            if "target" in row:
                assert _valid_iso_prefix(row["target"]), f"{folder.name}/{name}: bad target in {row}"


@pytest.mark.parametrize("folder", CLUSTER_PARTS + QUALITY_PARTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_meta_sidecars_give_a_publication_date(folder: Path) -> None:
    for sidecar in sorted(folder.glob("*.meta.json")):
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        assert _valid_iso_prefix(meta.get("published")), f"{folder.name}/{sidecar.name}: {meta}"
        report = sidecar.name.removesuffix(".meta.json")
        assert any((folder / f"{report}{s}").is_file() for s in REPORT_SUFFIXES), f"{sidecar.name}: no report"
