"""A media ban told to the month, naming only its broadcaster, and the same ban told to the day with its
government: one act (store/linking/act_evidence.py ``same_medium``); two governments banning one
broadcaster the same month are two."""

from __future__ import annotations

from pathlib import Path

from linking_helpers import event_of, ingest, write_reports


def test_a_ban_told_to_the_month_by_its_broadcaster_joins_the_day(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "fr.txt": (
                "2025-03-09",
                "La Guinée coupe RFI\n\nCONAKRY, 9 mars 2025 (AFP) - La junte guinéenne a suspendu samedi la "
                "diffusion de Radio France Internationale sur tout le territoire.\n",
            ),
            "en.txt": (
                "2025-05-20",
                "Guinea's junta pulls TV5 Monde off the air\n\nCONAKRY (AP) - Guinea's military rulers on "
                "Monday suspended TV5 Monde for three months.\n\nThe decision mirrors the suspension in "
                "March of Radio France Internationale.\n",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    day = event_of(events, "a suspendu samedi")
    month = event_of(events, "mirrors the suspension")
    assert month["type"] == day["type"] == "media_ban"
    assert month["cluster"] == day["cluster"]


def test_two_governments_banning_one_broadcaster_in_a_month_are_two_acts(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "fr.txt": (
                "2025-03-09",
                "CONAKRY, 9 mars 2025 (AFP) - La junte guinéenne a suspendu samedi la diffusion de Radio "
                "France Internationale sur tout le territoire.\n",
            ),
            "de.txt": (
                "2025-05-20",
                "Niamey (dpa) - Die Militärregierung von Niger hat am Montag den Sender France 24 untersagt. "
                "Bereits im März hatte die Junta in Niger den Radiosender RFI abschalten lassen.\n",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    day = event_of(events, "a suspendu samedi")
    month = event_of(events, "Bereits im März")
    assert month["type"] == "media_ban"
    assert month["cluster"] != day["cluster"]
