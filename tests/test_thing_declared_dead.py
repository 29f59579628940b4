"""A thing declared dead, void or over is no death: "the junta declared it dead" of an accord, "für nichtig
erklärt", "da por muerto el acuerdo" (``THING_DECLARED_DEAD`` in store/languages/<code>/acts.py, read by
store/about/acts.py ``casualty_told``). A peace accord declared so is ended (``accord_ended``); declared by a
pronoun, it is the peace accord a sentence before names (store/extraction/act_then_day.py
``accord_pointed_back``). People declared dead are still casualties.

Sentences written for these tests (none from the seeds or the corpora)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Niger's rulers on Friday declared the 2019 peace agreement null and void.", "en"),
        ("Le gouvernement a déclaré vendredi l'accord de paix de 2019 caduc.", "fr"),
        ("Die Regierung hat das Friedensabkommen von 2019 am Freitag für nichtig erklärt.", "de"),
        ("El Gobierno dio por muerto el viernes el acuerdo de paz de 2019.", "es"),
        ("Chính phủ hôm thứ Sáu tuyên bố hiệp định hòa bình năm 2019 đã chết.", "vi"),
    ],
)
def test_a_peace_accord_declared_dead_is_ended(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "accord_ended"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("On Friday the rulers declared it dead, blaming the mediators.", "en"),
        ("The ceasefire is now dead, the minister said on Friday.", "en"),
        ("Le ministre a affirmé vendredi que le processus de paix est mort.", "fr"),
        ("El ministro dijo el viernes que la tregua está muerta.", "es"),
        ("Hôm thứ Sáu, chính phủ tuyên bố lệnh ngừng bắn đã chết.", "vi"),
    ],
)
def test_a_thing_declared_dead_is_no_casualty(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) != "casualties"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Two soldiers were declared dead on Friday in Gao.", "en"),
        ("Les médecins l'ont déclaré mort vendredi à Gao.", "fr"),
        ("Zwei Soldaten wurden am Freitag in Gao getötet, der Waffenstillstand ist gescheitert.", "de"),
        ("Dos soldados fueron declarados muertos el viernes en Gao.", "es"),
        ("Hai binh sĩ đã chết hôm thứ Sáu ở Gao sau khi thỏa thuận bị phá vỡ.", "vi"),
    ],
)
def test_people_declared_dead_are_still_casualties(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "casualties"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Le cessez-le-feu a été violé lundi près de Gao et un soldat est mort.", "fr"),
        (
            "Le ministre a déclaré que le cessez-le-feu avait été violé et qu'un soldat était mort lundi.",
            "fr",
        ),
        ("El acuerdo fue violado el lunes en Gao y un soldado está muerto.", "es"),
        ("Quân đội tuyên bố thỏa thuận ngừng bắn bị phá vỡ khiến hai người đã chết hôm thứ Hai ở Gao.", "vi"),
    ],
)
def test_a_death_told_beside_an_accord_is_still_a_casualty(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "casualties"


def test_an_accord_with_its_long_name_declared_dead_is_ended() -> None:
    sentence = (
        "La junte a annoncé jeudi que l'accord pour la paix et la réconciliation signé en 2015 est mort."
    )
    assert classify_event(sentence, "fr") == "accord_ended"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The agreement signed in Algiers between Niamey and the rebel coalition was meant to end the "
            "revolt. "
            "On March 7 the junta declared it dead, blaming the mediators.\n",
            "en",
        ),
        (
            "Das Abkommen zwischen Niamey und den Rebellen sollte den Aufstand beenden. "
            "Die Junta hat es am 7. März für nichtig erklärt.\n",
            "de",
        ),
    ],
)
def test_a_pronoun_declared_dead_after_a_peace_accord_ends_it(text: str, language: str) -> None:
    dated = [(e.date, e.type) for e in events_of(text, language, "2025-03-09") if e.date]
    assert ("2025-03-07", "accord_ended") in dated


def test_a_pronoun_declared_dead_after_no_accord_ends_none() -> None:
    text = (
        "The festival drew thousands of visitors to Niamey every winter. "
        "On March 7 the organisers declared it over, blaming the costs.\n"
    )
    assert all(e.type != "accord_ended" for e in events_of(text, "en", "2025-03-09"))


def test_a_ceasefire_declared_over_a_holiday_ends_no_accord() -> None:
    sentence = "The government declared a ceasefire over the holiday on Friday to save the peace deal."
    assert classify_event(sentence, "en") != "accord_ended"


def test_a_peace_deal_declared_over_is_ended() -> None:
    assert classify_event("On Friday the junta declared the 2019 peace deal over.", "en") == "accord_ended"
