"""A live blog's day heading without a year dates the entries under it (store/extraction/day_headings.py)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

LIVE_BLOGS = [
    (
        "en",
        "Niger live: French troops pull out\n\nWednesday, October 11\n\n"
        "08:15 - The first French soldiers have left their base in Ouallam, an army source says.\n\n"
        "Thursday, October 12\n\n"
        "17:30 - The Ouallam base has been handed over to the Nigerien army.",
        "2023-10-13",
        ("soldiers have left", "2023-10-11"),
        ("has been handed over", "2023-10-12"),
    ),
    (
        "fr",
        "En direct : les soldats français quittent le Niger\n\nMercredi 11 octobre\n\n"
        "08h15 - Les premiers soldats français ont quitté leur base d'Ouallam, "
        "selon une source militaire.\n\n"
        "Jeudi 12 octobre\n\n"
        "17h30 - La base d'Ouallam a été remise à l'armée nigérienne.",
        "2023-10-13",
        ("ont quitté", "2023-10-11"),
        ("a été remise", "2023-10-12"),
    ),
    (
        "vi",
        "Trực tiếp: binh sĩ Pháp rút khỏi Niger\n\nThứ Tư, 11/10\n\n"
        "08:15 - Những binh sĩ Pháp đầu tiên đã rút khỏi căn cứ Ouallam, một nguồn tin quân sự cho biết.\n\n"
        "Thứ Năm, 12/10\n\n"
        "17:30 - Căn cứ Ouallam đã được bàn giao cho quân đội Niger.",
        "2023-10-13",
        ("đã rút khỏi", "2023-10-11"),
        ("được bàn giao", "2023-10-12"),
    ),
    (
        "de",
        "Liveblog: Französische Truppen verlassen Niger\n\nMittwoch, 11. Oktober\n\n"
        "08:15 - Die ersten französischen Soldaten haben ihren Stützpunkt in Ouallam verlassen, "
        "sagt eine Quelle in der Armee.\n\n"
        "Donnerstag, 12. Oktober\n\n"
        "17:30 - Der Stützpunkt Ouallam wurde an die nigrische Armee übergeben.",
        "2023-10-13",
        ("verlassen", "2023-10-11"),
        ("übergeben", "2023-10-12"),
    ),
    (
        "es",
        "Directo: las tropas francesas salen de Níger\n\nMiércoles, 11 de octubre\n\n"
        "08:15 - Los primeros soldados franceses han abandonado su base de Ouallam, "
        "según una fuente militar.\n\n"
        "Jueves, 12 de octubre\n\n"
        "17:30 - La base de Ouallam ha sido entregada al ejército nigerino.",
        "2023-10-13",
        ("han abandonado", "2023-10-11"),
        ("ha sido entregada", "2023-10-12"),
    ),
]


@pytest.mark.parametrize(("language", "text", "published", "first", "second"), LIVE_BLOGS)
def test_an_entry_under_a_day_heading_is_of_that_day(language, text, published, first, second):
    for fragment, day in (first, second):
        event = event_for(text, language, published, fragment)
        assert event.date == day, (fragment, event.date, event.date_reason)
        assert event.date_precision == "day" and not event.date_inferred
        assert "day heading" in (event.date_reason or "")


def test_a_heading_takes_the_year_that_puts_it_next_to_the_page_date():
    text = (
        "Sahel live\n\nSunday, December 31\n\n"
        "23:10 - The last convoy has left the U.N. camp in Gao, Mali.\n\n"
        "Monday, January 1\n\n09:00 - The Gao camp has been handed over to the Malian army."
    )
    assert event_for(text, "en", "2024-01-02", "convoy has left").date == "2023-12-31"
    assert event_for(text, "en", "2024-01-02", "handed over").date == "2024-01-01"


def test_relative_days_under_a_heading_count_from_its_day():
    text = (
        "Mali live\n\nThursday, March 14\n\n"
        "10:00 - The peacekeepers left the Kidal camp yesterday, the mission says."
    )
    assert event_for(text, "en", "2024-03-16", "Kidal camp").date == "2024-03-13"


def test_a_byline_date_with_its_year_dates_no_undated_act():
    text = (
        "Peacekeepers leave Kidal\n\nMarch 14, 2024\n\n"
        "The peacekeepers have left the Kidal camp in Mali, the mission says.\n\n"
        "The camp has been handed over to the Malian army."
    )
    assert event_for(text, "en", "2024-03-14", "handed over").date is None


def test_an_entry_telling_the_past_keeps_no_date_of_the_heading():
    text = (
        "Mali live\n\nFriday, December 15\n\n"
        "09:40 - The Dutch contingent had already left the camp in Timbuktu, a spokesperson says."
    )
    assert event_for(text, "en", "2023-12-15", "Dutch contingent").date is None
