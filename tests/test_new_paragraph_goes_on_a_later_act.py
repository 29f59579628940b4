"""Wire copy gives each sentence its own paragraph: an undated act in the paragraph right after *any* dated
act of the story (not only its lead) is of that act's day, unless a time phrase, a background word, a
future, or another place or country moves it off.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

# a lead of Monday, a later act of Wednesday, then an undated handover in its own paragraph
STORY = {
    "en": (
        "Portuguese troops began leaving the Kayes camp on Monday, the ministry said.",
        "On Wednesday the last Portuguese soldiers left Mali.",
        "The Portuguese army handed over the Sikasso base to Malian forces.",
    ),
    "fr": (
        "Les soldats portugais ont commencé lundi à quitter le camp de Kayes, selon le ministère.",
        "Mercredi, les derniers soldats portugais ont quitté le Mali.",
        "L'armée portugaise a remis la base de Sikasso aux forces maliennes.",
    ),
    "es": (
        "Los soldados portugueses comenzaron el lunes a retirarse del campamento de Kayes.",
        "El miércoles, los últimos soldados portugueses abandonaron Malí.",
        "El ejército portugués entregó la base de Sikasso a las fuerzas malienses.",
    ),
    "de": (
        "Portugiesische Soldaten haben am Montag mit dem Abzug aus dem Lager Kayes begonnen.",
        "Am Mittwoch haben die letzten portugiesischen Soldaten Mali verlassen.",
        "Die portugiesische Armee übergab den Stützpunkt Sikasso an die malischen Streitkräfte.",
    ),
    "vi": (
        "Hôm thứ Hai, binh sĩ Bồ Đào Nha bắt đầu rút khỏi trại Kayes.",
        "Hôm thứ Tư, những binh sĩ Bồ Đào Nha cuối cùng đã rời Mali.",
        "Quân đội Bồ Đào Nha đã bàn giao căn cứ Sikasso cho quân đội Mali.",
    ),
}
# the same third paragraph, moved off that day: a background word, a future
MOVED = {
    "en": (
        "The Portuguese army had already handed over the Sikasso base to Malian forces.",
        "The Portuguese army will hand over the Sikasso base to Malian forces.",
    ),
    "fr": (
        "L'armée portugaise avait déjà remis la base de Sikasso aux forces maliennes.",
        "L'armée portugaise remettra la base de Sikasso aux forces maliennes.",
    ),
    "es": (
        "El ejército portugués ya había entregado la base de Sikasso a las fuerzas malienses.",
        "El ejército portugués entregará la base de Sikasso a las fuerzas malienses.",
    ),
    "de": (
        "Die portugiesische Armee hatte den Stützpunkt Sikasso bereits an Malis Streitkräfte übergeben.",
        "Die portugiesische Armee wird den Stützpunkt Sikasso an die malischen Streitkräfte übergeben.",
    ),
    "vi": (
        "Trước đó, quân đội Bồ Đào Nha đã bàn giao căn cứ Sikasso cho quân đội Mali.",
        "Quân đội Bồ Đào Nha sẽ bàn giao căn cứ Sikasso cho quân đội Mali.",
    ),
}


def _third(language: str, third: str) -> list:
    lead, later, _ = STORY[language]
    text = f"Headline\n\n{lead}\n\n{later}\n\n{third}\n"
    return [e for e in events_of(text, language, "2025-03-14") if "Sikasso" in e.sentence]


@pytest.mark.parametrize("language", sorted(STORY))
def test_an_undated_act_in_the_paragraph_after_a_later_dated_act_takes_its_day(language: str) -> None:
    got = _third(language, STORY[language][2])
    assert got and all((e.date, e.date_inferred) == ("2025-03-12", True) for e in got)


@pytest.mark.parametrize("language", sorted(MOVED))
def test_a_background_word_or_a_future_keeps_it_off_that_day(language: str) -> None:
    for third in MOVED[language]:
        assert all(e.date != "2025-03-12" for e in _third(language, third))


def test_an_act_of_another_country_is_not_of_that_day() -> None:
    got = _third("en", "The Spanish army handed over the Dakar base to Senegalese forces.")
    assert all(e.date != "2025-03-12" for e in got)


def test_a_flashback_with_a_day_of_its_own_dates_nothing_after_it() -> None:
    lead, _, third = STORY["en"]
    flashback = "The first Portuguese convoy had left Kidal on February 3."
    text = f"Headline\n\n{lead}\n\n{flashback}\n\n{third}\n"
    got = [e for e in events_of(text, "en", "2025-03-14") if "Sikasso" in e.sentence]
    assert all(e.date != "2025-02-03" for e in got)
