"""The end of a mission that someone announces or decides ("announced the end of its deployment",
"a décidé de mettre fin à", "das Ende des Einsatzes verkündet", "tuyên bố chấm dứt chiến dịch") is the
plan that its troops go, told as "will withdraw" is: ``withdrawal_announced``. An end reported after "that"
in the perfect happened, and an end a voting body decides is the end in law (store/about/withdrawals.py
``end_to_come``)."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The prime minister announced on Friday the end of the naval task force's operations.", "en"),
        ("Oslo said in March that it would end its participation in the UN mission.", "en"),
        ("Le gouvernement a annoncé vendredi la fin de sa mission de formation.", "fr"),
        ("Le cabinet avait décidé en mars de mettre fin à sa participation à la mission.", "fr"),
        ("Die Regierung in Oslo hat das Ende der Ausbildungsmission verkündet.", "de"),
        ("Das Kabinett hatte im März beschlossen, die Beteiligung an der Mission zu beenden.", "de"),
        ("El Gobierno anunció el viernes el fin de su misión de entrenamiento.", "es"),
        ("Chính phủ Na Uy tuyên bố chấm dứt phái bộ huấn luyện vào thứ Sáu.", "vi"),
        ("Nội các đã quyết định chấm dứt sự tham gia vào phái bộ từ tháng 3.", "vi"),
    ],
)
def test_an_end_announced_or_decided_is_a_plan(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_announced"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The army announced that the training mission had ended on Sunday.", "en"),
        ("The training mission ended on Sunday.", "en"),
        ("Der UN-Sicherheitsrat hat am Freitag das Ende der Ausbildungsmission beschlossen.", "de"),
        ("La mission de formation a pris fin dimanche.", "fr"),
    ],
)
def test_an_end_that_came_or_was_voted_stays_the_end(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "mission_ended"
