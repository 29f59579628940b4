"""A sentence telling how the act before it was delivered ("The announcement was read out on state
television") goes on telling that act: its event is told to the end of it, and no second event repeats
the act (store/extraction/told_on.py)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

REPORTS = [
    (
        "en",
        "NIAMEY, June 6 (AFP) - Niger's junta said late Thursday it was ending its defence accords with "
        "Belgium.\n\nThe announcement was read out on state television by a government spokesman.\n",
        "ending its defence accords",
        "read out on state television",
    ),
    (
        "fr",
        "NIAMEY, 6 juin 2025 (AFP) - La junte nigérienne a annoncé jeudi soir la dénonciation des accords "
        "de défense avec la Belgique.\n\nL'annonce a été lue à la télévision nationale par un "
        "porte-parole.\n",
        "dénonciation des accords",
        "lue à la télévision",
    ),
    (
        "de",
        "Die Militärregierung in Niger hat am Donnerstag die Verteidigungsabkommen mit Belgien "
        "aufgekündigt.\n\nDie Erklärung wurde im Staatsfernsehen von einem Regierungssprecher verlesen.\n",
        "Verteidigungsabkommen",
        "im Staatsfernsehen",
    ),
    (
        "es",
        "Niamey, 6 jun (EFE).- La junta de Níger denunció este jueves los acuerdos de defensa con "
        "Bélgica.\n\nEl anuncio fue leído en la televisión estatal por un portavoz del Gobierno.\n",
        "acuerdos de defensa",
        "televisión estatal",
    ),
    (
        "vi",
        "Hôm thứ Năm, chính quyền quân sự Niger tuyên bố chấm dứt các hiệp định quốc phòng với Bỉ.\n\n"
        "Thông báo này được đọc trên truyền hình quốc gia.\n",
        "hiệp định quốc phòng",
        "truyền hình quốc gia",
    ),
]


@pytest.mark.parametrize(("language", "text", "act", "delivered"), REPORTS)
def test_how_an_act_was_delivered_is_told_with_it(language: str, text: str, act: str, delivered: str) -> None:
    events = events_of(text, language, "2025-06-06")
    told = [e for e in events if delivered in e.sentence]
    assert told and all(act in e.sentence and e.date == "2025-06-05" for e in told)
    assert all(e.sentence == text[e.start : e.end] for e in events)


def test_a_reaction_to_the_act_is_not_told_with_it() -> None:
    text = (
        "NIAMEY, June 6 (AFP) - Niger's junta said late Thursday it was ending its defence accords with "
        "Belgium.\n\nThe decision was criticised by Brussels.\n"
    )
    assert all("criticised" not in e.sentence for e in events_of(text, "en", "2025-06-06"))


def test_a_delivery_after_two_acts_is_told_with_neither() -> None:
    text = (
        "NIAMEY, June 6 (AFP) - Niger's junta said late Thursday it was ending the defence accords with "
        "Belgium it signed in 2019.\n\nThe announcement was read out on state television.\n"
    )
    assert all("read out" not in e.sentence for e in events_of(text, "en", "2025-06-06"))
