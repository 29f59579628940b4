"""A deadline told as a clause, "before the year is out", "antes de que acabe el año", "avant que
l'année ne s'achève", "bevor das Jahr zu Ende geht", "trước khi hết năm": the end of the year of the
statement, as a plan's target, while the statement keeps its own date.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

CASES = [
    (
        "en",
        "Denmark announced in May that it would close its embassy in Niamey before the year is out.",
        "Denmark",
    ),
    (
        "es",
        "Dinamarca anunció en mayo que cerraría su embajada en Niamey antes de que acabara el año.",
        "Dinamarca",
    ),
    (
        "fr",
        "Le Danemark a annoncé en mai qu'il fermerait son ambassade à Niamey avant que l'année ne s'achève.",
        "Danemark",
    ),
    (
        "de",
        "Dänemark kündigte im Mai an, seine Botschaft in Niamey zu schließen, bevor das Jahr zu Ende geht.",
        "Dänemark",
    ),
    ("vi", "Đan Mạch hồi tháng 5 tuyên bố sẽ đóng cửa đại sứ quán tại Niamey trước khi hết năm.", "Đan Mạch"),
]


@pytest.mark.parametrize(("language", "sentence", "fragment"), CASES)
def test_before_the_year_ends_is_the_year_end_as_a_target(
    language: str, sentence: str, fragment: str
) -> None:
    event = event_for(f"Headline\n\n{sentence}\n", language, "2024-08-10", fragment)
    assert (event.date, event.target_date) == ("2024-05", "2024")
