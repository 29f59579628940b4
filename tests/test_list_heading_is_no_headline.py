"""A line ending in a colon ("Key dates of the pullout:") opens the list below it: it is never the page's
headline, so the lead sentence between the headline and that line stays body.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from store.document.boilerplate import classify_blocks
from tests.docs_fixtures import blocks_with


@pytest.mark.parametrize(
    ("language", "title", "lead", "heading", "entries"),
    [
        (
            "en",
            "Belgium closes its Niger training mission",
            "The last Belgian instructors flew home from Niamey to Melsbroek on Sunday, March 3.",
            "Timeline of the exit:",
            ("- Feb. 2: Brussels says its trainers will go home.", "- March 3: The final flight lands."),
        ),
        (
            "fr",
            "La Belgique ferme sa mission au Niger",
            "Les derniers instructeurs belges ont atterri dimanche à Melsbroek après leur départ de Niamey.",
            "Les étapes du départ :",
            ("- 2 février : Bruxelles annonce le retour.", "- 3 mars : le dernier vol arrive."),
        ),
        (
            "es",
            "Bélgica cierra su misión en Níger",
            "Los últimos instructores belgas aterrizaron el domingo en Melsbroek procedentes de Niamey.",
            "Cronología de la salida:",
            ("- 2 de febrero: Bruselas anuncia el regreso.", "- 3 de marzo: aterriza el último vuelo."),
        ),
        (
            "de",
            "Belgien beendet seine Mission in Niger",
            "Die letzten belgischen Ausbilder sind am Sonntag aus Niamey in Melsbroek gelandet.",
            "Die wichtigsten Daten:",
            ("- 2. Februar: Brüssel kündigt die Rückkehr an.", "- 3. März: Der letzte Flug landet."),
        ),
    ],
)
def test_a_lead_above_a_list_heading_with_a_colon_is_body(
    language: str, title: str, lead: str, heading: str, entries: tuple[str, ...]
) -> None:
    text = "\n\n".join([title, lead, heading, *entries]) + "\n"
    blocks = classify_blocks(text, language)
    assert blocks_with(text, blocks, lead[:30])[0].kind == "body"
    assert blocks_with(text, blocks, title)[0].kind == "boilerplate"
    assert blocks_with(text, blocks, heading)[0].kind == "boilerplate"
    for entry in entries:
        assert blocks_with(text, blocks, entry[:15])[0].kind == "body"


@pytest.mark.parametrize(
    ("language", "title", "lead", "heading", "entries"),
    [
        (
            "en",
            "Belgium closes its Niger training mission",
            "The last Belgian instructors flew home from Niamey to Melsbroek on Sunday, March 3.",
            "How the pullout unfolded",
            ("- Feb. 2: Brussels says its trainers will go home.", "- March 3: The final flight lands."),
        ),
        (
            "fr",
            "La Belgique ferme sa mission au Niger",
            "Les derniers instructeurs belges ont atterri dimanche à Melsbroek après leur départ de Niamey.",
            "Chronologie du départ des instructeurs",
            ("2 février : Bruxelles annonce le retour.", "3 mars : le dernier vol arrive."),
        ),
        (
            "es",
            "Bélgica cierra su misión en Níger",
            "Los últimos instructores belgas aterrizaron el domingo en Melsbroek procedentes de Niamey.",
            "Cronología de la salida belga",
            ("- 2 de febrero: Bruselas anuncia el regreso.", "- 3 de marzo: aterriza el último vuelo."),
        ),
    ],
)
def test_a_lead_above_an_unpunctuated_list_heading_is_body(
    language: str, title: str, lead: str, heading: str, entries: tuple[str, ...]
) -> None:
    text = "\n\n".join([title, lead, heading, *entries]) + "\n"
    blocks = classify_blocks(text, language)
    assert blocks_with(text, blocks, lead[:30])[0].kind == "body"
    assert blocks_with(text, blocks, title)[0].reason == "headline"
    assert blocks_with(text, blocks, heading)[0].kind == "boilerplate"


def test_a_chronology_page_keeps_its_own_title_as_headline() -> None:
    text = (
        "Timeline of the French withdrawal\n\n- Feb. 2: Paris says its troops will go home.\n\n"
        "- March 3: The last flight lands.\n"
    )
    blocks = classify_blocks(text, "en")
    assert blocks_with(text, blocks, "Timeline of the French")[0].reason == "headline"
    assert blocks_with(text, blocks, "- Feb. 2")[0].kind == "body"


@pytest.mark.parametrize(
    ("language", "title", "lead", "subheading", "body"),
    [
        (
            "en",
            "Germany ends its Niger mission",
            "The last German soldiers landed at Wunstorf air base on Friday after leaving Niamey.",
            "A difficult decade in the Sahel",
            (
                "Germany first sent trainers to Niger in 2018 and later ran an air transport base there.",
                "The junta ordered foreign troops out after the coup, the ministry said.",
            ),
        ),
        (
            "de",
            "Deutschland beendet Einsatz in Niger",
            "Die letzten deutschen Soldaten sind am Freitag aus Niamey kommend in Wunstorf gelandet.",
            "Ein schwieriges Jahrzehnt im Sahel",
            (
                "Deutschland hatte 2018 erstmals Ausbilder nach Niger geschickt und dort einen Stützpunkt.",
                "Die Junta hatte nach dem Putsch alle ausländischen Truppen ausgewiesen, hieß es.",
            ),
        ),
        (
            "vi",
            "Đức kết thúc sứ mệnh tại Niger",
            "Những binh sĩ Đức cuối cùng đã hạ cánh xuống căn cứ Wunstorf hôm thứ Sáu sau khi rời Niamey.",
            "Một thập kỷ khó khăn ở Sahel",
            (
                "Đức lần đầu cử huấn luyện viên tới Niger năm 2018 và sau đó vận hành một căn cứ không vận.",
                "Chính quyền quân sự đã yêu cầu quân đội nước ngoài rời đi sau cuộc đảo chính.",
            ),
        ),
    ],
)
def test_a_lead_above_the_first_subheading_is_body_when_the_text_opens_with_its_headline(
    language: str, title: str, lead: str, subheading: str, body: tuple[str, ...]
) -> None:
    text = "\n\n".join([title, lead, subheading, *body]) + "\n"
    blocks = classify_blocks(text, language)
    assert blocks_with(text, blocks, title)[0].reason == "headline"
    assert blocks_with(text, blocks, lead[:30])[0].kind == "body"
    assert blocks_with(text, blocks, subheading)[0].kind == "boilerplate"
