"""Troops that stay on after a withdrawal ("une centaine de militaires resteront sur place", "will remain in
the country", "bleiben im Land", "permanecerán en el país", "ở lại") are a presence kept, typed a
deployment; a force taking over another's tasks ("Ihre Aufgaben übernimmt das Afrikakorps", "will take over
Wagner's tasks", "reprendra les missions", "asumirá las tareas", "tiếp quản nhiệm vụ") is a handover. Both
are events of a report with no date of their own (a takeover told in the German present is as of the
report; a handover still to come stays undated); staying in power or taking over a company is neither.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event
from tests.extract_helpers import event_for


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Une centaine de soldats belges resteront sur place pour former l'armée nigérienne.", "fr"),
        ("About 200 Italian soldiers will remain in the country to train the army, the ministry said.", "en"),
        ("Rund 60 deutsche Soldaten bleiben vorerst im Land, um die Armee auszubilden.", "de"),
        ("Unos 80 militares italianos permanecerán en el país para entrenar al ejército.", "es"),
        ("Khoảng 100 binh sĩ Italy sẽ ở lại Niger để huấn luyện quân đội.", "vi"),
    ],
)
def test_troops_staying_on_are_a_deployment(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "deployment"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Seine Aufgaben übernimmt die russische Armee, teilte das Ministerium mit.", "de"),
        ("The Russian army will take over the group's tasks in Mali.", "en"),
        ("L'armée russe reprendra les missions du groupe au Mali.", "fr"),
        ("El ejército ruso asumirá las tareas del grupo en Malí.", "es"),
        ("Quân đội Nga sẽ tiếp quản nhiệm vụ của nhóm này tại Mali.", "vi"),
    ],
)
def test_a_force_taking_over_tasks_is_a_handover(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "handover"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Le général restera au pouvoir jusqu'aux élections.", "fr"),
        ("The junta will remain in power until the elections.", "en"),
        ("A Russian firm will take over the gold mine.", "en"),
    ],
)
def test_staying_in_power_or_taking_over_a_mine_is_neither(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) not in {"deployment", "handover"}


@pytest.mark.parametrize(
    ("language", "text", "fragment", "date"),
    [
        (
            "de",
            "Wagner verlässt Mali\n\nDie Söldnergruppe hat am Freitag ihren Abzug verkündet. Die Söldner "
            "waren Ende 2021 gekommen.\n\nSeine Aufgaben übernimmt die russische Armee, teilte das "
            "Ministerium mit.\n",
            "Aufgaben",
            "2025-06-07",
        ),
        (
            "en",
            "Wagner leaves Mali\n\nThe group announced its departure on Friday. Its fighters had arrived in "
            "late 2021.\n\nThe Russian army will take over the group's tasks in Mali.\n",
            "tasks",
            None,  # a handover still to come stays undated (tests/test_same_day_continuation.py)
        ),
        (
            "en",
            "Wagner leaves Mali\n\nThe group announced its departure on Friday. Its fighters had arrived in "
            "late 2021.\n\nThe Russian army took over the group's tasks in Mali.\n",
            "tasks",
            None,
        ),
    ],
)
def test_tasks_taken_over_in_the_german_present_are_dated_as_of_the_report(
    language: str, text: str, fragment: str, date: str | None
) -> None:
    event = event_for(text, language, "2025-06-07", fragment)
    assert (event.type, event.date) == ("handover", date)
