"""A wire's lead (store/extraction/wire_lead.py): an agency named in words, a German lead told in the present,
and a lead whose act the next sentence dates to a day before the report's."""

from __future__ import annotations

import pytest
from extract_helpers import event_for, events_of


def test_an_agency_named_in_words_opens_a_wire_lead() -> None:
    text = "BAMAKO (Sahel Press Agency) - Mali has expelled the special envoy of ECOWAS.\n"
    event = event_for(text, "en", "2025-03-19", "expelled")
    assert (event.date, event.type) == ("2025-03-19", "expulsion")


def test_a_german_lead_in_the_present_tells_the_days_news() -> None:
    text = "Niamey (dpa) - Die Regierung in Niamey setzt die Zusammenarbeit mit der EU-Mission aus.\n"
    event = event_for(text, "de", "2025-03-19", "setzt")
    assert (event.date, event.type) == ("2025-03-19", "suspension")


def test_a_german_lead_still_to_come_is_no_news_of_the_day() -> None:
    text = "Niamey (dpa) - Die Regierung in Niamey wird die Zusammenarbeit mit der EU-Mission aussetzen.\n"
    assert all(e.date != "2025-03-19" or e.type != "suspension" for e in events_of(text, "de", "2025-03-19"))


@pytest.mark.parametrize(
    ("text", "lang", "fragment"),
    [
        (
            "NIAMEY (Sahel Press Agency) - Niger has suspended its military cooperation with Benin.\n\n"
            "The junta announced the suspension of the cooperation with Benin on Monday evening.\n",
            "en",
            "NIAMEY",
        ),
        (
            "NIAMEY (AFP) - Le Niger a suspendu sa coopération militaire avec le Bénin.\n\n"
            "La junte a annoncé lundi soir la suspension de la coopération avec le Bénin.\n",
            "fr",
            "NIAMEY",
        ),
        (
            "NIAMEY (EFE) - Níger ha suspendido su cooperación militar con Benín.\n\n"
            "La junta anunció el lunes la suspensión de la cooperación con Benín.\n",
            "es",
            "NIAMEY",
        ),
        (
            "Niamey (dpa) - Niger stoppt die Ausbildung seiner Soldaten durch die EU.\n\n"
            "Die Regierung in Niamey setzte die Ausbildung am Montag aus.\n",
            "de",
            "stoppt",
        ),
    ],
)
def test_the_lead_takes_the_day_the_next_sentence_gives_its_act(text: str, lang: str, fragment: str) -> None:
    lead = event_for(text, lang, "2025-03-19", fragment)
    assert (lead.date, lead.type) == ("2025-03-17", "suspension")
    assert len([e for e in events_of(text, lang, "2025-03-19") if e.date == "2025-03-17"]) == 2


def test_another_countrys_act_on_the_next_day_leaves_the_lead_its_report_day() -> None:
    text = (
        "BAMAKO (Sahel Press Agency) - Mali has expelled the special envoy of ECOWAS.\n\n"
        "The foreign ministry ordered the expulsion of the Beninese diplomat on Monday.\n"
    )
    assert event_for(text, "en", "2025-03-19", "BAMAKO").date == "2025-03-19"


def test_a_german_lead_bringing_troops_home_is_the_decision_the_next_sentence_dates() -> None:
    text = (
        "Wien (APA) - Österreich holt seine Soldaten aus Mali zurück.\n\n"
        "Das gab Verteidigungsministerin Klaudia Tanner am Montag in Wien bekannt.\n"
    )
    lead = event_for(text, "de", "2025-03-19", "holt")
    assert (lead.date, lead.type) == ("2025-03-17", "withdrawal_announced")


def test_a_german_lead_withdrawing_troops_tells_the_decision_of_the_report_day() -> None:
    text = "Wien (APA) - Österreich zieht seine Soldaten aus Mali ab.\n"
    lead = event_for(text, "de", "2025-03-19", "zieht")
    assert (lead.date, lead.type) == ("2025-03-19", "withdrawal_announced")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "NIAMEY, 2 mars (Agence Sahélienne de Presse et d'Information) - La junte a mis fin mardi à "
            "l'accord de défense avec la France.\n",
            "fr",
        ),
        (
            "NIAMEY, March 2 (Sahel Regional Press and Information Agency) - The junta ended its defence "
            "agreement with France on Tuesday.\n",
            "en",
        ),
        (
            "NIAMEY, 2 de marzo (Agencia Iberoamericana de Noticias del Sahel) - La junta puso fin el martes "
            "al acuerdo de defensa con Francia.\n",
            "es",
        ),
    ],
)
def test_a_dateline_with_an_agency_named_in_full_is_no_second_date(text: str, lang: str) -> None:
    assert {e.date for e in events_of(text, lang, "2025-03-02")} == {"2025-02-25"}


def test_a_german_lead_in_the_present_telling_a_state_is_no_news_of_the_day() -> None:
    text = "Gao (dpa) - Die Bundeswehr bleibt vorerst in Mali stationiert.\n"
    assert all(e.date != "2025-03-21" for e in events_of(text, "de", "2025-03-21"))
