"""One report telling a camp handed over and, in its next sentence, the ceremony in the capital ("handed
over Camp Lemonnier"; "the ceremony took place in the capital Djibouti") names one place twice, not two
occurrences: a camp no list places may be in that capital. A camp whose town is known ("the Gao base")
and a team staying on in the capital are still two. Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.linking_helpers import event_of, ingest, write_reports

CEREMONY = {
    "en": (
        "LIBREVILLE, Jan 8 (TCP) - France handed over Camp de Gaulle to the Gabonese army on Wednesday.\n\n"
        "The handover ceremony was held in the capital Libreville on Wednesday, attended by officers of both "
        "countries.\n",
        "Camp de Gaulle",
        "ceremony was held",
    ),
    "fr": (
        "LIBREVILLE, 8 janvier 2025 - La France a rétrocédé mercredi le camp de Gaulle à l'armée "
        "gabonaise.\n\n"
        "La cérémonie de rétrocession s'est déroulée mercredi dans la capitale Libreville, en présence "
        "d'officiers des deux pays.\n",
        "camp de Gaulle",
        "cérémonie",
    ),
    "vi": (
        "Ngày 8/1/2025, Pháp đã bàn giao trại de Gaulle cho quân đội Gabon.\n\n"
        "Lễ bàn giao diễn ra tại thủ đô Libreville hôm 8/1/2025 với sự tham dự của sĩ quan hai nước.\n",
        "trại de Gaulle",
        "Lễ bàn giao",
    ),
}


@pytest.mark.parametrize("language", sorted(CEREMONY))
def test_a_camp_and_the_ceremony_in_the_capital_are_one_handover(tmp_path: Path, language: str) -> None:
    text, camp, ceremony = CEREMONY[language]
    events = ingest(tmp_path / "e.json", write_reports(tmp_path / "d", {"r.txt": ("2025-01-08", text)}))
    a, b = event_of(events, camp), event_of(events, ceremony)
    assert a["type"] == b["type"] == "handover"
    assert a["date"] == b["date"] == "2025-01-08"
    assert a["places"] != b["places"]
    assert a["cluster"] == b["cluster"]


def test_a_base_in_a_known_town_and_a_handover_in_the_capital_stay_two(tmp_path: Path) -> None:
    text = (
        "GAO, June 3 (TCP) - French troops handed the Gao base to Malian forces on Monday.\n\n"
        "In Bamako, the French headquarters was handed over to the Malian army on Monday too.\n"
    )
    events = ingest(tmp_path / "e.json", write_reports(tmp_path / "d", {"r.txt": ("2024-06-03", text)}))
    gao, bamako = event_of(events, "Gao base"), event_of(events, "In Bamako")
    assert gao["type"] == bamako["type"] == "handover" and gao["date"] == bamako["date"]
    assert gao["cluster"] != bamako["cluster"]
