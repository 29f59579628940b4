"""The paragraph after a wire lead telling the last troops crossing into a neighbour ("crossed the border into
Niger") goes on telling the lead's departure: it is of the lead's day, and of the country left.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

STORIES = [
    (
        "en",
        "BAMAKO, March 6 (Wire) - The last French soldiers left Mali on Tuesday.",
        "Their final convoy crossed the border into Niger, the general staff said.",
    ),
    (
        "fr",
        "BAMAKO, 6 mars (AFP) - Les derniers soldats français ont quitté le Mali mardi.",
        "Leur dernier convoi a franchi la frontière vers le Niger, selon l'état-major.",
    ),
    (
        "de",
        "BAMAKO, 6. März (NAS) - Die letzten französischen Soldaten haben Mali am Dienstag verlassen.",
        "Der letzte Konvoi verließ das Land über die Grenze nach Niger, teilte der Generalstab mit.",
    ),
    (
        "es",
        "BAMAKO, 6 de marzo (EFE) - Los últimos soldados franceses abandonaron Malí el martes.",
        "Su último convoy cruzó la frontera hacia Níger y abandonó el país, según el Estado Mayor.",
    ),
    (
        "vi",
        "Hôm qua, những binh sĩ Pháp cuối cùng đã rời Mali.",
        "Bộ Tổng tham mưu Pháp cho biết đoàn xe cuối cùng đã vượt biên giới sang Niger.",
    ),
]


@pytest.mark.parametrize(("language", "lead", "second"), STORIES)
def test_the_last_troops_crossing_into_a_neighbour_after_the_lead_are_its_departure(
    language: str, lead: str, second: str
) -> None:
    events = events_of(f"Headline\n\n{lead}\n\n{second}\n", language, "2024-03-06")
    assert len(events) == 2
    crossing = events[1]
    assert (crossing.date, crossing.date_inferred) == ("2024-03-05", True)
    assert {"ML", "NE"} <= set(crossing.countries)
