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


def test_two_deadlines_naming_one_camp_are_one_plan(tmp_path: Path) -> None:
    en = ("2024-03-09", "The contingent must leave the Ansongo camp before 30 April.\n")
    fr = ("2024-03-09", "Le contingent doit quitter le camp d'Ansongo avant le 30 avril.\n")
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", {"en.txt": en, "fr.txt": fr}))
    assert event_of(events, "must leave")["cluster"] == event_of(events, "doit quitter")["cluster"]


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


def test_two_untyped_reports_of_one_day_naming_a_diplomat_of_one_country_link(tmp_path: Path) -> None:
    en = (
        "2023-07-27",
        "Niger's junta on Wednesday summoned the Belgian ambassador over his remarks.\n",
    )  # (an expulsion has a type of its own: tests/test_acts_linked_and_shown.py)
    fr = ("2023-07-27", "La junte nigérienne a convoqué mercredi l'ambassadeur de Belgique.\n")
    other = ("2023-07-27", "Belgium on Wednesday suspended its aid budget for Niger.\n")
    events = ingest(
        tmp_path / "events.json",
        write_reports(tmp_path / "docs", {"en.txt": en, "fr.txt": fr, "aid.txt": other}),
    )
    a, b, aid = event_of(events, "summoned"), event_of(events, "convoqué"), event_of(events, "aid budget")
    assert a["date"] == b["date"] == aid["date"] == "2023-07-26"
    assert a["cluster"] == b["cluster"]
    assert "diplomat" in str(b.get("cluster_link") or a.get("cluster_link"))
    assert aid["cluster"] != a["cluster"]  # the same country the same day, no diplomat: another act
