"""A force or mission that is wound up, disbanded or dissolved ends ("the task force was wound up", "la
mission a été dissoute", "wurde aufgelöst", "fue disuelta", "đã giải thể"): one verb class of ending in every
language's "ended" cue, read beside a mission as the other ending verbs are."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The European training mission was wound up in June.", "en"),
        ("The naval mission was disbanded on Tuesday.", "en"),
        ("La mission européenne de formation a été dissoute en juin.", "fr"),
        ("Die europäische Ausbildungsmission wurde im Juni aufgelöst.", "de"),
        ("La misión europea de entrenamiento fue disuelta en junio.", "es"),
        ("Phái bộ huấn luyện của châu Âu đã giải thể vào tháng 6.", "vi"),
    ],
)
def test_a_mission_wound_up_has_ended(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "mission_ended"


def test_other_things_dissolved_end_no_mission() -> None:
    assert classify_event("The junta dissolved the electoral commission on Monday.", "en") != "mission_ended"
    assert classify_event("The talks wound up without a deal.", "en") != "mission_ended"
