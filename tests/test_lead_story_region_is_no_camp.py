"""A region the lead names ("ending years of deployments in the Sahel") is no camp: a town of the lead's
country told in the paragraph after it is still the lead's act of that day, not another site
(store/extraction/lead_story.py).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of

# Published Thursday 2024-03-14: "Thursday" is 2024-03-14.
REGION = [
    (
        "en",
        "The last Italian soldiers left Niger on Thursday, ending years of European training missions in "
        "the Sahel.",
        "A plane carrying the remaining soldiers took off from the Niamey air base shortly after dawn, "
        "officials said.",
        "remaining soldiers",
    ),
    (
        "fr",
        "Les derniers soldats italiens ont quitté le Niger jeudi, mettant fin à des années de missions "
        "européennes au Sahel.",
        "Un avion transportant les derniers soldats a décollé de la base aérienne de Niamey peu après "
        "l'aube, selon des responsables.",
        "avion transportant",
    ),
    (
        "vi",
        "Những binh sĩ Ý cuối cùng đã rời Niger hôm thứ Năm, khép lại nhiều năm các sứ mệnh huấn luyện của "
        "châu Âu ở Sahel.",
        "Những binh sĩ còn lại đã rời căn cứ không quân ở Niamey bằng máy bay, các quan chức cho biết.",
        "còn lại",
    ),
    (
        "de",
        "Die letzten italienischen Soldaten haben Niger am Donnerstag verlassen und damit Jahre europäischer "
        "Ausbildungsmissionen im Sahel beendet.",
        "Die verbliebenen Soldaten verließen den Luftwaffenstützpunkt in Niamey am Morgen mit einem "
        "Flugzeug, teilten Beamte mit.",
        "verbliebenen",
    ),
]


@pytest.mark.parametrize(("language", "lead", "sentence", "fragment"), REGION)
def test_a_town_after_a_lead_naming_a_region_is_the_leads_act(
    language: str, lead: str, sentence: str, fragment: str
) -> None:
    event = event_for(f"{lead}\n\n{sentence}\n", language, "2024-03-14", fragment)
    assert (event.date, event.date_precision) == ("2024-03-14", "day")


def test_another_camp_after_a_lead_naming_a_camp_stays_undated() -> None:
    lead = (
        "The last Italian soldiers left the Niamey air base on Thursday, ending years of missions in the "
        "Sahel."
    )
    text = f"{lead}\n\nTheir convoy left the Ouallam camp in the afternoon, officials said.\n"
    ouallam = [e for e in events_of(text, "en", "2024-03-14") if "Ouallam" in e.sentence]
    assert all(e.date is None for e in ouallam)
