"""Pairwise precision and recall of occurrence linking on ``bench/cluster_corpus`` (issue 10).

    python bench/clusters.py [--part dev|test|holdout|...|holdout23|seen|all] [--errors]

Each part (dev, test, holdout, holdout2, ..., holdout23) is ingested alone into a
temporary store. Every pair of
extracted events counts: a pair is *gold-same* when the gold names both events
with one occurrence (an event the gold does not name is its own occurrence), and
*linked* when both events carry the same ``cluster``. Precision = linked and
gold-same / linked; recall = linked and gold-same / gold-same. ``--errors`` lists
the wrong pairs (use it on the seen parts: the newest held-out part is for measuring once;
holdout was written after test had been looked at, before the rules it measures were last changed;
holdout2 was written after holdout had been looked at, before the rules were changed for its errors;
holdout3 was written after holdout2 had been looked at, before the rules were changed for its errors;
holdout4 was written after holdout3 had been looked at, before the rules were changed in the round that
followed; holdout5 was written after holdout4 had been looked at, before the rules were changed in the round
that followed; holdout6 was written after holdout5 had been looked at, before the rules were changed in the
round that followed; holdout7 likewise after holdout6, holdout8 after holdout7, holdout9 after holdout8;
holdout10 and holdout11 were written this round by engineers who change no rule, before the rounds that
studied holdout9 and holdout10; holdout12 and holdout13 likewise, at the start of the session after;
holdout14 to holdout17 in the session after that, holdout18 to holdout20 in the one after, holdout21 to
holdout23 in the one after that).
``--part seen`` scores every part but those not yet studied (``UNSEEN``), to study errors unseen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "bench" / "cluster_corpus"
PARTS = (
    "dev",
    "test",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
)
UNSEEN = ("holdout21", "holdout22", "holdout23")  # written this session, kept for its final run
TODAY = dt.date(2025, 6, 1)  # a fixed "today": undated lists infer their years against it


@dataclass(slots=True)
class Score:
    part: str
    events: int = 0
    named: int = 0
    unmatched: list[str] = field(default_factory=list)  # gold reports no extracted event carries
    true_pos: int = 0
    linked: int = 0
    gold_pairs: int = 0
    wrong: list[tuple[str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    dated: tuple[int, int] = (0, 0)  # gold entries with an event at the gold's date, entries giving a date

    @property
    def precision(self) -> float:
        return self.true_pos / self.linked if self.linked else 1.0

    @property
    def recall(self) -> float:
        return self.true_pos / self.gold_pairs if self.gold_pairs else 1.0

    def line(self) -> str:
        return (
            f"{self.part}: pairwise precision {self.precision:.3f} ({self.true_pos}/{self.linked}), "
            f"recall {self.recall:.3f} ({self.true_pos}/{self.gold_pairs}); {self.events} events, "
            f"{self.named} named by the gold, {len(self.unmatched)} gold reports with no event"
            + (f"; at the gold's date {self.dated[0]}/{self.dated[1]}" if self.dated[1] else "")
        )


def gold_labels(
    events: list[dict[str, Any]], gold: dict[str, Any], strict_dates: bool = False
) -> tuple[dict[str, str], list[str], tuple[int, int]]:
    """Event id -> gold occurrence, the gold entries that match no extracted event, and (entries whose
    sentence has an event at the gold's date, entries that give a date).

    A gold ``date`` picks which of a sentence's events is meant (an act and the plan it announces); when
    none of them carries that date, the sentence's events are still the ones its report tells, so they
    keep the label: a date error is counted apart (the second figure), not as a link error. With
    ``strict_dates`` (the scoring of sessions up to 9) an event off the gold's date is unnamed instead."""
    labels: dict[str, str] = {}
    unmatched: list[str] = []
    dated = given = 0
    undated_hits: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    told_by: dict[str, str] = {}  # event id -> the text of the entry that named it by its own date words
    for entry in gold["reports"]:
        told = [e for e in events if e["doc"] == entry["doc"] and entry["text"] in e["sentence"]]
        date = entry.get("date")
        hits = [e for e in told if _dated(e, date, strict_dates)]
        if date and told:
            given += 1
            dated += bool(hits)
        if not hits and told and not strict_dates:
            undated_hits.append((entry, told))
        elif not hits:
            unmatched.append(f"{entry['doc']}: {entry['text']}")
        for e in hits:
            # "Britain on the 14th, Côte d'Ivoire on the 15th": entries of one sentence each name the event
            # whose date words they hold; an entry that does not hold them does not take it from one that does
            own = _holds_date_text(entry["text"], e)
            if own or e["id"] not in told_by:
                labels[e["id"]] = entry["occurrence"]
            if own:
                told_by[e["id"]] = entry["text"]
    # Off the gold's date: label the sentence's events another entry has not picked by its date.
    chosen = set(labels)
    for entry, told in undated_hits:
        for e in told:
            if e["id"] not in chosen:
                labels[e["id"]] = entry["occurrence"]
    return labels, unmatched, (dated, given)


def _holds_date_text(text: str, event: dict[str, Any]) -> bool:
    """Whether a gold entry's ``text`` holds the words ``event`` is dated by ("on the 14th")."""
    words = event.get("date_text")
    return bool(words) and words in text


def _dated(event: dict[str, Any], date: str | None, strict: bool = False) -> bool:
    """Whether ``event`` is the one a gold entry's ``date`` picks: the same date at the coarser of the two
    precisions ("2023-08" is in "2023-08-13"), month and day for an inferred year. ``strict``: the
    event's date must start with the gold's (a month-dated event is off a gold day)."""
    if not date:
        return True
    got = event.get("date") or ""
    if event.get("date_inferred") and len(date) == 10:
        return got[4:] == date[4:]
    if strict:
        return got.startswith(date)
    return bool(got) and (got.startswith(date) or date.startswith(got))


def score(events: list[dict[str, Any]], gold: dict[str, Any], part: str, strict_dates: bool = False) -> Score:
    labels, unmatched, dated = gold_labels(events, gold, strict_dates)
    result = Score(part, events=len(events), named=len(labels), unmatched=unmatched, dated=dated)
    for a, b in combinations(sorted(events, key=lambda e: e["id"]), 2):
        same_gold = a["id"] in labels and labels.get(a["id"]) == labels.get(b["id"])
        linked = a.get("cluster") == b.get("cluster")
        result.gold_pairs += same_gold
        result.linked += linked
        result.true_pos += same_gold and linked
        if same_gold != linked:
            result.wrong.append(("false link" if linked else "missed link", a, b))
    return result


def evaluate(
    part: str, today: dt.date = TODAY, strict_dates: bool = False
) -> tuple[Score, list[dict[str, Any]]]:
    from store.ingest import ingest_paths
    from store.storage.db import EventStore

    folder = CORPUS / part
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        store = EventStore(Path(tmp) / "events.json")
        ingest_paths(store, [folder], today=today)
        events = store.load().events
    return score(events, gold, part, strict_dates), events


def _show(e: dict[str, Any]) -> str:
    inferred = "~" if e.get("date_inferred") else ""
    return f"{e['doc'][:24]:24} {e.get('date')}{inferred} {e['type']} {e['countries']} {e['places']}"


def why_missed(a: dict[str, Any], b: dict[str, Any], events: list[dict[str, Any]]) -> str:
    """Why a gold pair is not linked: what ``judge`` refuses it for (an event with no date: "undated"), or
    "clustering" when the pair itself is compatible (a third report keeps them apart, or one fits two
    towns)."""
    from store.linking.candidates import CandidateIndex
    from store.linking.common_countries import common_countries
    from store.linking.compatibility import Evidence, judge, profile

    if not a.get("date") or not b.get("date"):
        return "undated"
    sentence_events = Counter((e["doc"], e["start"]) for e in events)
    pa, pb = (profile(e, sentence_events[(e["doc"], e["start"])]) for e in (a, b))
    common = common_countries(events)
    index = CandidateIndex(common)  # the store's acts of each day (``sole_act_of_day``)
    for e in events:
        index.add(e)
    found = judge(pa, pb, common, index.day_acts)
    return "clustering" if isinstance(found, Evidence) else found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=(*PARTS, "seen", "all"), default="all")
    parser.add_argument("--errors", action="store_true", help="list the wrong pairs")
    parser.add_argument(
        "--strict-dates",
        action="store_true",
        help="an event off its gold entry's date counts as unnamed (the scoring up to session 9)",
    )
    args = parser.parse_args(argv)
    parts = {"all": PARTS, "seen": tuple(p for p in PARTS if p not in UNSEEN)}.get(args.part, (args.part,))
    for part in parts:
        result, events = evaluate(part, strict_dates=args.strict_dates)
        print(result.line())
        if args.errors:
            for gone in result.unmatched:
                print(f"  no event: {gone}")
            causes: Counter[str] = Counter()
            for kind, a, b in result.wrong:
                why = f" ({why_missed(a, b, events)})" if kind == "missed link" else ""
                causes[why.strip(" ()") or kind] += 1
                print(f"  {kind}{why}:\n    {_show(a)}\n    {_show(b)}")
            if causes:
                print("  by cause: " + ", ".join(f"{k} {n}" for k, n in sorted(causes.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
