"""An act and the background its own sentence counts back from it ("sent troops on Friday against fighters
who had seized Douentza a day earlier") are two occurrences: the earlier day is no echo of the later one
(store.linking.clusters._echoes). Another report of that earlier day ("la veille, ... s'étaient emparés de
Douentza") must not pull the act into its cluster. A statement telling an act of the day before ("killed
on Friday, the ministry said on Saturday") still is that act."""

from __future__ import annotations

from pathlib import Path

from linking_helpers import event_of, ingest, write_reports

REPORTS = {
    "en_launch.txt": (
        "2024-02-10",
        "DAKAR, Feb 10 (Sahel Wire) - Chad sent troops into central Mali on Friday, deploying armoured "
        "columns against fighters who had seized the town of Douentza a day earlier.\n",
    ),
    "fr_launch.txt": (
        "2024-02-09",
        "N'DJAMENA, 9 février - Le Tchad a engagé ce vendredi ses forces au Mali.\n\n"
        "La veille, des combattants armés s'étaient emparés de Douentza, dans le centre du pays.\n",
    ),
    "de_launch.txt": (
        "2024-02-10",
        "N'Djamena (Nordwest Presse) - Der Tschad hat am Freitag Truppen nach Mali entsandt, um Douentza "
        "zurückzuerobern.\n",
    ),
}


def test_an_act_is_not_merged_with_the_background_its_sentence_counts_back_from(tmp_path: Path) -> None:
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "r", REPORTS))
    en = [e for e in events if e["doc"] == "en_launch.txt"]
    # the act's sentence tells the act once: its background day is no second event of it
    # (store/extraction/flashback_offsets.py)
    assert [e["date"] for e in en] == ["2024-02-09"]
    friday = en[0]
    veille = event_of(events, "La veille")
    assert veille["date"] == "2024-02-08"
    assert friday["cluster"] != veille["cluster"]


def test_a_statement_the_day_after_still_is_the_act_its_sentence_tells(tmp_path: Path) -> None:
    reports = {
        "en.txt": (
            "2024-02-11",
            "A Chadian officer was killed on Friday near Douentza, the army said on Saturday.\n",
        ),
    }
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "r", reports))
    killed = [e for e in events if e["doc"] == "en.txt"]
    assert {e["type"] for e in killed} == {"casualties", "statement"}
    assert len({e["cluster"] for e in killed}) == 1
