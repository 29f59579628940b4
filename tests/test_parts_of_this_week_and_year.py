""" "En début de semaine", "a principios de semana", "en début d'année", "hồi đầu năm", "esta madrugada":
a part of the report's own week, year or day, dated at the precision it allows.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from store.dates.mentions import find_mentions
from tests.extract_helpers import event_for

PUBLISHED = "2024-03-13"


@pytest.mark.parametrize(
    ("language", "text", "fragment", "expected"),
    [
        (
            "fr",
            "En début de semaine, les sapeurs ont quitté le camp de Ménaka.",
            "sapeurs",
            ("2024-03", "month"),
        ),
        (
            "es",
            "A principios de semana, los zapadores dejaron el campamento.",
            "zapadores",
            ("2024-03", "month"),
        ),
        (
            "fr",
            "En début d'année, les sapeurs avaient quitté le camp de Ménaka.",
            "sapeurs",
            ("2024", "year"),
        ),
        ("vi", "Hồi đầu năm, công binh đã rời căn cứ Ménaka.", "công binh", ("2024", "year")),
        ("es", "Esta madrugada, los zapadores dejaron el campamento.", "zapadores", ("2024-03-13", "day")),
    ],
)
def test_a_part_of_the_reports_own_period(language: str, text: str, fragment: str, expected: tuple) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.date_precision) == expected


def test_the_end_of_the_week_in_vietnamese_is_the_weekend_not_this_week() -> None:
    # "cuối tuần" is the weekend: it is not read as a part of the report's week; "cuối tháng" is
    sentence = "Cuối tuần, công binh đã rời căn cứ Ménaka; cuối tháng, họ về nước."
    assert [(m.text, m.unit) for m in find_mentions(sentence, "vi")] == [("cuối tháng", "month")]


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The junta seized power in mid-2023, weeks after the vote.", "seized"),
        ("fr", "La junte a pris le pouvoir à la mi-2023, quelques semaines après le vote.", "pris"),
    ],
)
def test_a_hyphen_after_a_modifier_is_no_range(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.date_mod) == ("2023", "mid")
