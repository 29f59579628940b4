"""A camp one report's extraction found links with a report whose sentence spells it but whose extraction
found no town (store/linking/spelled_places.py); another camp spelt, or a town of its own, does not."""

from __future__ import annotations

from typing import Any

from store.linking.clusters import cluster_events
from store.linking.compatibility import judge, profile

COMMON = frozenset({"BF", "FR", "SN"})  # a store about France leaving Burkina Faso and Senegal


def _event(n: int, sentence: str, language: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"e{n}",
        "doc": f"d{n}.txt",
        "start": 0,
        "sentence": sentence,
        "language": language,
        "date": "2023-02-18",
        "date_text": "samedi",
        "date_precision": "day",
        "type": "other",
        "countries": ["BF", "FR"],
        "places": [],
        **fields,
    }


FLAG_LOWERED = _event(
    1,
    "Quân đội Pháp hôm thứ Bảy đã tổ chức lễ hạ cờ tại doanh trại Kamboinsin ở ngoại ô Ouagadougou.",
    "vi",
    type="handover",
    places=["Kamboinsin", "Ouagadougou"],
)


def test_an_untyped_report_spelling_the_camp_another_report_found_is_that_occurrence() -> None:
    for sentence, language in (
        ("L'état-major burkinabè a célébré samedi à Kamboinsin la fin de la présence française.", "fr"),
        ("Im Lager Kamboinsin am Stadtrand wurde am Samstag die französische Flagge eingeholt.", "de"),
        ("El ejército celebró el sábado en Kamboinsin el fin de la presencia francesa.", "es"),
    ):
        told = _event(2, sentence, language)
        found = judge(profile(FLAG_LOWERED), profile(told), COMMON)
        assert not isinstance(found, str), (language, found)
        assert "same place Kamboinsin" in found.reason
        clusters = cluster_events([FLAG_LOWERED, told], common=COMMON)  # the two meet as candidates
        assert clusters["e1"].cluster == clusters["e2"].cluster


def test_a_report_spelling_another_camp_stays_apart() -> None:
    told = _event(2, "L'état-major a célébré samedi à Loumbila la fin de la présence française.", "fr")
    assert judge(profile(FLAG_LOWERED), profile(told), COMMON) == "evidence"


def test_a_report_with_a_town_of_its_own_is_judged_by_it() -> None:
    # It spells Kamboinsin only as where the convoy came from; its own town is another camp.
    told = _event(
        2,
        "Le convoi venu de Kamboinsin a quitté samedi le camp de Ouahigouya.",
        "fr",
        type="withdrawal_completed",
        places=["Ouahigouya"],
    )
    assert judge(profile(FLAG_LOWERED), profile(told), COMMON) == "town"


def test_a_camp_handed_over_in_a_month_links_with_the_report_spelling_it() -> None:
    month = {"date": "2025-03", "date_precision": "month", "date_text": "März", "type": "handover"}
    found = _event(
        1,
        "Bereits im März hatte Frankreich das Camp Maréchal an die senegalesische Armee zurückgegeben.",
        "de",
        countries=["FR", "SN"],
        places=["Marechal"],
        **month,
    )
    spelt = _event(
        2,
        "Francia ya había entregado en marzo el campamento Maréchal, en el barrio de Ouakam.",
        "es",
        countries=["FR"],
        **month,
    )
    evidence = judge(profile(found), profile(spelt), COMMON)
    assert not isinstance(evidence, str) and "same place Marechal" in evidence.reason
    clusters = cluster_events([found, spelt], common=COMMON)
    assert clusters["e1"].cluster == clusters["e2"].cluster
