"""An act told "the same evening" is of the day of the act told before it ("Dans un autre communiqué lu le
même soir, la junte a suspendu ...", "Am gleichen Abend setzte sie ... aus"): a narrative anchor of the
day told, at another hour (``NARRATIVE_FIXED`` in store/languages/<code>/dates.py)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

REPORTS = [
    (
        "fr",
        "NIAMEY - La junte a annoncé jeudi soir la dénonciation des accords de défense conclus avec la "
        "Belgique.\n\nDans un autre communiqué lu le même soir, elle a suspendu la diffusion de RFI sur tout "
        "le territoire.\n",
        "suspendu la diffusion",
    ),
    (
        "en",
        "NIAMEY (Reuters) - Niger's junta on Thursday ended its defence accords with Belgium.\n\n"
        "On the same evening, it suspended the broadcasts of France 24 across the country.\n",
        "suspended the broadcasts",
    ),
    (
        "de",
        "Die Militärregierung in Niamey hat am Donnerstag die Verteidigungsabkommen mit Belgien "
        "aufgekündigt.\n\nAm gleichen Abend setzte sie die Ausstrahlung von RFI im ganzen Land aus.\n",
        "Ausstrahlung von RFI",
    ),
    (
        "es",
        "Niamey, 6 jun (EFE).- La junta de Níger denunció este jueves los acuerdos de defensa con "
        "Bélgica.\n\nEsa misma noche, suspendió las emisiones de RFI en todo el país.\n",
        "suspendió las emisiones",
    ),
    (
        "vi",
        "Hôm thứ Năm, chính quyền quân sự Niger tuyên bố chấm dứt các hiệp định quốc phòng với Bỉ.\n\n"
        "Ngay tối hôm đó, chính quyền này đình chỉ phát sóng đài RFI trên toàn quốc.\n",
        "đình chỉ phát sóng",
    ),
]


@pytest.mark.parametrize(("language", "text", "act"), REPORTS)
def test_an_act_told_the_same_evening_is_of_the_day_told_before(language: str, text: str, act: str) -> None:
    found = [e for e in events_of(text, language, "2025-06-06") if act in e.sentence]
    assert [(e.date, e.date_precision) for e in found] == [("2025-06-05", "day")]
