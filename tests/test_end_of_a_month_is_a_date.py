"""Dates such as "the end of May 2024", "la fin de l'année 2025", "Ende des Jahres 2025", "finales de junio":
the word for an end inside a date mention is a time, not a mission that ends (store/about/withdrawals.py
``end_of_a_date``)."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event, reported_kinds


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The parliament renewed the training mission's mandate, which runs to the end of April 2025.", "en"),
        ("Le parlement a prolongé le mandat de la mission jusqu'à la fin de l'année 2025.", "fr"),
        ("Das Parlament verlängerte das Mandat der Mission bis zum Ende des Jahres 2025.", "de"),
        ("El parlamento prorrogó el mandato de la misión hasta finales de abril de 2025.", "es"),
        ("Quốc hội gia hạn nhiệm vụ của phái bộ đến cuối tháng 4/2025.", "vi"),
    ],
)
def test_the_end_of_a_month_ends_no_mission(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) != "mission_ended"
    assert "mission_ended" not in reported_kinds(sentence, language)


def test_an_end_beside_a_date_is_still_an_end() -> None:
    assert (
        classify_event("The training mission came to an end at the end of April 2025.", "en")
        == "mission_ended"
    )
    assert classify_event("La mission de formation a pris fin fin avril 2025.", "fr") == "mission_ended"
