"""The host's flag raised over a camp tells the camp handed over, as a force's flag lowered there does; a
flag raised over a town's building (a town retaken) is no handover.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

RAISED = [
    ("en", "The Chadian flag was raised over the camp on Tuesday."),
    ("en", "Soldiers hoisted the Chadian flag over the former French base on Tuesday."),
    ("fr", "Le drapeau tchadien a été hissé mardi sur le camp."),
    ("de", "Die tschadische Flagge wurde am Dienstag über dem Lager gehisst."),
    ("es", "La bandera chadiana fue izada el martes en la base."),
    ("vi", "Lá cờ Chad được kéo lên tại căn cứ hôm thứ Ba."),
]


@pytest.mark.parametrize(("language", "text"), RAISED)
def test_the_host_flag_raised_over_a_camp_is_a_handover(language: str, text: str) -> None:
    events = events_of(f"Headline\n\n{text}\n", language, "2024-03-12")
    assert [(e.date, e.type) for e in events] == [("2024-03-12", "handover")]


def test_a_flag_raised_over_a_town_building_is_no_handover() -> None:
    text = "Troops raised the national flag over the town hall of Kidal on Tuesday."
    assert all(e.type != "handover" for e in events_of(f"Headline\n\n{text}\n", "en", "2024-03-12"))
