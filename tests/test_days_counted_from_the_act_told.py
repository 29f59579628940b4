"""A clause opened by a count of days before or after an act the story has just told ("Two days before
the talks, ...", "Trước đó hai ngày, ...") is counted from that act's day, not left undated.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

CASES = [
    (
        "en",
        "Defence ministers of the coastal states met in Accra on Thursday to discuss border security.",
        "Three days before the meeting, the Togolese army had withdrawn its troops from the northern posts.",
        "Togolese army had withdrawn",
    ),
    (
        "fr",
        "Les ministres de la Défense des pays côtiers se sont réunis jeudi à Accra.",
        "Trois jours avant la réunion, l'armée togolaise avait retiré ses troupes des postes du nord.",
        "armée togolaise avait retiré",
    ),
    (
        "de",
        "Die Verteidigungsminister der Küstenstaaten trafen sich am Donnerstag in Accra.",
        "Drei Tage vor dem Treffen hatte die togoische Armee ihre Truppen aus dem Norden abgezogen.",
        "togoische Armee",
    ),
    (
        "vi",
        "Các bộ trưởng quốc phòng các nước ven biển đã họp tại Accra hôm thứ Năm.",
        "Trước đó ba ngày, quân đội Togo đã rút binh sĩ khỏi các đồn phía bắc.",
        "quân đội Togo đã rút",
    ),
    (
        "vi",
        "Các bộ trưởng quốc phòng các nước ven biển đã họp tại Accra hôm thứ Năm.",
        "Ba ngày trước đó, quân đội Togo đã rút binh sĩ khỏi các đồn phía bắc.",
        "quân đội Togo đã rút",
    ),
]


@pytest.mark.parametrize(("language", "first", "second", "fragment"), CASES)
def test_days_before_the_act_told_count_back_from_its_day(
    language: str, first: str, second: str, fragment: str
) -> None:
    text = f"{first}\n\n{second}\n"
    event = event_for(text, language, "2024-05-18", fragment)  # a Saturday: Thursday is 16 May
    assert (event.date, event.date_precision, event.date_inferred) == ("2024-05-13", "day", False)


def test_days_after_the_act_told_count_forward_from_its_day() -> None:
    text = (
        "Defence ministers of the coastal states met in Accra on Monday to discuss border security.\n\n"
        "Two days after the meeting, Togo withdrew its troops from the northern posts.\n"
    )
    event = event_for(text, "en", "2024-05-18", "Togo withdrew")
    assert event.date == "2024-05-15"


def test_days_before_a_noun_inside_the_clause_is_no_count_from_the_story() -> None:
    text = (
        "Defence ministers of the coastal states met in Accra on Thursday to discuss border security.\n\n"
        "Togo said its troops left the northern posts two days before the vote on the budget.\n"
    )
    event = event_for(text, "en", "2024-05-18", "Togo said its troops")
    assert event.date != "2024-05-14"
