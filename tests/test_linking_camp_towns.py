"""A camp no list places is in the one town its report names (store/linking/camp_towns.py): its
handover and the departure from that town, told in one report or another, are one occurrence; a
report naming two towns says nothing of where the camp is."""

from __future__ import annotations

from typing import Any

from store.linking.camp_towns import FIELD, with_camp_town
from store.linking.clusters import cluster_events
from store.linking.compatibility import judge, profile

COMMON = frozenset({"ML"})  # a store about Mali: Mali identifies nothing


def _event(
    n: int, doc: str, sentence: str, language: str, places: list[str], **fields: Any
) -> dict[str, Any]:
    return {
        "id": f"e{n}",
        "doc": doc,
        "start": n * 100,
        "sentence": sentence,
        "language": language,
        "date": "2024-03-12",
        "date_text": "mardi",
        "date_precision": "day",
        "type": "withdrawal_completed",
        "countries": ["ML", "SE"],
        "places": places,
        **fields,
    }


def _report(doc: str, language: str, left: str, handed: str) -> list[dict[str, Any]]:
    base = 10 * len(doc)
    events = [
        _event(base, doc, left, language, ["Ménaka"]),
        _event(base + 1, doc, handed, language, ["Bravo"], type="handover"),
    ]
    with_camp_town(events)
    return events


FR = _report(
    "fr.txt",
    "fr",
    "Les derniers soldats suédois ont quitté Ménaka mardi.",
    "Le matin, ils avaient remis le camp Bravo à l'armée malienne.",
)
VI = _report(
    "vi.txt",
    "vi",
    "Những binh sĩ Thụy Điển cuối cùng đã rời Ménaka hôm thứ Ba.",
    "Buổi sáng, họ đã bàn giao doanh trại Bravo cho quân đội Mali.",
)
DE = _report(
    "de.txt",
    "de",
    "Die letzten schwedischen Soldaten haben Ménaka am Dienstag verlassen.",
    "Am Morgen hatten sie das Camp Bravo an die malische Armee übergeben.",
)
EN = [_event(1, "en.txt", "Sweden's last troops left Ménaka on Tuesday.", "en", ["Ménaka"])]


def test_an_unlisted_camp_is_in_the_one_town_its_report_names() -> None:
    for report in (FR, VI, DE):
        assert report[1][FIELD] == "Ménaka" and FIELD not in report[0]
    events = [*FR, *VI, *DE, *EN]
    clusters = cluster_events(events, common=COMMON)
    assert len({a.cluster for a in clusters.values()}) == 1
    found = judge(profile(FR[1]), profile(EN[0]), COMMON)
    assert not isinstance(found, str) and "same place Ménaka" in found.reason


def test_a_report_naming_two_towns_or_a_listed_place_leaves_the_camp_where_it_is() -> None:
    two = [
        _event(2, "es.txt", "Los últimos soldados suecos dejaron Ménaka el martes.", "es", ["Ménaka"]),
        _event(3, "es.txt", "Otro contingente salió de Kidal el mismo día.", "es", ["Kidal"]),
        _event(
            4, "es.txt", "Por la mañana entregaron el campamento Bravo.", "es", ["Bravo"], type="handover"
        ),
    ]
    with_camp_town(two)
    assert FIELD not in two[2]
    beside = [
        _event(5, "en2.txt", "Sweden's last troops left Ménaka on Tuesday.", "en", ["Ménaka"]),
        _event(
            6,
            "en2.txt",
            "Camp Bravo, in the Ménaka region, was handed over.",
            "en",
            ["Bravo", "Ménaka region"],
            type="handover",
        ),
        _event(7, "en2.txt", "Camp Bravo was listed on 3 March.", "en", ["Bravo"], date_inferred=True),
    ]
    with_camp_town(beside)
    assert FIELD not in beside[1] and FIELD not in beside[2]
    assert judge(profile(two[2]), profile(EN[0]), COMMON) == "town"
