"""A plan whose sentence dates only its deadline, told in the report of a decision that ends a mission on a
day its sentence gives ("The Council voted on Friday to end the mission" / "The resolution gives the
blue helmets until December 31 to leave"), is that decision's terms: one occurrence, whichever order the
reports come in, in the same cluster as the other reports of the vote. Another government's plan told in
that report, or a plan in another report, stays apart. Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.linking.clusters import cluster_events
from tests.linking_helpers import event_of, ingest, write_reports

VOTE = {
    "en": (
        "UNITED NATIONS, March 14 (TCP) - The U.N. Security Council voted unanimously on Friday to end the "
        "peacekeeping mission in the Central African Republic.\n\n"
        "The resolution gives the 14,000 blue helmets until December 31 to leave the country.\n",
        "gives the 14,000",
    ),
    "fr": (
        "NEW YORK, 14 mars 2025 (AOA) - Le Conseil de sécurité de l'ONU a voté vendredi à l'unanimité la fin "
        "de la mission de paix en Centrafrique.\n\n"
        "La résolution prévoit le départ des 14 000 casques bleus d'ici le 31 décembre.\n",
        "prévoit le départ",
    ),
    "es": (
        "NUEVA YORK, 14 mar (AIA) - El Consejo de Seguridad de la ONU votó este viernes por unanimidad "
        "el fin de la misión de paz en la República Centroafricana.\n\n"
        "Los 14.000 cascos azules tendrán hasta el 31 de diciembre para salir del país.\n",
        "tendrán hasta",
    ),
}
OTHER_REPORT = (
    "2025-03-15",
    "Der UN-Sicherheitsrat hat am Freitag einstimmig das Ende der Friedensmission in der "
    "Zentralafrikanischen Republik beschlossen.\n",
)


@pytest.mark.parametrize("language", sorted(VOTE))
def test_a_deadline_told_in_the_report_of_the_vote_is_the_vote(tmp_path: Path, language: str) -> None:
    text, plan_words = VOTE[language]
    reports = {"other.txt": OTHER_REPORT, f"vote_{language}.txt": ("2025-03-14", text)}
    events = ingest(tmp_path / "e.json", write_reports(tmp_path / "d", reports))
    plan, vote = event_of(events, plan_words), event_of(events, "Centr")
    other = event_of(events, "Sicherheitsrat")
    assert plan["type"] == "withdrawal_announced" and plan["target_date"]
    assert vote["type"] == other["type"] == "mission_ended"
    assert plan["cluster"] == vote["cluster"] == other["cluster"]
    # the same clusters as clustering the whole store at once
    whole = cluster_events(events)
    assert {e["id"]: e["cluster"] for e in events} == {i: a.cluster for i, a in whole.items()}
    # and whichever report comes first
    backwards = ingest(tmp_path / "b.json", write_reports(tmp_path / "d", dict(reversed(reports.items()))))
    assert {e["id"]: e["cluster"] for e in backwards} == {e["id"]: e["cluster"] for e in events}


def test_a_deadline_in_a_report_that_tells_no_decision_stays_apart(tmp_path: Path) -> None:
    reports = {
        "other.txt": OTHER_REPORT,
        "plan.txt": ("2025-03-14", "The 14,000 blue helmets have until December 31 to leave the country.\n"),
    }
    events = ingest(tmp_path / "e.json", write_reports(tmp_path / "d", reports))
    plan, other = event_of(events, "have until"), event_of(events, "Sicherheitsrat")
    assert plan["cluster"] != other["cluster"]
