"""A year that says how old something is ("accords, some dating back to 1961") is no date of the act the
sentence tells: the sentence is dated by its report's day (store/dates/handlers.py ``_tells_an_age``).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

AGE = [
    ("en", "The junta revoked the defence accords with France, some dating back to 1961, a spokesman said."),
    (
        "fr",
        "La junte a dénoncé les accords de défense avec la France, dont certains remontant à 1961, a déclaré "
        "un porte-parole.",
    ),
    (
        "es",
        "La junta denunció los acuerdos de defensa con Francia, algunos de los cuales datan de 1961, dijo un "
        "portavoz.",
    ),
    (
        "vi",
        "Chính quyền quân sự đã hủy bỏ các hiệp định quốc phòng với Pháp, một số có từ năm 1961, người phát "
        "ngôn cho biết.",
    ),
]


@pytest.mark.parametrize(("language", "sentence"), AGE)
def test_a_year_telling_how_old_something_is_dates_nothing(language: str, sentence: str) -> None:
    events = events_of(f"{sentence}\n", language, "2024-05-15")
    assert events, "the revocation is an event"
    assert {e.date for e in events} == {"2024-05-15"}


def test_a_year_the_act_happened_in_still_dates_it() -> None:
    events = events_of("The junta revoked the defence accords with France in 2023.\n", "en", "2024-05-15")
    assert {e.date for e in events} == {"2023"}
