"""One force (a contingent, a unit) leaving a place, told in the simple past, is a departure done, as many
soldiers leaving is: de "verließ", the singular of "verließen" (the "away" cue of de/cues.py, which needs a
troops noun in the clause). A person leaving a place withdrew nothing."""

import pytest

from store.about.event_types import classify_event

DONE = [
    ("de", "Das dänische Kontingent verließ Ménaka am Sonntag."),
    ("de", "Die zweite Einheit verließ am Sonntag das Lager bei Ménaka."),
    ("en", "The Danish contingent left Ménaka on Sunday."),
    ("fr", "Le contingent danois a quitté Ménaka dimanche."),
    ("es", "El contingente danés abandonó Ménaka el domingo."),
    ("vi", "Đơn vị Đan Mạch đã rời khỏi Ménaka hôm Chủ nhật."),
]

PEOPLE = [
    ("de", "Der Außenminister verließ Ménaka am Sonntag."),
    ("en", "The foreign minister left Ménaka on Sunday."),
]


@pytest.mark.parametrize(("lang", "sentence"), DONE)
def test_one_force_leaving_a_place_is_a_departure_done(lang: str, sentence: str) -> None:
    assert classify_event(sentence, lang) == "withdrawal_completed"


@pytest.mark.parametrize(("lang", "sentence"), PEOPLE)
def test_a_person_leaving_a_place_is_no_withdrawal(lang: str, sentence: str) -> None:
    assert classify_event(sentence, lang) != "withdrawal_completed"
