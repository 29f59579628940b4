"""A statement that ends a defence pact or a mission is the announcement that the troops will go.

Every sentence here is written for these tests (en, fr, vi, de, es), none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.event_types import classify_event, reported_kinds
from store.linking.compatibility import compatible, profile
from tests.linking_helpers import event_of, ingest, write_reports


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Dakar said on Monday it was ending its defence cooperation agreement with Paris."),
        ("en", "The government announced the termination of the status-of-forces agreement with Washington."),
        ("fr", "Dakar a annoncé lundi la fin de l'accord de défense qui le lie à Paris."),
        ("fr", "Le gouvernement a annoncé la fin de la coopération militaire avec la France."),
        ("vi", "Ngày 2/12, Senegal tuyên bố chấm dứt thỏa thuận hợp tác quân sự với Pháp."),
        ("de", "Die Regierung verkündete am Montag das Ende des Verteidigungsabkommens mit Frankreich."),
        ("es", "El Gobierno anunció el lunes el fin del acuerdo de defensa con Francia."),
        ("en", "The foreign ministry said the end of the training mission had been decided on Monday."),
        ("en", "The spokesman said the government had torn up the military cooperation accord with Rome."),
        ("fr", "Niamey a dénoncé mercredi les accords de coopération militaire avec Washington."),
        ("vi", "Niger tuyên bố hủy bỏ các thỏa thuận hợp tác quân sự với Mỹ."),
        ("de", "Niger kündigte am Samstag das Militärabkommen mit den USA auf."),
        ("es", "Níger denunció el sábado el acuerdo militar con Estados Unidos."),
    ],
)
def test_ending_a_defence_pact_or_a_mission_tells_a_withdrawal_announced(lang: str, text: str) -> None:
    assert "withdrawal_announced" in reported_kinds(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Bamako announced on Thursday the end of the Algiers peace agreement with armed groups."),
        ("en", "Protesters demanded the end of the defence pact with France, the organisers said."),
        ("fr", "Les manifestants ont exigé la fin de l'accord de défense avec la France."),
        ("fr", "Le ministre a annoncé la fin de l'accord commercial avec le Maroc."),
        ("en", "Protesters demanded that the government scrap the defence pact, the organisers said."),
        ("fr", "Le gouvernement a dénoncé les accords miniers signés par l'ancien régime."),
    ],
)
def test_the_end_of_another_agreement_or_a_demand_for_it_tells_no_withdrawal(lang: str, text: str) -> None:
    assert "withdrawal_announced" not in reported_kinds(text, lang)


def _event(i: str, kind: str, sentence: str, language: str, countries: list[str]) -> dict:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "start": 0,
        "date": "2024-12-02",
        "date_precision": "day",
        "type": kind,
        "countries": countries,
        "places": [],
        "sentence": sentence,
        "language": language,
    }


def test_the_statement_ending_a_pact_links_to_that_days_announcement_not_to_a_departure() -> None:
    text = "Dakar a annoncé lundi la fin de l'accord de défense qui le lie à la France."
    pact = _event("a", "statement", text, "fr", ["FR", "SN"])
    assert classify_event(text, "fr") == "statement"
    announced = _event(
        "b", "withdrawal_announced", "Senegal said French troops would leave the country.", "en", ["FR", "SN"]
    )
    left = _event("c", "withdrawal_completed", "The last French soldiers left Dakar.", "en", ["FR", "SN"])
    peace = _event(
        "d", "statement", "Dakar announced the end of the peace accord with the rebels.", "en", ["SN"]
    )
    evidence = compatible(profile(pact), profile(announced), frozenset())
    assert evidence is not None and "same country FR, SN" in evidence.reason
    assert compatible(profile(pact), profile(left), frozenset()) is None
    assert compatible(profile(peace), profile(announced), frozenset()) is None


def test_three_reports_of_one_pact_ending_are_one_occurrence(tmp_path: Path) -> None:
    reports = {
        "wire.txt": (
            "2024-12-02",
            "DAKAR, Dec 2 (AFP) - Senegal said on Monday it was ending its defence cooperation agreement "
            "with France, a decision that will force the 350 French soldiers posted there to leave.\n",
        ),
        "fr.txt": (
            "2024-12-03",
            "Dakar a annoncé lundi 2 décembre la fin de l'accord de défense qui le lie à la France.\n",
        ),
        "vi.txt": (
            "2024-12-03",
            "Hôm 2/12, Senegal tuyên bố chấm dứt thỏa thuận hợp tác quân sự với Pháp.\n",
        ),
    }
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    told = [
        event_of(events, "ending its defence"),
        event_of(events, "la fin de"),
        event_of(events, "chấm dứt"),
    ]
    assert {e["date"] for e in told} == {"2024-12-02"}
    assert len({e["cluster"] for e in told}) == 1
