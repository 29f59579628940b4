"""A German military post given up ("hat ihren Stützpunkt in Aguelhok aufgegeben", "gaben ihr Lager auf")
is a completed withdrawal from it, as "left" or "geräumt" is; a post that is no military one (a refugee camp,
a minister's post, a basis for talks) is not. A military post given back ("zurückgegeben", "gaben ... zurück")
is handed over.

Every sentence here is written for these tests, none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.event_types import classify_event
from tests.linking_helpers import event_of, ingest, write_reports


@pytest.mark.parametrize(
    "text",
    [
        "Die UN-Mission hat am Montag ihren Stützpunkt in Ber aufgegeben.",
        "Die Blauhelme gaben am Montag ihr Lager in Tessalit auf.",
        "Die französische Armee hat die Militärbasis in Faya aufgegeben.",
    ],
)
def test_a_military_post_given_up_is_a_completed_withdrawal(text: str) -> None:
    assert classify_event(text, "de") == "withdrawal_completed"


@pytest.mark.parametrize(
    "text",
    [
        "Das Flüchtlingslager bei Mopti wurde gestern aufgegeben.",
        "Er gab seinen Posten als Verteidigungsminister auf.",
        "Die Parteien haben ihre Verhandlungsbasis aufgegeben.",
    ],
)
def test_something_given_up_that_is_no_military_post_is_no_withdrawal(text: str) -> None:
    assert classify_event(text, "de") != "withdrawal_completed"


def test_a_post_given_up_links_with_the_departure_from_it(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "de.txt": ("2023-08-15", "Die UN-Mission hat am Sonntag ihren Stützpunkt in Ber aufgegeben."),
            "es.txt": ("2023-08-14", "La misión de la ONU completó el domingo su retirada de Ber."),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    de, es = event_of(events, "aufgegeben"), event_of(events, "completó")
    assert de["type"] == "withdrawal_completed"
    assert de["cluster"] == es["cluster"]


@pytest.mark.parametrize(
    "text",
    [
        "Frankreich hat seinen Militärstützpunkt in Abéché im Osten des Tschads an die tschadische Armee "
        "zurückgegeben.",
        "Die USA gaben am Sonntag ihre Luftwaffenbasis in Niamey an Niger zurück.",
    ],
)
def test_a_military_post_given_back_is_handed_over(text: str) -> None:
    assert classify_event(text, "de") == "handover"


@pytest.mark.parametrize(
    "text", ["Der Minister hat das Geld zurückgegeben.", "Die Regierung gab das Land an die Bauern zurück."]
)
def test_something_given_back_that_is_no_military_post_is_no_handover(text: str) -> None:
    assert classify_event(text, "de") != "handover"
