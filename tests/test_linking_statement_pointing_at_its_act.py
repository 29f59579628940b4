"""A statement pointing back at the act its report's lead tells ("The foreign ministry announced the decision
on Monday"), in a wire filed the day after: it is that act, dated by its own day, and joins another report
of the act on that day when the act's sentence and the other name one organisation or person
(store/linking/act_evidence.py ``points_at``, ``said_of_one_object``; ``ANAPHORA`` in
store/languages/<code>/cues.py). The host both name is common, as in a store about it. A Vietnamese
wire gives its lead no dateline: "quyết định này" there is the act itself (``SAME_DECISION``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.linking.candidates import CandidateIndex
from store.linking.clusters import _Profiles, cluster_events
from store.linking.compatibility import compatible

HOST = frozenset({"NE"})
DAY_FR = (
    "2025-02-10",
    "NIAMEY, 10 février 2025 (AFP) - Les autorités nigériennes ont déclaré lundi persona non grata Moussa "
    "Keita Diallo, représentant de la Communauté économique des États de l'Afrique de l'Ouest (Cédéao), qui "
    "dispose de 48 heures pour partir.\n",
)
DAY_DE = (
    "2025-02-10",
    "Niamey (dpa) - Die Militärregierung Nigers hat am Montag den Gesandten der Westafrikanischen "
    "Wirtschaftsgemeinschaft Ecowas ausgewiesen.\n",
)
FILED = {
    "en": (
        "2025-02-11",
        "Niger orders regional bloc's envoy out\n\n"
        "DAKAR, Feb 11 (Reuters) - Niger's military government has told the special representative of the "
        "Economic Community of West African States to leave within two days.\n\n"
        "The foreign ministry announced the decision on Monday in a statement read on state television.\n",
        "The foreign ministry",
    ),
    "fr": (
        "2025-02-11",
        "Le Niger expulse l'envoyé de la Cédéao\n\n"
        "DAKAR, 11 février 2025 (AFP) - Le gouvernement militaire du Niger a expulsé le représentant "
        "spécial de la Communauté économique des États de l'Afrique de l'Ouest.\n\n"
        "Le ministère des Affaires étrangères a annoncé la décision lundi dans un communiqué.\n",
        "Le ministère",
    ),
    "de": (
        "2025-02-11",
        "Niger weist Ecowas-Gesandten aus\n\n"
        "Dakar, 11. Februar 2025 (dpa) - Die Militärregierung Nigers hat den Sondergesandten der "
        "Westafrikanischen Wirtschaftsgemeinschaft ausgewiesen.\n\n"
        "Das Außenministerium gab die Entscheidung am Montag in einer Erklärung bekannt.\n",
        "Das Außenministerium",
    ),
    "es": (
        "2025-02-11",
        "Níger expulsa al enviado de la Cedeao\n\n"
        "Dakar, 11 feb (EFE).- La junta militar de Níger ha expulsado al representante de la Comunidad "
        "Económica de los Estados de África Occidental.\n\n"
        "El Ministerio de Exteriores anunció la decisión el lunes en un comunicado.\n",
        "El Ministerio",
    ),
}


@pytest.mark.parametrize("language", sorted(FILED))
def test_a_statement_pointing_at_its_lead_joins_the_act_of_its_day(tmp_path: Path, language: str) -> None:
    published, text, words = FILED[language]
    day = DAY_DE if language == "fr" else DAY_FR
    paths = write_reports(tmp_path / "docs", {"day.txt": day, "filed.txt": (published, text)})
    events = ingest(tmp_path / "s.json", paths)
    statement = event_of(events, words)
    assert statement["date"] == "2025-02-10"
    clusters = cluster_events(events, common=HOST)
    assert len({clusters[e["id"]].cluster for e in events}) == 1, [
        (e["sentence"][:40], e["date"], e["type"]) for e in events
    ]


def test_a_statement_pointing_at_another_organisations_act_stays_apart(tmp_path: Path) -> None:
    other = (
        "2025-02-11",
        "DAKAR, Feb 11 (Reuters) - Niger's military government has told the special representative of the "
        "African Union to leave within two days.\n\n"
        "The foreign ministry announced the decision on Monday in a statement read on state television.\n",
    )
    paths = write_reports(tmp_path / "docs", {"day.txt": DAY_FR, "filed.txt": other})
    events = ingest(tmp_path / "s.json", paths)
    clusters = cluster_events(events, common=HOST)
    day, statement = event_of(events, "persona non grata"), event_of(events, "The foreign ministry")
    assert clusters[day["id"]].cluster != clusters[statement["id"]].cluster


def test_the_candidate_index_finds_the_statement_and_the_act_both_ways(tmp_path: Path) -> None:
    published, text, words = FILED["en"]
    paths = write_reports(tmp_path / "docs", {"day.txt": DAY_FR, "filed.txt": (published, text)})
    events = ingest(tmp_path / "s.json", paths)
    index = CandidateIndex(HOST)
    for e in events:
        index.add(e)
    profiles = _Profiles({e["id"]: e for e in events}, Counter((e["doc"], e["start"]) for e in events))
    day, statement = (profiles[event_of(events, w)["id"]] for w in ("persona non grata", words))
    assert compatible(day, statement, HOST) is not None
    assert statement.id in index.candidates(day) and day.id in index.candidates(statement)
