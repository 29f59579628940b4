"""An act whose sentence names countries only as background ("..., after Mali's authorities grounded drones",
"comme le Niger", "sau khi Pháp ...") takes whose act it is from its paragraph or its headline
(store/extraction/events.py), as a sentence naming no country does: it is not the background country's act."""

from __future__ import annotations

from pathlib import Path

from linking_helpers import event_of, ingest, write_reports


def test_an_act_naming_only_a_background_country_is_the_headlines(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "en.txt": (
                "2024-03-02",
                "What Norway leaves behind in Niger\n\nWhy is Norway leaving? The government said on March 1 "
                "that it would bring its trainers home by June, after Niger's junta ended military "
                "cooperation.\n",
            ),
            "fr.txt": (
                "2024-03-02",
                "Oslo rapatriera ses formateurs\n\nLa Norvège a annoncé vendredi 1er mars qu'elle retirerait "
                "ses formateurs militaires du Niger d'ici juin.\n",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    en = event_of(events, "bring its trainers home")
    fr = event_of(events, "retirerait")
    assert en["type"] == fr["type"] == "withdrawal_announced"
    assert "NO" in en["countries"]
    assert en["cluster"] == fr["cluster"]


def test_an_act_naming_its_own_country_keeps_it(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "en.txt": (
                "2024-03-02",
                "What Norway leaves behind in Niger\n\nDenmark said on March 1 that it would bring its "
                "trainers home by June, after Niger's junta ended military cooperation.\n",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    assert "NO" not in event_of(events, "bring its trainers home")["countries"]
