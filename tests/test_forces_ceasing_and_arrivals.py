"""Two classes of missed link: a force that *ceases operating* ends its mission (not a bare statement), and
a Vietnamese report of troops or instructors *arriving* somewhere ("đến Niamey") is a deployment.

Every sentence here is written for these tests (en, fr, es, de, vi), none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.event_types import classify_event
from tests.linking_helpers import event_of, ingest, write_reports


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Danish-led task force ceased operating in Niger on Friday, the defence ministry said."),
        ("en", "The European training mission ceased all its activities in Mali on May 18."),
        ("fr", "La force européenne a cessé ses opérations au Niger vendredi, a indiqué l'état-major."),
        ("fr", "Le contingent belge a cessé d'opérer au Niger le 3 juin."),
        ("es", "La fuerza europea cesó sus operaciones en Níger el pasado 3 de junio."),
        ("es", "El contingente danés dejó de operar en Malí el viernes, según el ministerio."),
        ("de", "Die Eingreiftruppe hat ihre Operationen in Niger am Freitag eingestellt."),
        ("de", "Belgien stellte seinen Einsatz in Niger am 3. Juni ein."),
    ],
)
def test_a_force_that_ceases_operating_ends_its_mission(lang: str, text: str) -> None:
    assert classify_event(text, lang) == "mission_ended"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The gold mine near Kidal ceased operating last year."),
        ("fr", "L'usine de Ségou a cessé d'opérer en 2019."),
        ("es", "La mina de oro dejó de operar en 2020."),
        ("de", "Die Zahlungen an die Regierung wurden im Mai eingestellt."),
    ],
)
def test_something_that_is_no_force_ceasing_to_operate_ends_no_mission(lang: str, text: str) -> None:
    assert classify_event(text, lang) != "mission_ended"


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 12/5, khoảng 100 huấn luyện viên quân sự Nga đến Ouagadougou.",
        "Binh sĩ Nga đã tới Bamako hôm thứ Hai cùng trực thăng chiến đấu.",
        "Các cố vấn quân sự Thổ Nhĩ Kỳ vừa đặt chân đến Niamey.",
    ],
)
def test_troops_or_instructors_arriving_somewhere_named_are_a_deployment(text: str) -> None:
    assert classify_event(text, "vi") == "deployment"


@pytest.mark.parametrize(
    "text",
    [
        "Lực lượng Pháp sẽ hoạt động tại Mali đến năm 2024.",  # "until 2024", no arrival
        "Các binh sĩ Pháp rút từ Gao đến Niamey.",  # leaving Gao for Niamey: no arrival of a force
        "Quân đội Mali nói về các vấn đề liên quan đến Pháp.",  # "related to France"
    ],
)
def test_den_that_is_no_arrival_is_no_deployment(text: str) -> None:
    assert classify_event(text, "vi") != "deployment"


def test_an_undated_vietnamese_arrival_links_with_the_dated_reports_of_it(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "fr.txt": (
                "2025-05-13",
                "Une centaine d'instructeurs militaires russes sont arrivés le 12 mai à Ouagadougou, "
                "a annoncé la télévision nationale burkinabè.",
            ),
            "vi.txt": (
                None,
                "Các mốc chính ở Burkina Faso\n\n"
                "Ngày 12/5, khoảng 100 huấn luyện viên quân sự Nga đến Ouagadougou.\n"
                "Ngày 2/3, Pháp đóng cửa đại sứ quán ở Ouagadougou.\n",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    fr, vi = event_of(events, "sont arrivés"), event_of(events, "đến Ouagadougou")
    assert vi["type"] == "deployment"
    assert vi["cluster"] == fr["cluster"]
