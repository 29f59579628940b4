"""A withdrawal named by its noun and told as having happened ("took place", « a eu lieu », "fand statt",
"tuvo lugar", "đã diễn ra", or judged "the most delicate") is a withdrawal done; one postponed is not.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

DONE = [
    ("en", "The withdrawal from Aguelhok took place in late October."),
    ("en", "The withdrawal from Aguelhok, in late October, had been the most delicate."),
    ("fr", "Le retrait d'Aguelhok a eu lieu fin octobre."),
    ("fr", "Le retrait d'Aguelhok, fin octobre, avait été le plus délicat."),
    ("de", "Der Abzug aus Aguelhok fand Ende Oktober statt."),
    ("es", "La retirada de Aguelhok tuvo lugar a finales de octubre."),
    ("vi", "Cuộc rút quân khỏi Aguelhok đã diễn ra vào cuối tháng 10."),
]


@pytest.mark.parametrize(("language", "text"), DONE)
def test_a_withdrawal_told_by_its_noun_as_having_happened_is_done(language: str, text: str) -> None:
    events = events_of(f"Headline\n\n{text}\n", language, "2023-12-31")
    assert [(e.date, e.type) for e in events] == [("2023-10", "withdrawal_completed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The withdrawal from Aguelhok was postponed to late October."),
        ("fr", "Le départ d'Aguelhok avait été reporté à fin octobre."),
    ],
)
def test_a_withdrawal_postponed_is_not_done(language: str, text: str) -> None:
    events = events_of(f"Headline\n\n{text}\n", language, "2023-12-31")
    assert all(e.type != "withdrawal_completed" for e in events)
