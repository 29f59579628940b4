"""Departures told as movements: troops flying, driving or sailing out of a place, the last ones landing.

Every sentence here is written for these tests (en, fr, vi, de, es), none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.event_types import classify_event, reported_kinds
from tests.linking_helpers import event_of, ingest, write_reports


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The remaining Belgian troops flew out of Gao on Tuesday, the defence ministry said."),
        ("en", "Dozens of armoured vehicles carrying the peacekeepers drove out of the Ogossagou camp."),
        ("en", "The Italian contingent was airlifted out of Niamey overnight."),
        ("en", "The soldiers based at Ménaka moved out of the town on Monday morning."),
        ("en", "The final German soldiers touched down at Wunstorf on Friday."),
        ("fr", "Les soldats belges se sont envolés de Gao mardi, selon le ministère de la Défense."),
        ("fr", "Les derniers légionnaires ont atterri à Istres jeudi soir."),
        ("fr", "Les casques bleus ont levé le camp lundi à l'aube."),
        ("vi", "Những binh sĩ Bỉ đã bay khỏi Gao hôm thứ Ba."),
        ("vi", "Những binh sĩ Đức cuối cùng hạ cánh xuống Wunstorf hôm thứ Sáu."),
        ("de", "Die letzten belgischen Soldaten landeten am Dienstag in Melsbroek."),
        ("de", "Die Soldaten flogen am Dienstag aus Gao aus."),
        ("es", "Los últimos soldados belgas aterrizaron el martes en Bruselas."),
        ("es", "Las tropas belgas volaron desde Gao el martes."),
    ],
)
def test_troops_moving_out_of_a_place_or_the_last_ones_arriving_home_is_a_departure(
    lang: str, text: str
) -> None:
    assert classify_event(text, lang) == "withdrawal_completed"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The president flew out of Bamako on Friday for talks in Algiers."),
        ("en", "The first Turkish troops landed in Niamey on Monday."),
        ("en", "The junta demanded that the troops fly out of the country within a month."),
        ("fr", "Le chef de la junte s'est envolé de Niamey pour Moscou mardi."),
        ("de", "Die ersten Soldaten landeten am Montag in Gao."),
        ("es", "El ministro voló desde Bamako a Argel el lunes."),
    ],
)
def test_a_leader_travelling_the_first_troops_landing_or_a_demand_is_no_departure(
    lang: str, text: str
) -> None:
    assert classify_event(text, lang) != "withdrawal_completed"


def test_troops_who_will_fly_out_are_an_announcement() -> None:
    text = "The last Belgian soldiers will fly out of Gao by the end of the month, the ministry said."
    assert classify_event(text, "en") == "withdrawal_announced"


def test_a_statement_that_troops_flew_out_tells_a_withdrawal() -> None:
    kinds = reported_kinds("The ministry said the Belgian soldiers had flown out of Gao.", "en")
    assert "withdrawal_completed" in kinds


def test_a_departure_told_as_a_flight_links_with_the_same_departure_told_as_leaving(tmp_path: Path) -> None:
    reports = {
        "wire.txt": (
            "2024-04-16",
            "BRUSSELS, April 16 (Reuters) - The last Belgian soldiers posted in Mali flew out of Gao on "
            "Monday, the army said.\n",
        ),
        "fr.txt": ("2024-04-17", "Les derniers militaires belges ont quitté Gao lundi 15 avril.\n"),
    }
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    flight, left = event_of(events, "flew out of"), event_of(events, "ont quitté")
    assert flight["type"] == left["type"] == "withdrawal_completed"
    assert flight["date"] == left["date"] == "2024-04-15"
    assert flight["cluster"] == left["cluster"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Blue helmets abandoned their base at Léré on Sunday, a UN spokesman said.", "withdrawal_completed"),
        ("The contingent evacuated its camp in Ogossagou overnight.", "withdrawal_completed"),
        ("The peacekeepers turned the Goundam camp over to the Malian army on Friday.", "handover"),
        ("The mission turned over its base to the national guard on Friday.", "handover"),
        ("Villagers abandoned their fields after the floods.", "other"),
        ("The rebels turned the fighting over to their allies in the north.", "other"),
    ],
)
def test_abandoning_a_camp_is_leaving_it_and_turning_it_over_is_handing_it_over(text: str, kind: str) -> None:
    assert classify_event(text, "en") == kind


def test_bringing_troops_home_is_a_repatriation_and_wanting_them_gone_a_demand() -> None:
    assert classify_event("Oslo will bring home its 70 soldiers from Mali, the minister said.", "en") == (
        "withdrawal_announced"
    )
    assert (
        classify_event("Norway brought its last peacekeepers home in June.", "en") == "withdrawal_completed"
    )
    wanted = "The junta confirmed on Monday that it wanted the Norwegian troops gone within a month."
    assert classify_event(wanted, "en") == "statement"
    assert "withdrawal_completed" not in reported_kinds(wanted, "en")
