"""A relative day word with the weekday it names written right after it is one day, counted from the
report's reference: "hier jeudi", "yesterday (Thursday)", "gestern Donnerstag", "ayer jueves".

Read as two dates, the weekday dated the attribution and "yesterday" was counted back from it: one
departure got two days. Sentences written for these tests (none from the seeds or the corpora). The
reference, 2024-03-15, is a Friday: "yesterday" is Thursday the 14th.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of


def _dates(text: str, language: str) -> list[str]:
    return [e.date for e in events_of(f"Headline\n\n{text}\n", language, "2024-03-15")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The last Belgian instructors left the country yesterday, Thursday, the ministry said."),
        ("en", "The last Belgian instructors left the country yesterday (Thursday), the ministry said."),
        ("fr", "Les derniers instructeurs belges ont quitté le pays hier jeudi, a précisé le ministère."),
        ("fr", "Les derniers instructeurs belges ont quitté le pays hier, jeudi, a précisé le ministère."),
        ("vi", "Những huấn luyện viên Bỉ cuối cùng đã rời nước này hôm qua (thứ Năm), bộ cho biết."),
        (
            "de",
            "Die letzten Ausbilder haben das Land gestern Donnerstag verlassen, teilte Brüssel mit.",
        ),
        ("es", "Los últimos instructores belgas abandonaron el país ayer jueves, según el ministerio."),
    ],
)
def test_yesterday_and_the_weekday_it_names_are_one_day(language: str, text: str) -> None:
    assert _dates(text, language) == ["2024-03-14"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The last Belgian instructors left the country the day before yesterday, Wednesday, it said.",
        ),
        (
            "fr",
            "Les derniers instructeurs belges ont quitté le pays avant-hier mercredi, a dit Bruxelles.",
        ),
    ],
)
def test_two_days_back_and_its_weekday_are_one_day(language: str, text: str) -> None:
    assert _dates(text, language) == ["2024-03-13"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The last Belgian instructors left the country yesterday, Friday, the ministry said."),
        ("fr", "Les derniers instructeurs belges ont quitté le pays hier vendredi, a précisé le ministère."),
    ],
)
def test_a_weekday_that_is_not_the_day_of_the_relative_word_stays_a_date_of_its_own(
    language: str, text: str
) -> None:
    assert "2024-03-15" in _dates(text, language)
