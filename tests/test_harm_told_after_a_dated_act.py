"""Harm told right after a dated act, with no date of its own, is of that act's day: the toll of an attack
told over two sentences, and the attack on departing troops told with the words of their movement (a
convoy, the road, the journey); not a comment on the act, nor harm told with a background word
(store/extraction/harm_on_the_way.py).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

TOLL = [
    (
        "en",
        "Militants killed six Togolese soldiers in an ambush near Dapaong on Tuesday.\n\n"
        "At least 12 other Togolese soldiers were wounded, two of them seriously.",
        "12 other",
    ),
    (
        "fr",
        "Six soldats togolais ont été tués mardi dans une embuscade près de Dapaong.\n\n"
        "Au moins 12 autres militaires togolais ont été blessés, dont deux grièvement.",
        "12 autres",
    ),
    (
        "vi",
        "Sáu binh sĩ Togo đã thiệt mạng trong một cuộc phục kích gần Dapaong hôm thứ Ba.\n\n"
        "Ít nhất 12 binh sĩ Togo khác bị thương, hai người trong số đó bị thương nặng.",
        "12 binh sĩ",
    ),
    (
        "es",
        "Seis soldados togoleses murieron el martes en una emboscada cerca de Dapaong.\n\n"
        "Al menos otros 12 militares togoleses resultaron heridos, dos de ellos de gravedad.",
        "otros 12",
    ),
]

ON_THE_WAY = [
    (
        "en",
        "Kenyan police officers left their base at Kismayo on Tuesday, the force said.\n\n"
        "The Kenyan convoy struck a roadside bomb on the way to the port and four officers were wounded.",
        "convoy",
    ),
    (
        "fr",
        "Les policiers kényans ont quitté mardi leur base de Kismayo, a indiqué la force.\n\n"
        "Le convoi kényan a sauté sur une mine sur la route du port et quatre policiers ont été blessés.",
        "convoi",
    ),
    (
        "vi",
        "Các cảnh sát Kenya đã rời căn cứ Kismayo hôm thứ Ba, lực lượng này cho biết.\n\n"
        "Đoàn xe của họ trúng mìn trên đường ra cảng, bốn cảnh sát bị thương.",
        "Đoàn xe",
    ),
    (
        "de",
        "Kenianische Polizisten haben am Dienstag ihre Basis in Kismayo verlassen, teilte die Truppe mit.\n\n"
        "Ihr Konvoi fuhr auf dem Weg zum Hafen auf eine Sprengfalle, vier Polizisten wurden verletzt.",
        "Konvoi",
    ),
]


@pytest.mark.parametrize(("language", "story", "fragment"), TOLL)
def test_a_toll_told_after_a_dated_attack_is_of_its_day(language: str, story: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{story}\n", language, "2024-05-16", fragment)
    assert (event.date, event.date_inferred) == ("2024-05-14", True)


@pytest.mark.parametrize(("language", "story", "fragment"), ON_THE_WAY)
def test_harm_on_the_way_out_is_of_the_day_the_troops_left(language: str, story: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{story}\n", language, "2024-05-16", fragment)
    assert (event.date, event.date_inferred) == ("2024-05-14", True)


def test_harm_told_with_a_background_word_stays_undated() -> None:
    story = (
        "Kenyan police officers left their base at Kismayo on Tuesday, the force said.\n\n"
        "The Kenyan convoy had already struck a roadside bomb on the way in, wounding four officers."
    )
    assert event_for(f"Headline\n\n{story}\n", "en", "2024-05-16", "convoy").date is None


def test_a_comment_on_the_attack_tells_no_harm_of_that_day() -> None:
    story = (
        "Militants killed six Togolese soldiers in an ambush near Dapaong on Tuesday.\n\n"
        "This is one of the deadliest attacks in the north in years."
    )
    found = [e for e in _events(story) if "deadliest" in e.sentence]
    assert all(e.date is None for e in found)


def _events(story: str) -> list:
    from tests.extract_helpers import events_of

    return events_of(f"Headline\n\n{story}\n", "en", "2024-05-16")
