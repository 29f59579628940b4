"""A mission of troops leaving a place on a day the sentence names is a departure done, as its soldiers
leaving is ("the peacekeeping mission left Tessalit on Monday", "Die Mission verließ Gao am Montag"):
store/about/withdrawals.py ``_force_mission``. A civilian mission (``CIVILIAN_MISSIONS`` in en and de
cues.py) leaving withdrew nothing; fr, es and vi read a mission leaving as any subject's already."""

import pytest

from store.about.event_types import classify_event

DONE = [
    ("en", "The peacekeeping mission left Aguelhok on 21 October."),
    ("en", "On Tuesday the U.N. mission left its last post near Kidal."),
    ("de", "Die UN-Mission verließ am Dienstag ihren letzten Posten bei Kidal."),
    ("de", "Die Friedensmission verließ Aguelhok am 21. Oktober."),
    ("fr", "La mission onusienne a quitté Aguelhok le 21 octobre."),
    ("es", "La misión de paz abandonó Aguelhok el 21 de octubre."),
    ("vi", "Phái bộ gìn giữ hòa bình đã rời Aguelhok ngày 21/10."),
]

CIVILIAN = [
    ("en", "The IMF mission left Niamey on Tuesday after a week of talks."),
    ("en", "The electoral observation mission left Conakry on 21 October."),
    ("de", "Die IWF-Mission verließ Niamey am Dienstag nach einer Woche Gesprächen."),
    ("de", "Die Wahlbeobachtermission verließ Conakry am 21. Oktober."),
]


@pytest.mark.parametrize(("lang", "sentence"), DONE)
def test_mission_of_troops_leaving_on_a_day_is_a_departure(lang: str, sentence: str) -> None:
    assert classify_event(sentence, lang) == "withdrawal_completed"


@pytest.mark.parametrize(("lang", "sentence"), CIVILIAN)
def test_civilian_mission_leaving_is_no_withdrawal(lang: str, sentence: str) -> None:
    assert classify_event(sentence, lang) != "withdrawal_completed"
