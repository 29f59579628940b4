"""A count hedged by a word before it ("vor gut einer Woche", "a little over a week ago", "il y a un peu
plus d'une semaine", "hace poco más de una semana", "khoảng mười ngày trước") is a date, told only as the
month it falls in, never as the report's own day, and a hedged count of days is no exact day
(store/dates/hedged_counts.py).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

REPORT_DAY = "2025-03-06"

HEDGED_WEEKS = [
    ("de", "Norwegen hatte vor gut einer Woche angekündigt, seine Pioniere aus der Mission abzuziehen."),
    ("de", "Norwegen hatte vor knapp zwei Wochen angekündigt, seine Pioniere aus der Mission abzuziehen."),
    ("fr", "La Norvège a annoncé il y a un peu plus d'une semaine le retrait de ses sapeurs de la mission."),
    ("fr", "La Norvège a annoncé il y a près de deux semaines le retrait de ses sapeurs de la mission."),
    ("es", "Noruega anunció hace poco más de una semana la retirada de sus zapadores de la misión."),
    ("es", "Noruega anunció hace casi dos semanas la retirada de sus zapadores de la misión."),
]


@pytest.mark.parametrize(("language", "sentence"), HEDGED_WEEKS)
def test_a_hedged_count_of_weeks_back_is_the_month_it_falls_in(language: str, sentence: str) -> None:
    events = events_of(f"Headline\n\n{sentence}\n", language, REPORT_DAY)
    assert [(e.date, e.date_precision) for e in events] == [("2025-02", "month")]


HEDGED_DAYS = [
    ("en", "The last engineers left the camp some ten days ago, the ministry said."),
    ("en", "The last engineers left the camp about ten days ago, the ministry said."),
    ("fr", "Les derniers sapeurs ont quitté le camp il y a environ dix jours, selon le ministère."),
    ("es", "Los últimos zapadores abandonaron el campamento hace unos diez días, según el ministerio."),
    ("vi", "Những công binh cuối cùng đã rời căn cứ khoảng mười ngày trước, Bộ Quốc phòng cho biết."),
    ("de", "Die letzten Pioniere verließen das Lager vor etwa zehn Tagen, teilte das Ministerium mit."),
]


@pytest.mark.parametrize(("language", "sentence"), HEDGED_DAYS)
def test_a_hedged_count_of_days_back_is_no_exact_day(language: str, sentence: str) -> None:
    events = events_of(f"Headline\n\n{sentence}\n", language, REPORT_DAY)
    assert [(e.date, e.date_precision) for e in events] == [("2025-02", "month")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The last engineers left the camp ten days ago, the ministry said."),
        ("fr", "Les derniers sapeurs ont quitté le camp il y a dix jours, selon le ministère."),
    ],
)
def test_a_plain_count_of_days_back_keeps_its_day(language: str, sentence: str) -> None:
    events = events_of(f"Headline\n\n{sentence}\n", language, REPORT_DAY)
    assert [(e.date, e.date_precision) for e in events] == [("2025-02-24", "day")]
