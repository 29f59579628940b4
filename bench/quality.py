"""Date quality on a corpus of short reports written for it (bench/quality_corpus/).

    .venv/bin/python bench/quality.py                 # dev and test tables, the naive baseline beside them
    .venv/bin/python bench/quality.py --part dev --errors   # every dev miss, to study (never the test part)
    .venv/bin/python bench/quality.py --part test2    # held out: written before the dates3 rule changes
    .venv/bin/python bench/quality.py --part test3    # held out: written before the dates4 rule changes
    .venv/bin/python bench/quality.py --part test4    # held out: written before the dates5 rule changes
    .venv/bin/python bench/quality.py --part test5    # held out: written before the dates6 rule changes
    .venv/bin/python bench/quality.py --part test6    # held out: written before the dates7 rule changes
    .venv/bin/python bench/quality.py --part test7    # held out: written before the dates8 rule changes
    .venv/bin/python bench/quality.py --part test8    # held out: written before the dates9 changes
    .venv/bin/python bench/quality.py --part test9    # held out: written before the dates10 changes
    .venv/bin/python bench/quality.py --part test10   # held out: written before the dates11 changes
    .venv/bin/python bench/quality.py --part test11   # held out: written before the dates13 changes
    .venv/bin/python bench/quality.py --part test12   # held out: written before the dates13 changes

``all`` scores dev and test; ``test2`` (written after the test part had been studied) and ``test3`` (written
after test2 had been studied) are scored only when named, so that each has one run on reports never seen
while the rules changed.

Each part folder holds reports (``.txt``, some with a ``.meta.json`` sidecar) and ``gold.json``: per report
the events that matter, each with a distinctive substring of its sentence (``match``), the gold ``date``
and ``precision``, an optional ``target`` (a plan or deadline the sentence announces) and whether inferring
the date is legitimate (``inferred_ok``: an undated list); ``trap`` rows name a sentence whose event, if
any, must not carry the date ``not_date`` ("about 1,500 years ago" is not 1505).

The reports are ingested into a temporary store like any user's files, and scored per language:

- recall: gold events with an extracted event on their sentence;
- exact: of those, the share with the gold date at the gold precision (and the gold target, if any);
- wrong/100: per 100 gold events, dates that are wrong and not marked inferred (plus traps fallen into);
- inf!/100: per 100 gold events, dates marked inferred where nothing needed inferring.

The naive baseline runs ``dateparser.search.search_dates`` on the gold sentence with the publication date
as its base and takes the first date found, compared at the gold precision.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from store.ingest import ingest_paths  # noqa: E402
from store.storage.db import EventStore  # noqa: E402

CORPUS = ROOT / "quality_corpus"
TODAY = dt.date(2025, 6, 30)  # inferred years are bounded by "today": fixed, so figures are repeatable
LANGUAGES = ("en", "fr", "vi", "de", "es")


def _gold(part: str) -> dict[str, list[dict[str, Any]]]:
    return json.loads((CORPUS / part / "gold.json").read_text(encoding="utf-8"))


def _ingest(part: str) -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]], list[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        store = EventStore(Path(tmp) / "quality.json")
        folder = CORPUS / part
        files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html", ".htm"))
        summary = ingest_paths(store, files, today=TODAY)
        snap = store.load()
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in snap.events:
        by_doc[e["doc"]].append(e)
    return snap.documents, by_doc, [*summary.failed, *summary.warnings]


def _matches(gold: dict[str, Any], event: dict[str, Any]) -> bool:
    if event.get("date") != gold["date"] or event.get("date_precision") != gold["precision"]:
        return False
    return "target" not in gold or event.get("target_date") == gold["target"]


def _score_doc(row: dict[str, Any], events: list[dict[str, Any]]) -> tuple[str, dict[str, Any] | None]:
    """``found``/``exact``/``wrong``/``inferred_wrong``/``missed``/``trap_ok``/``trap_hit`` and the event."""
    on_sentence = [e for e in events if row["match"] in e["sentence"]]
    if row.get("trap"):
        bad = [e for e in on_sentence if (e.get("date") or "").startswith(row["not_date"])]
        hit = [e for e in bad if not e.get("date_inferred")]
        return ("trap_hit", hit[0]) if hit else ("trap_ok", None)
    if not on_sentence:
        return "missed", None
    exact = [e for e in on_sentence if _matches(row, e)]
    if exact:
        e = exact[0]
        if e.get("date_inferred") and not row["inferred_ok"]:
            return "inferred_needless", e
        return "exact", e
    dated = [e for e in on_sentence if e.get("date")]
    if not dated:
        return "undated", on_sentence[0]
    e = dated[0]
    return ("wrong_inferred" if e.get("date_inferred") else "wrong", e)


def _naive(sentence: str, language: str, published: str | None) -> str | None:
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if published:
        parts = [*map(int, published.split("-")), 1, 1][:3]
        settings["RELATIVE_BASE"] = dt.datetime(*parts)
    try:
        hits = search_dates(sentence, languages=[language], settings=settings) or []
    except Exception:  # the baseline's own failures are its misses
        return None
    return hits[0][1].date().isoformat() if hits else None


def _sentence_of(text: str, match: str) -> str:
    at = text.find(match)
    if at < 0:
        return match
    starts = [m.end() for m in re.finditer(r"[.!?]\s+|\n", text[:at])]
    lo = starts[-1] if starts else 0
    end = re.search(r"[.!?](?:\s|$)|\n", text[at + len(match) :])
    hi = at + len(match) + (end.end() if end else len(text))
    return text[lo:hi].strip()


def evaluate(part: str, *, naive: bool, errors: bool) -> list[dict[str, Any]]:
    documents, by_doc, problems = _ingest(part)
    gold = _gold(part)
    tallies: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for name, rows in sorted(gold.items()):
        doc = documents.get(name, {})
        lang = name.split("_")[0]
        text = (CORPUS / part / name).read_text(encoding="utf-8")
        for row in rows:
            outcome, event = _score_doc(row, by_doc.get(name, []))
            t = tallies[lang]
            if outcome.startswith("trap"):
                t["trap_hit"] += outcome == "trap_hit"
            else:
                t["gold"] += 1
                t["found"] += outcome != "missed"
                t["exact"] += outcome in ("exact", "inferred_needless")
                t["wrong"] += outcome == "wrong"
                t["inferred_needless"] += outcome == "inferred_needless" or (
                    outcome == "wrong_inferred" and not row["inferred_ok"]
                )
                if naive:
                    got = _naive(_sentence_of(text, row["match"]), lang, doc.get("published"))
                    t["naive_found"] += got is not None
                    t["naive_exact"] += got is not None and got[: len(row["date"])] == row["date"]
            if errors and outcome not in ("exact", "trap_ok"):
                shown = (
                    {
                        k: event.get(k)
                        for k in ("date", "date_precision", "target_date", "date_inferred", "date_reason")
                    }
                    if event
                    else None
                )
                want = row.get("date") or row.get("not_date")
                want += f" target {row['target']}" if row.get("target") else ""
                print(f"  {part}/{name} [{outcome}] {row['match']!r}: gold {want}; got {shown}")
    if errors:
        for p in problems:
            print(f"  ingest: {p}")
    table = []
    for lang in (*LANGUAGES, "all"):
        if lang == "all":
            t: dict[str, float] = defaultdict(float)
            for v in tallies.values():
                for k, n in v.items():
                    t[k] += n
        else:
            t = tallies.get(lang, defaultdict(float))
        n = t["gold"] or 1
        found = t["found"] or 1
        table.append(
            {
                "part": part,
                "language": lang,
                "events": int(t["gold"]),
                "recall": round(t["found"] / n, 3),
                "exact": round(t["exact"] / found, 3),
                "wrong_per_100": round(100 * (t["wrong"] + t["trap_hit"]) / n, 1),
                "inferred_needless_per_100": round(100 * t["inferred_needless"] / n, 1),
                **(
                    {
                        "naive_recall": round(t["naive_found"] / n, 3),
                        "naive_exact": round(t["naive_exact"] / n, 3),
                    }
                    if naive
                    else {}
                ),
            }
        )
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parts = ("dev", "test", *(f"test{n}" for n in range(2, 13)), "all")
    parser.add_argument("--part", choices=parts, default="all")
    parser.add_argument("--no-naive", action="store_true", help="skip the dateparser baseline")
    parser.add_argument("--errors", action="store_true", help="print every miss (use on dev only)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    parts = ("dev", "test") if args.part == "all" else (args.part,)
    rows = [r for p in parts for r in evaluate(p, naive=not args.no_naive, errors=args.errors)]
    if args.json:
        print(json.dumps(rows))
        return 0
    head = f"{'part':5} {'lang':4} {'events':>6} {'recall':>6} {'exact':>6} {'wrong/100':>9} {'inf!/100':>8}"
    print(head + ("  naive: recall  exact" if not args.no_naive else ""))
    for r in rows:
        line = (
            f"{r['part']:5} {r['language']:4} {r['events']:6d} {r['recall']:6.3f} {r['exact']:6.3f} "
            f"{r['wrong_per_100']:9.1f} {r['inferred_needless_per_100']:8.1f}"
        )
        if "naive_recall" in r:
            line += f"         {r['naive_recall']:6.3f} {r['naive_exact']:6.3f}"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
