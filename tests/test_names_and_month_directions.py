"""Three misreadings of names and directions, in sentences written for these tests:

- a Spanish place name ending like an infinitive ("Níger", "Dakar") is no planned act: "salieron de Níger a
  finales de diciembre" is December gone by, not a plan for the December ahead;
- a direction written before the month ("el pasado mes de marzo", "el próximo junio", "im vergangenen März",
  "im kommenden Juni") dates the sentence as "marzo pasado" and "letzten März" do;
- "Hiến pháp năm 2023" (the 2023 constitution) names which constitution: a sentence with a day of its own
  makes no second event of that year, while "rút khỏi Mali từ năm 2013" stays a date.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of


@pytest.mark.parametrize(
    ("sentence", "fragment", "month"),
    [
        ("Los últimos soldados franceses salieron de Níger a finales de diciembre.", "salieron", "2023-12"),
        ("Los instructores españoles llegaron a Dakar en enero tras dejar Malí.", "llegaron", "2024-01"),
    ],
)
def test_a_place_name_ending_like_an_infinitive_is_no_plan(sentence: str, fragment: str, month: str) -> None:
    event = event_for(sentence + "\n", "es", "2024-02-10", fragment)
    assert (event.date, event.target_date) == (month, None)


@pytest.mark.parametrize(
    ("language", "sentence", "fragment", "date", "target"),
    [
        ("es", "La junta expulsó al embajador francés el pasado mes de marzo.", "expulsó", "2023-03", None),
        ("es", "Defensa anunció el lunes que el contingente saldrá el próximo mes de junio.", "anunció",
         "2024-02-05", "2024-06"),
        ("de", "Die Junta wies den Botschafter im vergangenen März aus.", "Junta", "2023-03", None),
        ("de", "Pistorius sagte am Dienstag, die Bundeswehr solle im kommenden Juni abziehen.", "Pistorius",
         "2024-02-06", "2024-06"),
    ],
)  # fmt: skip
def test_a_direction_before_the_month(
    language: str, sentence: str, fragment: str, date: str, target: str | None
) -> None:
    event = event_for(sentence + "\n", language, "2024-02-10", fragment)
    assert (event.date, event.target_date) == (date, target)


def test_a_year_naming_the_constitution_is_no_second_event() -> None:
    sentence = "Chính quyền quân sự hôm thứ Ba đình chỉ Hiến pháp năm 2023.\n"
    assert {e.date for e in events_of(sentence, "vi", "2024-02-10")} == {"2024-02-06"}


def test_a_year_after_a_country_and_a_preposition_is_a_date() -> None:
    event = event_for("Pháp triển khai quân tới Mali từ năm 2013.\n", "vi", "2024-02-10", "triển khai")
    assert event.date == "2013"
