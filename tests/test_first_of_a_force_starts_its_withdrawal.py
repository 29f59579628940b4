"""The first of a force to go ("the first contingent", "un primer convoy", "les premières troupes", "das
erste Kontingent", "đoàn xe đầu tiên") starts its withdrawal in every language, in any gender or short
form of "first": ``withdrawal_started``, not a completed withdrawal."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The first Belgian contingent left the base at Tessit on Monday.", "en"),
        ("Un primer convoy de militares belgas salió el lunes de la base de Tessit.", "es"),
        ("El primer contingente belga abandonó el lunes la base de Tessit.", "es"),
        ("Les premières troupes belges ont quitté lundi la base de Tessit.", "fr"),
        ("Le premier détachement belge a quitté lundi la base de Tessit.", "fr"),
        ("Das erste Kontingent hat den Stützpunkt in Tessit am Montag verlassen.", "de"),
        ("Đoàn xe đầu tiên của Bỉ đã rời căn cứ Tessit hôm thứ Hai.", "vi"),
    ],
)
def test_the_first_of_a_force_leaving_starts_the_withdrawal(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_started"


def test_the_last_of_a_force_leaving_completes_it() -> None:
    assert classify_event("Las últimas tropas belgas abandonaron el lunes la base de Tessit.", "es") == (
        "withdrawal_completed"
    )
