"""Where a source spoke is not where its act happened: "..., an army spokesman in Bamako said" names the
speaker's town, so the event does not carry it (a place the sentence also names elsewhere stays).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

SAID_AT_A_TOWN = [
    ("en", "Chadian troops handed the camp over on Tuesday, a military spokesman in Bamako said."),
    ("fr", "Les soldats tchadiens ont remis mardi le camp, a indiqué un porte-parole militaire à Bamako."),
    ("de", "Die tschadischen Soldaten haben das Lager am Dienstag übergeben, sagte ein Sprecher in Bamako."),
    ("es", "Los soldados chadianos entregaron el campamento el martes, dijo un portavoz militar en Bamako."),
    ("vi", "Một người phát ngôn quân đội ở Bamako cho biết binh sĩ Chad đã bàn giao doanh trại hôm thứ Ba."),
]


@pytest.mark.parametrize(("language", "text"), SAID_AT_A_TOWN)
def test_the_town_a_source_spoke_in_is_not_the_act_s_place(language: str, text: str) -> None:
    events = events_of(f"Headline\n\n{text}\n", language, "2024-03-07")
    assert events
    assert all("Bamako" not in e.places for e in events)


def test_a_town_the_act_also_names_stays() -> None:
    text = "Chadian troops left their camp in Bamako on Tuesday, a military spokesman in Bamako said."
    events = events_of(f"Headline\n\n{text}\n", "en", "2024-03-07")
    assert any("Bamako" in e.places for e in events)
