"""A type extraction gives that no linking family lists yet (a new kind of act) is still a type: its reports
dated only to the month link with those dated to the day, through the candidate index as by a full scan.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

from itertools import combinations

from store.linking.candidates import CandidateIndex
from store.linking.clusters import cluster_events
from store.linking.compatibility import FAMILY, compatible, profile

KIND = "detention"  # no family lists it ("arrest" has one since store/about/acts.py)
REPORTS = [
    ("en", "2024-03-03", "day", "Police in Niamey on Sunday arrested 12 French nationals at the airport."),
    (
        "fr",
        "2024-03-03",
        "day",
        "Douze ressortissants français ont été arrêtés dimanche à l'aéroport de Niamey.",
    ),
    ("es", "2024-03", "month", "Los franceses fueron detenidos en marzo en el aeropuerto de Niamey."),
    ("vi", "2024-03", "month", "Các công dân Pháp bị bắt tại sân bay Niamey hồi tháng 3."),
]


def _events() -> list[dict]:
    return [
        {
            "id": f"e{n}",
            "doc": f"{language}.txt",
            "start": 0,
            "date": date,
            "date_precision": precision,
            "type": KIND,
            "countries": ["FR", "NE"],
            "places": ["Niamey"],
            "sentence": sentence,
            "language": language,
        }
        for n, (language, date, precision, sentence) in enumerate(REPORTS)
    ]


def test_the_type_is_one_no_family_lists() -> None:
    assert KIND not in FAMILY


def test_the_candidate_index_finds_every_pair_of_a_type_without_a_family() -> None:
    events = _events()
    index = CandidateIndex(frozenset())
    for e in events:
        index.add(e)
    profiles = [profile(e) for e in events]
    pairs = [(a, b) for a, b in combinations(profiles, 2) if compatible(a, b, frozenset()) is not None]
    assert len(pairs) == 6  # every pair: the same type, a place, day within month
    for a, b in pairs:
        assert b.id in index.candidates(a) and a.id in index.candidates(b), (a.id, b.id)


def test_reports_of_a_type_without_a_family_dated_to_the_month_join_those_dated_to_the_day() -> None:
    clusters = cluster_events(_events(), common=frozenset())
    assert len({a.cluster for a in clusters.values()}) == 1


def test_untyped_reports_dated_to_the_month_still_link_with_nothing() -> None:
    events = [dict(e, type="other") for e in _events()]
    clusters = cluster_events(events, common=frozenset())
    month = [clusters[e["id"]].size for e in events if e["date_precision"] == "month"]
    assert month == [1, 1]
