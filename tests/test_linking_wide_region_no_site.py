"""Within one report, a region over several countries ("ending years of deployments in the Sahel") is no
site: it does not make the report's next sentence, naming the airport the troops flew out of, a second
occurrence; two towns, or a town and a region of one country, still do (store/linking/compatibility.py).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

from typing import Any

from store.linking.compatibility import judge, profile

COMMON = frozenset({"NE"})


def _event(n: int, sentence: str, places: list[str], **fields: Any) -> dict[str, Any]:
    return {
        "id": f"e{n}",
        "doc": "report.txt",
        "start": n * 100,
        "sentence": sentence,
        "language": "en",
        "date": "2024-03-14",
        "date_precision": "day",
        "type": "withdrawal_completed",
        "countries": ["IT", "NE"],
        "places": places,
        **fields,
    }


LEAD = _event(
    1, "The last Italian soldiers left Niger on Thursday, ending years of missions in the Sahel.", ["Sahel"]
)


def test_a_wide_region_and_a_town_of_one_report_are_no_two_sites() -> None:
    plane = _event(
        2, "A plane carrying the remaining soldiers took off from Niamey.", ["Niamey"], date_inferred=True
    )
    assert judge(profile(LEAD), profile(plane), COMMON) != "town"


def test_a_town_and_a_region_of_one_country_stay_two_sites() -> None:
    kidal = _event(3, "The last soldiers left the Kidal camp on Thursday.", ["Kidal"], countries=["IT", "ML"])
    gao = _event(4, "Others left their posts in the Gao region.", ["Gao region"], countries=["IT", "ML"])
    assert judge(profile(kidal), profile(gao), frozenset({"ML"})) == "town"
