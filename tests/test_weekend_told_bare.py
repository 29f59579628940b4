""" "Over the weekend", "am Wochenende", "el fin de semana": a weekend named bare, in a report told in the
past tense, is the weekend just gone (at its month, like "last weekend"); in the future tense, none.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of


def _dates(text: str, language: str, published: str) -> list[tuple]:
    return [(e.date, e.date_precision) for e in events_of(f"Headline\n\n{text}\n", language, published)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Peacekeepers pulled out of their camp near Aguelhok over the weekend."),
        ("fr", "Les casques bleus ont quitté ce week-end leur camp près d'Aguelhok."),
        ("de", "Die Blauhelme haben am Wochenende ihr Lager bei Aguelhok geräumt."),
        ("es", "Los cascos azules abandonaron el fin de semana su campamento cerca de Aguelhok."),
        ("vi", "Lực lượng gìn giữ hòa bình đã rút khỏi căn cứ gần Aguelhok vào dịp cuối tuần."),
    ],
)
def test_a_bare_weekend_in_the_past_tense_is_the_weekend_just_gone(language: str, text: str) -> None:
    # a report of Tuesday 12 March 2024: the weekend just gone is 9-10 March
    assert _dates(text, language, "2024-03-12") == [("2024-03", "month")]


def test_a_bare_weekend_reaches_back_into_the_previous_month() -> None:
    # a report of Tuesday 2 July 2024: the weekend just gone is 29-30 June
    text = "Peacekeepers pulled out of their camp near Aguelhok over the weekend."
    assert _dates(text, "en", "2024-07-02") == [("2024-06", "month")]


def test_a_weekend_to_come_is_not_the_weekend_just_gone() -> None:
    # a report of Tuesday 2 July 2024: the weekend just gone is in June, the one to come in July
    text = "Peacekeepers will pull out of their camp near Aguelhok over the weekend."
    assert all(date != "2024-06" for date, _ in _dates(text, "en", "2024-07-02"))
