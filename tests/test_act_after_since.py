"""A sentence dated only by what its act came after ("the first base to be handed back since the
withdrawal was announced in March") tells that act on the story's day, not in March; read without its
"since" phrase, a post named as given back is a handover (store/extraction/after_since.py)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

REPORTS = [
    (
        "en",
        "TIMBUKTU, May 14 (Desert Wire) - French troops handed over their camp at Ber to the Malian army on "
        "Tuesday, the general staff said.\n\nThe governor attended the ceremony.\n\nBer is the first of the "
        "four bases still held by the French to be handed back since the withdrawal was announced in "
        "March.\n",
        "first of the four bases",
    ),
    (
        "fr",
        "TOMBOUCTOU, 14 mai (Agence Sahel Presse) - Les soldats français ont remis mardi leur camp de Ber à "
        "l'armée malienne, a indiqué l'état-major.\n\nLe gouverneur assistait à la cérémonie.\n\nBer est la "
        "première des quatre emprises encore tenues par les Français à être rendue depuis l'annonce du "
        "retrait en mars.\n",
        "première des quatre emprises",
    ),
    (
        "es",
        "TOMBUCTÚ, 14 may (Agencia Sahel) - Las tropas francesas entregaron el martes su campamento de Ber "
        "al ejército maliense, informó el Estado Mayor.\n\nEl gobernador asistió a la ceremonia.\n\n"
        "Ber es la primera de las cuatro bases francesas en ser entregada desde el anuncio de la retirada "
        "en marzo.\n",
        "primera de las cuatro bases",
    ),
    (
        "de",
        "TIMBUKTU, 14. Mai (Sahel-Agentur) - Französische Soldaten haben am Dienstag ihr Lager in Ber an die "
        "malische Armee übergeben.\n\nDer Gouverneur nahm an der Zeremonie teil.\n\nBer ist der erste der "
        "vier Stützpunkte, der seit der Ankündigung des Abzugs im März übergeben wurde.\n",
        "erste der vier",
    ),
    (
        "vi",
        "Timbuktu, ngày 14/5 - Quân đội Pháp đã bàn giao doanh trại Ber cho quân đội Mali hôm thứ Ba.\n\n"
        "Thống đốc đã dự buổi lễ.\n\nBer là căn cứ đầu tiên được bàn giao kể từ khi rút quân được "
        "công bố vào tháng 3.\n",
        "căn cứ đầu tiên",
    ),
]


@pytest.mark.parametrize(("language", "text", "fragment"), REPORTS, ids=[r[0] for r in REPORTS])
def test_an_act_told_as_the_first_since_a_date_is_of_the_storys_day(
    language: str, text: str, fragment: str
) -> None:
    events = [e for e in events_of(text, language, "2024-05-14") if fragment in e.sentence]
    assert [(e.date, e.type) for e in events] == [("2024-05-14", "handover")]
    assert events[0].date_inferred


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "en",
            "BAMAKO, May 14 (Desert Wire) - The junta has held power since the coup of August 2020.\n",
            "held power",
        ),
        (
            "fr",
            "BAMAKO, 14 mai (Agence Sahel Presse) - Les soldats français ont remis mardi leur camp de Ber à "
            "l'armée malienne.\n\nLe camp était tenu par les Français depuis leur arrivée en 2013.\n",
            "tenu par les Français",
        ),
        (
            "fr",
            "BAMAKO, 14 mai (Agence Sahel Presse) - Les soldats français ont remis mardi leur camp de Ber à "
            "l'armée malienne.\n\nDepuis début mars, les patrouilles sont suspendues dans la région.\n",
            "patrouilles",
        ),
        (
            "en",
            "BAMAKO, May 14 (Desert Wire) - French troops handed over their camp at Ber on Tuesday.\n\n"
            "Patrols have been suspended in the region since early March.\n",
            "Patrols",
        ),
    ],
)
def test_a_state_since_a_date_gets_no_later_day(language: str, text: str, fragment: str) -> None:
    events = [e for e in events_of(text, language, "2024-05-14") if fragment in e.sentence]
    assert all(e.date != "2024-05-14" for e in events)
