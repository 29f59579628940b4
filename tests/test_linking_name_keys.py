"""An untyped report and a report of its day sharing a proper name meet as candidates even when every
country they name is common in the store and no place is shared (store/linking/name_keys.py)."""

from __future__ import annotations

from typing import Any

from store.linking.clusters import cluster_events
from store.linking.compatibility import judge, profile

COMMON = frozenset({"FR", "NE", "TD"})  # a store about France leaving Niger and Chad


def _event(n: int, sentence: str, language: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"e{n}",
        "doc": f"d{n}.txt",
        "start": 0,
        "sentence": sentence,
        "language": language,
        "date": "2023-09-27",
        "date_text": "mercredi",
        "date_precision": "day",
        "type": "other",
        "countries": ["FR", "NE"],
        "places": [],
        **fields,
    }


LEFT = _event(
    1,
    "L'ambassadeur de France au Niger, Sylvain Itté, a quitté Niamey mercredi pour N'Djamena.",
    "fr",
    type="withdrawal_completed",
    countries=["FR", "NE", "TD"],
    places=["Niamey", "N'Djamena"],
)


def test_an_untyped_report_naming_the_same_person_meets_and_links_in_any_language() -> None:
    for sentence, language in (
        ("The French ambassador, Sylvain Itte, left Niger on Wednesday after weeks in his residence.", "en"),
        ("Der französische Botschafter Sylvain Itté hat Niger am Mittwoch verlassen.", "de"),
        ("Đại sứ Pháp Sylvain Itté đã rời Niger hôm thứ Tư.", "vi"),
    ):
        told = _event(2, sentence, language)
        assert not isinstance(judge(profile(LEFT), profile(told), COMMON), str), language
        clusters = cluster_events([LEFT, told], common=COMMON)
        assert clusters["e1"].cluster == clusters["e2"].cluster, language


def test_another_name_of_that_day_stays_apart() -> None:
    told = _event(2, "The German ambassador, Olaf Hahn, stayed in Niger on Wednesday.", "en")
    clusters = cluster_events([LEFT, told], common=COMMON)
    assert clusters["e1"].cluster != clusters["e2"].cluster
