"""A city named only as the clock an hour is told by ("at 1 p.m. Paris time") is not where the act
happened: it is left out of the event's places (store/about/clock_places.py, ``CLOCK_OF`` in
store/languages/<lang>/clocks.py), so it does not keep the report apart from the reports naming the camp.
A city the sentence also names as a place stays one."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.about.clock_places import clock_places
from store.linking.clusters import cluster_events


@pytest.mark.parametrize(
    ("language", "sentence", "clock"),
    [
        ("en", "At 3 p.m. Paris time on Friday, the last French convoy crossed into Niger.", "Paris"),
        ("en", "The final detachment left at 06:30 Bamako time, the army said.", "Bamako"),
        (
            "fr",
            "Vendredi à 15 h, heure de Paris, le dernier convoi français a franchi la frontière.",
            "Paris",
        ),
        ("fr", "Le dernier avion a décollé à 6h30 (heure de Niamey), selon l'état-major.", "Niamey"),
        ("de", "Am Freitag um 15 Uhr Pariser Zeit überquerte der letzte Konvoi die Grenze.", "Paris"),
        ("es", "El último convoy cruzó la frontera a las 15.00 hora de Bamako, según el ejército.", "Bamako"),
        ("vi", "Lúc 15 giờ theo giờ Paris, đoàn xe cuối cùng đã vượt biên giới sang Niger.", "Paris"),
    ],
)
def test_a_city_giving_the_clock_is_not_a_place_of_the_act(language: str, sentence: str, clock: str) -> None:
    assert clock_places(sentence, language) == frozenset({clock})


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The last convoy left Paris at 3 p.m. Paris time for the airport."),  # named as a place too
        ("en", "Paris has long said that its troops would leave by summer."),  # no hour, no clock
        ("fr", "L'heure de Paris est passée au Sahel, estime un diplomate."),  # no hour told
        ("de", "Die Soldaten verließen um 15 Uhr Ortszeit das Lager in Gao."),  # local time names no city
    ],
)
def test_a_city_named_otherwise_stays_a_place(language: str, sentence: str) -> None:
    assert clock_places(sentence, language) == frozenset()


def test_the_report_told_by_a_capitals_clock_links_with_the_camps_reports(tmp_path: Path) -> None:
    clock = (
        "2024-03-08",
        'GAO, March 8 (Sahel Wire) - "At 1 p.m. Paris time on Friday, the last detachment still on Malian '
        'soil crossed the border," the French general staff said in a statement.\n',
    )
    camp = (
        "2024-03-08",
        "Gao, 8 mars (Le Fleuve) - Les derniers soldats français ont quitté vendredi leur base de Gao, "
        "remise à l'armée malienne, mettant fin à leur présence dans le pays.\n",
    )
    paths = write_reports(tmp_path / "docs", {"clock.txt": clock, "camp.txt": camp})
    events = ingest(tmp_path / "s.json", paths)
    told, left = event_of(events, "Paris time"), event_of(events, "leur base de Gao")
    assert "Paris" not in told["places"]
    assert told["date"] == left["date"] == "2024-03-08"
    clusters = cluster_events(events, common=frozenset({"ML"}))
    assert clusters[told["id"]].cluster == clusters[left["id"]].cluster
