"""A force's flag lowered where it leaves ("lowered its flag at the Gao camp", "a abaissé son drapeau",
"arrió su bandera", "hat ihre Flagge eingeholt", "hạ cờ") tells the handing over of that site, in five
languages; flags lowered to half-mast (mourning) or a forecast lowered tell nothing of the kind.

Every sentence here is written for these tests, none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.event_types import classify_event
from tests.linking_helpers import event_of, ingest, write_reports


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Belgian contingent lowered its flag at the Tillia camp on Sunday."),
        ("en", "The French flag was lowered over the Faya base on Thursday."),
        ("fr", "Le contingent belge a abaissé dimanche son drapeau au camp de Tillia."),
        ("fr", "Le drapeau français a été descendu jeudi à Faya."),
        ("es", "El contingente belga arrió su bandera en el campamento de Tillia el domingo."),
        ("de", "Das belgische Kontingent hat am Sonntag in Tillia seine Flagge eingeholt."),
        ("de", "Die Soldaten holten die französische Flagge in Faya ein."),
        ("vi", "Ngày 3/6, lực lượng Bỉ đã hạ cờ tại căn cứ Tillia."),
    ],
)
def test_a_force_lowering_its_flag_where_it_leaves_hands_the_site_over(lang: str, text: str) -> None:
    assert classify_event(text, lang) == "handover"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Flags were lowered to half-mast on Monday in memory of the soldiers."),
        ("en", "The central bank lowered its growth forecast for Niger."),
        ("fr", "Les drapeaux ont été abaissés en berne lundi à Niamey."),
        ("es", "Las banderas bajaron a media asta en Niamey."),
        ("vi", "Quân đội hạ cờ rủ tưởng niệm các nạn nhân."),
    ],
)
def test_flags_at_half_mast_or_a_lowered_forecast_hand_nothing_over(lang: str, text: str) -> None:
    assert classify_event(text, lang) != "handover"


def test_a_flag_lowered_links_with_the_handover_of_the_same_camp(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "de.txt": (
                "2024-06-04",
                "Das belgische Kontingent hat am Montag in Tillia seine Flagge eingeholt.",
            ),
            "fr.txt": (
                "2024-06-03",
                "Les soldats belges ont remis ce lundi le camp de Tillia à l'armée nigérienne.",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    de, fr = event_of(events, "Flagge"), event_of(events, "remis")
    assert de["type"] == "handover"
    assert de["cluster"] == fr["cluster"]
