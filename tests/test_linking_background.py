"""Background clauses and undated sentences: what a report's own day says, and what it does not."""

from __future__ import annotations

from pathlib import Path

from tests.linking_helpers import event_of, ingest, write_reports


def test_two_deadlines_told_in_passing_the_same_day_are_not_one_announcement(tmp_path: Path) -> None:
    en = (
        "2024-03-09",
        "Peacekeepers handed over the Ansongo camp to the army on Friday.\n\n"
        "The contingent must leave Niger before 30 April.\n",
    )
    fr = (
        "2024-03-09",
        "Les casques bleus ont remis vendredi le camp de Diffa aux autorités.\n\n"
        "Le contingent doit quitter le Niger avant le 30 avril.\n",
    )
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", {"en.txt": en, "fr.txt": fr}))
    plan_en, plan_fr = event_of(events, "must leave Niger"), event_of(events, "doit quitter")
    assert plan_en["date"] == plan_fr["date"] == "2024-03-09"  # each dated by the day it was written
    assert plan_en["cluster"] != plan_fr["cluster"]


def test_an_announcement_told_of_its_day_still_links_with_one_dated_by_its_report(tmp_path: Path) -> None:
    told = (
        "2024-03-09",
        "Sweden announced on Saturday it will withdraw its soldiers from Niger by 30 April.\n",
    )
    plan = ("2024-03-09", "Sweden will withdraw its soldiers from Niger before 30 April.\n")
    events = ingest(
        tmp_path / "events.json", write_reports(tmp_path / "docs", {"told.txt": told, "plan.txt": plan})
    )
    a = event_of(events, "announced on Saturday")
    b = event_of(events, "will withdraw its soldiers from Niger before")
    assert a["date"] == b["date"]
    assert a["cluster"] == b["cluster"]
