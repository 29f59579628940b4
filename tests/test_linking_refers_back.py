"""A statement pointing back at the sentence before it ("Das gab … bekannt", "This was announced …")
tells what that sentence told, and links with other reports of it."""

from __future__ import annotations

from pathlib import Path

from store.about.main_clause import refers_back
from tests.linking_helpers import event_of, ingest, write_reports

REPORTS = {
    "de.txt": (
        "2024-03-08",
        "Schweden zieht ab\n\nSchweden wird seine Soldaten aus Mali abziehen. "
        "Das gab Verteidigungsminister Pål Jonson am Donnerstag in Stockholm bekannt.\n",
    ),
    "en.txt": (
        "2024-03-07",
        "Sweden to leave Mali\n\nSweden will withdraw its troops from Mali, the minister said on Thursday.\n",
    ),
}


def test_a_german_statement_pointing_back_joins_the_announcement_it_reports(tmp_path: Path) -> None:
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", REPORTS))
    said = event_of(events, "Das gab")
    plan = event_of(events, "Sweden will withdraw")
    assert said["cluster"] == plan["cluster"]


def test_which_sentences_point_back() -> None:
    assert refers_back("Das gab Präsident Macron am Donnerstag bekannt.", "de")
    assert not refers_back(
        "Das Verteidigungsministerium teilte am Montag mit, die Soldaten seien abgezogen.", "de"
    )
    assert refers_back("This was announced by the defence ministry on Monday.", "en")
    assert not refers_back("This week the last soldiers left Gao.", "en")
    assert refers_back("C'est ce qu'a annoncé lundi le ministère des Armées.", "fr")
    assert refers_back("Así lo anunció el lunes el ministro de Defensa.", "es")
    assert refers_back("Điều này được Bộ Quốc phòng thông báo hôm thứ Hai.", "vi")
