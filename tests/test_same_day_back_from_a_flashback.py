""" "The same day" points at the flashback's day only while the report stays in it: once a sentence tells
an act with no date and no pluperfect ("The last convoy came under fire on the way"), the story is back on
its own day, and "the same day" after it is that day (store/dates/continuation.py ``back_to_the_story``).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

# Published Monday 2023-06-12: "Sunday" is 2023-06-11, "Friday" 2023-06-09.
BACK = [
    (
        "en",
        "Peacekeepers left the camp at Ogossagou on Sunday, earlier than planned.",
        "A first convoy had set off on Friday.",
        "The last convoy came under fire on the road, wounding two peacekeepers.",
        "The same day, the mission also pulled out of Bankass.",
        "Bankass",
    ),
    (
        "fr",
        "Les casques bleus ont quitté dimanche le camp d'Ogossagou, plus tôt que prévu.",
        "Un premier convoi avait pris la route vendredi.",
        "Le dernier convoi a essuyé des tirs sur la route, blessant deux casques bleus.",
        "Le même jour, la mission a aussi quitté Bankass.",
        "Bankass",
    ),
    (
        "es",
        "Los cascos azules abandonaron el domingo el campamento de Ogossagou, antes de lo previsto.",
        "Un primer convoy había salido el viernes.",
        "El último convoy sufrió disparos en la carretera, con dos cascos azules heridos.",
        "Ese mismo día, la misión abandonó también Bankass.",
        "Bankass",
    ),
    (
        "de",
        "Die Blauhelme haben am Sonntag das Lager in Ogossagou früher als geplant verlassen.",
        "Ein erster Konvoi war am Freitag aufgebrochen.",
        "Der letzte Konvoi geriet unterwegs unter Beschuss, zwei Blauhelme wurden verletzt.",
        "Am selben Tag verließ die Mission auch Bankass.",
        "Bankass",
    ),
    (
        "vi",
        "Lực lượng gìn giữ hòa bình đã rời trại Ogossagou hôm Chủ nhật, sớm hơn dự kiến.",
        "Trước đó, một đoàn xe đầu tiên đã lên đường hôm thứ Sáu.",
        "Đoàn xe cuối cùng đã bị bắn trên đường, hai binh sĩ bị thương.",
        "Cùng ngày, phái bộ cũng rút khỏi Bankass.",
        "Bankass",
    ),
]


@pytest.mark.parametrize(("language", "lead", "flashback", "back", "sentence", "fragment"), BACK)
def test_the_same_day_after_the_story_came_back_is_the_story_day(
    language: str, lead: str, flashback: str, back: str, sentence: str, fragment: str
) -> None:
    text = f"{lead}\n\n{flashback}\n\n{back}\n\n{sentence}\n"
    event = event_for(text, language, "2023-06-12", fragment)
    assert (event.date, event.date_precision) == ("2023-06-11", "day")


def test_the_same_day_right_after_the_flashback_is_still_its_day() -> None:
    text = (
        "Peacekeepers left the camp at Ogossagou on Sunday, earlier than planned.\n\n"
        "A first convoy had set off on Friday.\n\n"
        "The same day, the mission also pulled out of Bankass.\n"
    )
    event = event_for(text, "en", "2023-06-12", "Bankass")
    assert event.date == "2023-06-09"
