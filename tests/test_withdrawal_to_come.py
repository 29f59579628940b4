"""A withdrawal a report tells as still to come, with no date at all, is announced as of the report's day."""

from __future__ import annotations

import pytest

from store.about.event_types import withdrawal_to_come
from tests.extract_helpers import events_of

PUBLISHED = "2024-02-14"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Norway will also withdraw its transport plane and crew, the defence ministry said.", "en"),
        ("Les derniers instructeurs belges quitteront le pays, a indiqué le ministère.", "fr"),
        ("Die Niederlande werden ihre Soldaten aus Gao abziehen, sagte ein Sprecher.", "de"),
        ("Suecia retirará a sus soldados de Tombuctú, informó el ministerio.", "es"),
        ("Thụy Điển sẽ rút binh sĩ khỏi Timbuktu, Bộ Quốc phòng cho biết.", "vi"),
    ],
)
def test_a_dateless_withdrawal_to_come_is_an_announcement_of_the_reports_day(
    sentence: str, language: str
) -> None:
    assert withdrawal_to_come(sentence, language)
    (event,) = events_of(f"Report\n\n{sentence}\n", language, published=PUBLISHED)
    assert event.type == "withdrawal_announced"
    assert event.date == PUBLISHED and not event.date_inferred and event.target_date is None
    assert "still to come" in (event.date_reason or "")


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Norway had announced the withdrawal of its transport plane.", "en"),  # told in the past: when?
        ("Protesters demanded that the Norwegian troops withdraw.", "en"),  # a demand, not a plan
        ("Les manifestants exigent que les soldats quittent le pays.", "fr"),
    ],
)
def test_a_past_announcement_or_a_demand_is_no_plan_of_the_reports_day(sentence: str, language: str) -> None:
    assert not withdrawal_to_come(sentence, language)
    dated = [e for e in events_of(f"Report\n\n{sentence}\n", language, published=PUBLISHED) if e.date]
    assert all(e.date != PUBLISHED for e in dated)


def test_an_undated_report_gives_its_plan_no_date() -> None:
    events = events_of("Report\n\nNorway will also withdraw its transport plane, the ministry said.\n", "en")
    assert all(e.date is None for e in events)
