"""An act told again in its own paragraph by naming its site or itself is of the act's day and site
(store/extraction/named_again.py, NAMED_AGAIN in store/languages/<code>/dates.py)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of

PUBLISHED = "2024-03-07"  # a Thursday: "Tuesday" is 2024-03-05

SITES_NAMED_AGAIN = [
    (
        "en",
        "U.N. peacekeepers left their camp in Kidal, Mali, on Tuesday, the mission said.\n\n"
        "The camp was handed over to the Malian army.",
        "handed over",
    ),
    (
        "fr",
        "Les Casques bleus ont quitté mardi leur camp de Kidal, au Mali, a indiqué la mission.\n\n"
        "Le camp a été remis à l'armée malienne.",
        "remis",
    ),
    (
        "vi",
        "Hôm thứ Ba, lực lượng gìn giữ hòa bình đã rời doanh trại ở Kidal, Mali.\n\n"
        "Doanh trại đã được bàn giao cho quân đội Mali.",
        "bàn giao",
    ),
    (
        "de",
        "Die Blauhelme haben am Dienstag ihr Lager in Kidal in Mali verlassen.\n\n"
        "Das Lager wurde an die malische Armee übergeben.",
        "übergeben",
    ),
    (
        "es",
        "Los cascos azules abandonaron el martes su campamento de Kidal, en Malí.\n\n"
        "El campamento fue entregado al ejército maliense.",
        "entregado",
    ),
]


@pytest.mark.parametrize(("language", "text", "fragment"), SITES_NAMED_AGAIN)
def test_a_site_named_again_in_the_next_paragraph_is_the_act_s_day_and_place(language, text, fragment):
    event = event_for(text, language, PUBLISHED, fragment)
    assert event.type == "handover"
    assert event.date == "2024-03-05" and event.date_inferred, event.date_reason
    assert "Kidal" in event.places


def test_a_live_entry_s_time_before_the_site_named_again_is_no_word_of_it():
    text = (
        "08:10 - U.N. peacekeepers left their camp in Kidal, Mali, on Tuesday, the mission said.\n\n"
        "08:45 - The camp was handed over to the Malian army."
    )
    assert event_for(text, "en", PUBLISHED, "handed over").date == "2024-03-05"


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "de",
            "Die UN-Mission hat am Dienstag ihr Lager in Kidal an die malischen Behörden übergeben.\n\n"
            "Die Übergabe verlief nach Angaben der Mission ohne Zwischenfälle.",
            "verlief",
        ),
        (
            "en",
            "The U.N. mission handed over its camp in Kidal to the Malian authorities on Tuesday.\n\n"
            "The handover ceremony lasted less than an hour, according to the mission.",
            "lasted",
        ),
        (
            "fr",
            "La mission de l'ONU a remis mardi son camp de Kidal aux autorités maliennes.\n\n"
            "La remise du camp s'est déroulée sans incident, selon la mission.",
            "déroulée",
        ),
    ],
)
def test_the_act_named_again_with_no_country_of_its_own_is_that_act(language, text, fragment):
    event = event_for(text, language, PUBLISHED, fragment)
    assert event.type == "handover" and event.date == "2024-03-05", (event.type, event.date_reason)
    assert event.countries == ["ML"]


def test_a_site_named_again_in_the_future_stays_undated():
    text = (
        "U.N. peacekeepers left their camp in Kidal, Mali, on Tuesday, the mission said.\n\n"
        "The camp will be handed over to the Malian army next month."
    )
    event = event_for(text, "en", PUBLISHED, "handed over")
    assert event.date != "2024-03-05"


def test_a_site_named_again_after_no_act_of_a_day_stays_undated():
    text = (
        "The mission said on Tuesday it would leave Mali by the end of the year.\n\n"
        "The camp was handed over to the Malian army."
    )
    assert all(e.date != "2024-03-05" for e in events_of(text, "en", PUBLISHED) if "camp" in e.sentence)
