"""Two camps told in one sentence ("handed over the camps of Ber and Goundam on Sunday") are two acts: one
event per camp, each linking with the other reports of its camp, and the two camps stay two occurrences.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract_helpers import events_of
from tests.linking_helpers import ingest, write_reports

BOTH = {
    "en": "UN peacekeepers handed over the camps of Ansongo and Ménaka to the Malian army on Sunday.",
    "fr": "La Minusma a rétrocédé dimanche ses camps d'Ansongo et de Ménaka aux autorités maliennes.",
    "es": "La Minusma entregó el domingo los campamentos de Ansongo y Ménaka al ejército maliense.",
    "de": "Die Blauhelme haben am Sonntag die Lager in Ansongo und Ménaka an die malische Armee übergeben.",
    "vi": "Hôm Chủ nhật, phái bộ MINUSMA đã bàn giao các căn cứ Ansongo và Ménaka cho quân đội Mali.",
}


@pytest.mark.parametrize("language", sorted(BOTH))
def test_one_act_at_two_joined_camps_gives_one_event_per_camp(language: str) -> None:
    events = events_of(f"Headline\n\n{BOTH[language]}\n", language, "2023-11-06")
    assert sorted(tuple(e.places) for e in events) == [("Ansongo",), ("Ménaka",)]
    assert {(e.date, e.type) for e in events} == {("2023-11-05", "handover")}
    assert len({e.id for e in events}) == 2


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Peacekeepers left Ansongo and returned to Ménaka on Sunday."),
        ("fr", "La Minusma a quitté dimanche son camp d'Ansongo, près de Ménaka."),
        ("en", "Peacekeepers left the Ansongo camp on Sunday and will leave Ménaka in December."),
    ],
)
def test_towns_not_joined_as_one_list_stay_one_event(language: str, sentence: str) -> None:
    events = events_of(f"Headline\n\n{sentence}\n", language, "2023-11-06")
    assert len([e for e in events if e.date == "2023-11-05"]) == 1


def test_each_camp_links_with_its_own_reports_and_the_two_stay_apart(tmp_path: Path) -> None:
    reports = {
        "both.txt": ("2023-11-06", f"{BOTH['fr']}\n"),
        "ansongo.txt": (
            "2023-11-06",
            "UN peacekeepers handed over their Ansongo base to the army on Sunday.\n",
        ),
        "menaka.txt": (
            "2023-11-06",
            "Ngày 5/11, phái bộ MINUSMA bàn giao căn cứ Ménaka cho quân đội Mali.\n",
        ),
    }
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    both = {e["places"][0]: e for e in events if e["doc"] == "both.txt"}
    ansongo = next(e for e in events if e["doc"] == "ansongo.txt")
    menaka = next(e for e in events if e["doc"] == "menaka.txt")
    assert both["Ansongo"]["cluster"] == ansongo["cluster"]
    assert both["Ménaka"]["cluster"] == menaka["cluster"]
    assert ansongo["cluster"] != menaka["cluster"]
