"""The last of a force gone told as a state ("there are no more French soldiers in Mali", "il n'y a plus
de soldats", "es gibt keine ... Soldaten mehr", "ya no quedan soldados", "không còn binh sĩ ... nào") is a
completed withdrawal (``withdrew`` in store/languages/<lang>/cues.py), not a sentence without a type. A
state still to come, or wished for, is not one."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "As of Friday there are no more Chadian soldiers in northern Cameroon, the ministry said."),
        ("en", "There are now no longer any German peacekeepers in Gao."),
        ("fr", "Depuis samedi, il n'y a plus aucun soldat tchadien à Kousséri."),
        ("fr", "Il n'y a désormais plus de casques bleus dans la région de Tombouctou."),
        ("de", "Seit Freitag gibt es keine deutschen Soldaten mehr in Gao."),
        ("es", "Desde el sábado ya no quedan tropas chadianas en el norte de Camerún."),
        ("vi", "Từ thứ Bảy, không còn binh sĩ Chad nào ở miền bắc Cameroon."),
    ],
)
def test_no_troops_any_more_is_a_completed_withdrawal(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_completed"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "There will be no more Chadian soldiers in Cameroon by the end of the year."),
        ("fr", "Il n'y aura plus de soldats tchadiens au Cameroun d'ici la fin de l'année."),
        ("fr", "Yaoundé souhaite qu'il n'y ait plus de soldats étrangers sur son sol."),
        ("de", "Bald wird es keine deutschen Soldaten mehr in Gao geben."),
    ],
)
def test_no_troops_still_to_come_is_no_completed_withdrawal(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) != "withdrawal_completed"
