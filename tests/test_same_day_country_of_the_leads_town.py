"""A lead that names the town of its act but no country ("U.N. peacekeepers left their camp in Tessalit on
Sunday") still tells an act in that town's country: the next paragraph's undated handover to that
country's army is of the same day (store/dates/continuation.py ``same_day``).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of

# Published Monday 2023-10-23: "Sunday" is 2023-10-22.
HANDED_OVER = [
    (
        "en",
        "U.N. peacekeepers left their camp in Tessalit on Sunday, the mission said.",
        "The Malian army took over the camp, the ministry said.",
    ),
    (
        "fr",
        "Les casques bleus ont quitté dimanche leur camp de Tessalit, a annoncé la mission.",
        "Les installations ont été remises à l'armée malienne, a indiqué le ministère.",
    ),
    (
        "es",
        "Los cascos azules abandonaron el domingo su campamento de Tessalit, informó la misión.",
        "Las instalaciones fueron entregadas al ejército maliense, indicó el ministerio.",
    ),
    (
        "de",
        "Die Blauhelme haben am Sonntag ihr Lager in Tessalit verlassen, teilte die Mission mit.",
        "Die Anlagen wurden der malischen Armee übergeben, erklärte das Ministerium.",
    ),
    (
        "vi",
        "Lực lượng gìn giữ hòa bình đã rời trại Tessalit hôm Chủ nhật, phái bộ cho biết.",
        "Các cơ sở đã được bàn giao cho quân đội Mali, bộ quốc phòng cho biết.",
    ),
]


@pytest.mark.parametrize(("language", "lead", "sentence"), HANDED_OVER)
def test_a_handover_in_the_country_of_the_leads_town_is_of_that_day(
    language: str, lead: str, sentence: str
) -> None:
    event = event_for(f"{lead}\n\n{sentence}\n", language, "2023-10-23", sentence[:12])
    assert (event.type, event.date, event.countries) == ("handover", "2023-10-22", ["ML"])


def test_a_handover_in_another_country_is_not() -> None:
    lead = "U.N. peacekeepers left their camp in Tessalit on Sunday, the mission said."
    sentence = "The Nigerien army took over a French base, the ministry said."
    events = [e for e in events_of(f"{lead}\n\n{sentence}\n", "en", "2023-10-23") if "Nigerien" in e.sentence]
    assert all(e.date != "2023-10-22" for e in events)
