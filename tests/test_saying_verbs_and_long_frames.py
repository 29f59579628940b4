"""Two classes found by probe reports: more verbs of saying ("informó el jueves el Gobierno", "wie die
Regierung mitteilte", "hieß es") make a withdrawal told through them a statement that links with the other
reports of it, not an untyped sentence; and a German frame may put the troops far before the participle
that moves them ("Die letzten Soldaten sind am Dienstag mit zwei Maschinen vom Flughafen Gao nach Niamey im
Nachbarland Niger ausgeflogen worden"): the troops' clause, not a fixed span, says who moved.

Every sentence here is written for these tests, none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.event_types import classify_event
from tests.linking_helpers import event_of, ingest, write_reports


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Noruega retira sus soldados de Malí, informó el viernes el Ministerio de Defensa."),
        ("es", "Los cascos azules abandonan la región, precisó el portavoz de la misión."),
        ("de", "Norwegen zieht seine Soldaten aus Mali ab, wie das Ministerium am Freitag mitteilte."),
        ("de", "Die Blauhelme verlassen die Region, hieß es aus der Mission."),
    ],
)
def test_a_withdrawal_told_through_a_verb_of_saying_is_at_least_a_statement(lang: str, text: str) -> None:
    assert classify_event(text, lang) in {"statement", "withdrawal_announced"}


def test_a_statement_of_a_decision_links_with_the_announcement(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "de.txt": (
                "2023-03-04",
                "Norwegen zieht seine Soldaten aus Mali ab, wie das Ministerium am Freitag mitteilte.",
            ),
            "en.txt": ("2023-03-03", "Norway said on Friday it would withdraw its soldiers from Mali."),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    assert event_of(events, "Norwegen zieht")["cluster"] == event_of(events, "Norway said")["cluster"]


@pytest.mark.parametrize(
    "text",
    [
        "Die letzten rund 200 belgischen Soldatinnen und Soldaten sind am Sonntag mit einem Airbus vom "
        "Flughafen Niamey über Algier nach Brüssel im Heimatland Belgien ausgeflogen worden.",
        "Die letzten Blauhelme sind am Montag mit drei Transportmaschinen vom Flugplatz in Tessalit über "
        "Gao in die Hauptstadt Bamako ausgeflogen worden.",
    ],
)
def test_troops_far_before_a_german_participle_still_make_the_departure(text: str) -> None:
    assert classify_event(text, "de") == "withdrawal_completed"


def test_a_president_flying_out_makes_no_departure_across_a_clause_break() -> None:
    text = "Die Soldaten bleiben vorerst in Gao; der Präsident ist am Montag aus Bamako abgeflogen."
    assert classify_event(text, "de") != "withdrawal_completed"
