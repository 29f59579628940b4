"""A base handed back is a handover, in the words each language gives it ("had handed back its Timbuktu
base", "handed the camp back to the army", "a rendu sa base", "đã trả lại căn cứ"): typed so, it links with
the other reports of that handover, a month-precision one included. Giving back something else ("handed
back the award", "a rendu hommage") is no handover."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.about.event_types import classify_event

HANDOVERS = [
    ("en", "Britain had already handed back its Gao base to the Malian army on December 14."),
    ("en", "The Swedish contingent handed the Timbuktu camp back to the Malian army on Tuesday."),
    ("fr", "La Suède a rendu mardi sa base de Tombouctou à l'armée malienne."),
    ("vi", "Thụy Điển đã trả lại căn cứ Timbuktu cho quân đội Mali."),
]

NOT_HANDOVERS = [
    ("en", "The general handed back the medal he had received in 2015."),
    ("fr", "Le ministre a rendu hommage mardi aux soldats tombés dans la base de Gao."),
    ("fr", "L'armée veut rendre sa base de Gao plus sûre avant la saison des pluies."),
]


@pytest.mark.parametrize(("language", "sentence"), HANDOVERS)
def test_a_base_handed_back_is_a_handover(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "handover"


@pytest.mark.parametrize(("language", "sentence"), NOT_HANDOVERS)
def test_giving_back_something_else_is_no_handover(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) != "handover"


def test_the_base_handed_back_links_with_the_handover_told_within_its_month(tmp_path: Path) -> None:
    reports = {
        "en.txt": ("2023-06-20", "Sweden had already handed back its Timbuktu camp on June 13.\n"),
        "vi.txt": (
            "2023-06-14",
            "Hôm thứ Ba, quân đội Thụy Điển đã bàn giao căn cứ tại Timbuktu cho quân đội Mali.\n",
        ),
        "vi_month.txt": (
            "2023-08-01",
            "Căn cứ Timbuktu được Thụy Điển trao lại cho quân đội Mali vào giữa tháng 6/2023.\n",
        ),
    }
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "r", reports))
    en, vi, month = (
        event_of(events, "handed back"),
        event_of(events, "bàn giao"),
        event_of(events, "giữa tháng"),
    )
    assert en["type"] == vi["type"] == month["type"] == "handover"
    assert en["cluster"] == vi["cluster"] == month["cluster"]
