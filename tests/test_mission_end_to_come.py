"""A mission a government says it will end ("would end Operation Barkhane", "mettrait fin à", "werde ...
beenden", "pondrá fin a") is a plan that its troops go, as "will withdraw" is, in every language
(store/about/withdrawals.py ``end_to_come``); a statement carrying it tells both kinds."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event, reported_kinds


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "President Macron said on Thursday that France would end Operation Barkhane in its current form.",
            "en",
        ),
        ("The defence minister said on Monday that Britain will end its participation in the mission.", "en"),
        ("Macron a déclaré jeudi que la France mettrait fin à l'opération Barkhane.", "fr"),
        ("Macron sagte am Donnerstag, Frankreich werde die Operation Barkhane beenden.", "de"),
        ("Macron dijo el jueves que Francia pondrá fin a la operación Barkhane.", "es"),
        ("Tổng thống Macron tuyên bố Pháp sẽ chấm dứt chiến dịch Barkhane.", "vi"),
    ],
)
def test_a_mission_someone_says_will_end_is_told_as_a_plan(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_announced"
    assert {"mission_ended", "withdrawal_announced"} <= reported_kinds(sentence, language)


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks will end in a deal, the minister said.",
        "The opposition said the mission would end up costing more than planned.",
    ],
)
def test_other_things_that_will_end_are_no_mission_end(sentence: str) -> None:
    assert classify_event(sentence, "en") == "statement"
    assert "mission_ended" not in reported_kinds(sentence, "en")
