"""A sentence told hours before its report's act, and two sentences of one report at two places, are other
occurrences: neither joins an act on a day and a name or a country alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.linking_helpers import event_of, ingest, write_reports

ACT_EN = (
    "2025-03-10",
    "Niger said last Thursday that it was ending its military cooperation with Germany, a decision "
    "announced hours after Defence Minister Boris Pistorius left Niamey.\n",
)
BEFORE = {
    "de": (
        "2025-03-07",
        "Niamey (NDW) - Niger hat am Donnerstagabend überraschend die militärische Zusammenarbeit mit "
        "Deutschland aufgekündigt.\n\nWenige Stunden zuvor war der deutsche Verteidigungsminister Boris "
        "Pistorius in Niamey zu Gast gewesen.\n",
        "Wenige Stunden",
    ),
    "fr": (
        "2025-03-07",
        "NIAMEY, 7 mars 2025 (AOA) - Le Niger a annoncé jeudi soir mettre fin à sa coopération militaire "
        "avec l'Allemagne.\n\nQuelques heures plus tôt, le ministre allemand de la Défense, Boris Pistorius, "
        "était reçu à Niamey par les autorités nigériennes.\n",
        "Quelques heures",
    ),
}


@pytest.mark.parametrize("language", sorted(BEFORE))
def test_an_untyped_sentence_told_hours_before_its_reports_act_does_not_join_another_reports_act(
    tmp_path: Path, language: str
) -> None:
    published, text, fragment = BEFORE[language]
    events = ingest(
        tmp_path / "events.json",
        write_reports(tmp_path / "docs", {"act.txt": ACT_EN, f"{language}.txt": (published, text)}),
    )
    act, visit = event_of(events, "Pistorius left"), event_of(events, fragment)
    assert act["date"] == visit["date"] == "2025-03-06"
    assert visit["cluster"] != act["cluster"]  # the visit before the decision, not the decision


TWO_PLACES = {
    "en": (
        "2024-06-03",
        "GAO, Mali, June 3 (TCP) - French troops on Monday handed the Gao base to Malian forces, well "
        "ahead of a deadline to leave the country.\n\nA small team is expected to stay in Bamako to finish "
        "the paperwork of the withdrawal.\n",
        "Gao base",
        "small team",
    ),
    "fr": (
        "2024-06-03",
        "GAO, 3 juin 2024 (AOA) - La France a annoncé lundi à Gao qu'elle retirerait ses soldats du Mali "
        "bien avant la date limite.\n\nUne petite équipe devrait rester à Bamako afin de boucler le "
        "retrait.\n",
        "annoncé lundi",
        "petite équipe",
    ),
}


@pytest.mark.parametrize("language", sorted(TWO_PLACES))
def test_two_sentences_of_one_report_at_two_places_are_two_occurrences(tmp_path: Path, language: str) -> None:
    published, text, first, second = TWO_PLACES[language]
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", {"r.txt": (published, text)}))
    a, b = event_of(events, first), event_of(events, second)
    assert a["date"] == b["date"]
    assert a["cluster"] != b["cluster"]
