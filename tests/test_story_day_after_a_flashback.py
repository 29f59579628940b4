"""An act "earlier in the day" or "hours later" told right after a flashback (a pluperfect, "trước đó":
"The junta had closed the border on Friday.") is of the story's own day, not of the flashback's.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

CASES = [
    (
        "en",
        "Benin on Wednesday recalled its ambassador from Niamey, the foreign ministry said.",
        "Niger had closed the border crossing at Malanville on Saturday.",
        "Earlier in the day, the Beninese army withdrew its troops from the border posts.",
        "Beninese army withdrew",
    ),
    (
        "fr",
        "Le Bénin a rappelé mercredi son ambassadeur à Niamey, a indiqué le ministère.",
        "Le Niger avait fermé samedi le poste-frontière de Malanville.",
        "Plus tôt dans la journée, l'armée béninoise a retiré ses troupes des postes frontaliers.",
        "armée béninoise a retiré",
    ),
    (
        "es",
        "Benín llamó a consultas el miércoles a su embajador en Niamey, informó la cancillería.",
        "Níger había cerrado el sábado el paso fronterizo de Malanville.",
        "Horas más tarde, el ejército beninés retiró sus tropas de los puestos fronterizos.",
        "ejército beninés retiró",
    ),
    (
        "vi",
        "Benin hôm thứ Tư đã triệu hồi đại sứ tại Niamey, Bộ Ngoại giao cho biết.",
        "Trước đó, hôm thứ Bảy, Niger đã đóng cửa khẩu Malanville.",
        "Vài giờ sau, quân đội Benin đã rút binh sĩ khỏi các đồn biên giới.",
        "quân đội Benin đã rút",
    ),
]


@pytest.mark.parametrize(("language", "lead", "flashback", "sentence", "fragment"), CASES)
def test_an_act_at_another_hour_after_a_flashback_is_of_the_story_day(
    language: str, lead: str, flashback: str, sentence: str, fragment: str
) -> None:
    text = f"{lead}\n\n{flashback}\n\n{sentence}\n"
    event = event_for(text, language, "2024-05-16", fragment)  # a Thursday: Wednesday is 15 May
    assert (event.date, event.date_precision, event.date_inferred) == ("2024-05-15", "day", False)


def test_with_no_story_day_before_it_the_flashback_day_still_counts() -> None:
    text = (
        "Niger had closed the border crossing at Malanville on Saturday.\n\n"
        "Hours later, the Beninese army withdrew its troops from the border posts.\n"
    )
    event = event_for(text, "en", "2024-05-16", "Beninese army withdrew")
    assert event.date == "2024-05-11"


def test_what_a_speaker_says_had_happened_is_no_flashback_of_the_story() -> None:
    text = (
        "Benin recalled its ambassador from Niamey on Monday.\n\n"
        "On Wednesday the foreign ministry said the envoy had already left.\n\n"
        "Hours later, the Beninese army withdrew its troops from the border posts.\n"
    )
    event = event_for(text, "en", "2024-05-16", "Beninese army withdrew")
    assert event.date == "2024-05-15"


def test_a_word_of_the_past_after_the_day_is_no_flashback() -> None:
    text = (
        "Benin recalled its ambassador from Niamey on Monday.\n\n"
        "The Beninese army left the border posts on Wednesday, a week before the deadline set by Niamey.\n\n"
        "Hours later, Niger reopened the Malanville crossing.\n"
    )
    event = event_for(text, "en", "2024-05-16", "Niger reopened")
    assert event.date == "2024-05-15"
