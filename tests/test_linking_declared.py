"""An announcement and a departure told as someone's declaration on the same day: one occurrence."""

from __future__ import annotations

from pathlib import Path

from tests.linking_helpers import event_of, ingest, write_reports

ANNOUNCED_FR = (
    "2024-03-11",
    "Niamey a annoncé samedi 9 mars se retirer de l'Autorité du Liptako-Gourma, "
    "jugée inefficace face aux groupes armés.\n",
)
LEAVING_EN = (
    "2024-03-10",
    "Niger is pulling out of the Liptako-Gourma Authority, its military rulers said in a statement "
    "on Saturday, "
    "calling the body ineffective.\n",
)
UNDER_WAY_EN = (
    "2024-03-12",
    "Nigerien officials began pulling out of the Liptako-Gourma Authority's offices on Saturday, "
    "staff in Ouagadougou reported.\n",
)
LEAVING_LATER = (
    "2024-03-14",
    "Niger is pulling out of the Liptako-Gourma Authority, its military rulers said in a statement "
    "on Wednesday.\n",
)


def _events(tmp_path: Path, reports: dict[str, tuple[str, str]]) -> list[dict]:
    return ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))


def test_a_departure_declared_on_the_day_of_its_announcement_is_that_announcement(tmp_path: Path) -> None:
    events = _events(tmp_path, {"fr.txt": ANNOUNCED_FR, "en.txt": LEAVING_EN})
    announced, leaving = event_of(events, "a annoncé"), event_of(events, "is pulling out")
    assert announced["type"] == "withdrawal_announced" and leaving["type"] == "withdrawal_started"
    assert announced["date"] == leaving["date"] == "2024-03-09"
    assert announced["cluster"] == leaving["cluster"]


def test_a_declared_departure_days_after_an_announcement_is_another_occurrence(tmp_path: Path) -> None:
    events = _events(tmp_path, {"fr.txt": ANNOUNCED_FR, "later.txt": LEAVING_LATER})
    announced, leaving = event_of(events, "a annoncé"), event_of(events, "is pulling out")
    assert leaving["date"] == "2024-03-13"
    assert announced["cluster"] != leaving["cluster"]


def test_a_departure_seen_under_way_is_not_the_announcement_of_its_day(tmp_path: Path) -> None:
    events = _events(tmp_path, {"fr.txt": ANNOUNCED_FR, "seen.txt": UNDER_WAY_EN})
    announced, seen = event_of(events, "a annoncé"), event_of(events, "began pulling")
    assert seen["type"] == "withdrawal_started" and seen["date"] == "2024-03-09"
    assert announced["cluster"] != seen["cluster"]
