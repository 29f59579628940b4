"""Stages of one withdrawal told of one day are one occurrence; days apart, or elsewhere, they are not."""

from __future__ import annotations

from pathlib import Path

from tests.linking_helpers import event_of, ingest, write_reports

ANNOUNCED = (
    "2022-11-14",
    "Britain will withdraw its troops from Mali earlier than planned, the minister announced on Monday.\n",
)
COMPLETED = (
    "2022-11-15",
    "Les derniers soldats britanniques ont quitté le Mali lundi 14 novembre, a annoncé Londres.\n",
)
LATER = (
    "2022-12-20",
    "The last British troops left Mali on Tuesday, the Ministry of Defence said.\n",
)


def test_an_announcement_and_a_completion_told_of_one_day_are_one_occurrence(tmp_path: Path) -> None:
    events = ingest(
        tmp_path / "events.json",
        write_reports(tmp_path / "docs", {"en.txt": ANNOUNCED, "fr.txt": COMPLETED, "later.txt": LATER}),
    )
    announced, completed = event_of(events, "earlier than planned"), event_of(events, "derniers soldats")
    later = event_of(events, "Ministry of Defence")
    assert announced["date"] == completed["date"] == "2022-11-14"
    assert {announced["type"], completed["type"]} == {"withdrawal_announced", "withdrawal_completed"}
    assert announced["cluster"] == completed["cluster"]
    assert later["cluster"] != announced["cluster"]  # the completion five weeks later


def test_stages_of_one_day_in_two_camps_stay_two_occurrences(tmp_path: Path) -> None:
    kidal = ("2023-10-31", "UN peacekeepers completed their withdrawal from the Kidal camp on Tuesday.\n")
    gao = ("2023-10-31", "La Minusma a annoncé mardi 31 octobre son retrait prochain du camp de Gao.\n")
    events = ingest(
        tmp_path / "events.json", write_reports(tmp_path / "docs", {"k.txt": kidal, "g.txt": gao})
    )
    assert event_of(events, "Kidal")["cluster"] != event_of(events, "Gao")["cluster"]
