"""An act told as what the story's news came after ("The news came a day after Mali's junta suspended ...")
is of that many days before the day the story tells (store/extraction/came_after.py)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

REPORTS = [
    (
        "en",
        "NIAMEY, June 6 (Reuters) - Belgium will pull its instructors out of Niger, a spokesman said on "
        "Friday.\n\nThe news came a day after Niger's junta suspended all military cooperation with "
        "Brussels.\n",
        "suspended all military cooperation",
        "2025-06-05",
    ),
    (
        "fr",
        "NIAMEY, 6 juin 2025 (AFP) - La Belgique retirera ses instructeurs du Niger, a annoncé vendredi un "
        "porte-parole.\n\nL'annonce intervient au lendemain de la suspension par la junte nigérienne de "
        "toute coopération militaire avec Bruxelles.\n",
        "toute coopération militaire",
        "2025-06-05",
    ),
    (
        "de",
        "Belgien zieht seine Ausbilder aus Niger ab, teilte ein Sprecher am Freitag mit.\n\n"
        "Die Nachricht kam zwei Tage, nachdem die Militärregierung in Niger die militärische "
        "Zusammenarbeit mit Belgien ausgesetzt hatte.\n",
        "militärische Zusammenarbeit",
        "2025-06-04",
    ),
    (
        "es",
        "Niamey, 6 jun (EFE).- Bélgica retirará a sus instructores de Níger, informó este viernes un "
        "portavoz.\n\nLa noticia llegó un día después de que la junta de Níger suspendiera toda la "
        "cooperación militar con Bruselas.\n",
        "cooperación militar con Bruselas",
        "2025-06-05",
    ),
    (
        "vi",
        "Hôm thứ Sáu, người phát ngôn cho biết Bỉ sẽ rút các huấn luyện viên quân sự khỏi Niger.\n\n"
        "Thông tin được đưa ra một ngày sau khi chính quyền quân sự Niger đình chỉ mọi hợp tác quân sự "
        "với Bỉ.\n",
        "đình chỉ mọi hợp tác quân sự",
        "2025-06-05",
    ),
]


@pytest.mark.parametrize(("language", "text", "act", "day"), REPORTS)
def test_the_act_the_news_came_after_is_of_the_day_before(
    language: str, text: str, act: str, day: str
) -> None:
    found = [e for e in events_of(text, language, "2025-06-06") if act in e.sentence]
    assert [(e.date, e.date_precision, e.type) for e in found] == [(day, "day", "suspension")]


def test_news_that_came_days_after_an_act_gives_it_no_day() -> None:
    text = (
        "NIAMEY, June 6 (Reuters) - Belgium will pull its instructors out of Niger, a spokesman said on "
        "Friday.\n\nThe news came days after Niger's junta suspended all military cooperation with "
        "Brussels.\n"
    )
    assert all(
        e.date != "2025-06-05" for e in events_of(text, "en", "2025-06-06") if "days after" in e.sentence
    )
