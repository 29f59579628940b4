"""An envoy both reports name at a place both name on one day is one occurrence, even when every country
they name is common in the store (store/linking/envoy_at_place.py); another place, another country's
envoy or another day keep apart."""

from __future__ import annotations

from typing import Any

from store.linking.clusters import cluster_events
from store.linking.compatibility import judge, profile

COMMON = frozenset({"FR", "NE", "TD"})


def _event(n: int, sentence: str, language: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"e{n}",
        "doc": f"d{n}.txt",
        "start": 0,
        "sentence": sentence,
        "language": language,
        "date": "2023-09-27",
        "date_text": "27/9",
        "date_precision": "day",
        "type": "other",
        "countries": ["FR", "NE"],
        "places": ["Niamey"],
        **fields,
    }


LIST_ITEM = _event(1, "27/9: Đại sứ Pháp lên máy bay rời Niamey.", "vi", date_inferred=True)


def test_one_envoy_leaving_one_capital_that_day_is_one_occurrence_in_any_language() -> None:
    for sentence, language, kind in (
        (
            "L'ambassadeur de France a quitté Niamey mercredi matin par un vol militaire.",
            "fr",
            "withdrawal_completed",
        ),
        ("Der französische Botschafter hat Niamey am Mittwoch verlassen.", "de", "other"),
        ("El embajador francés abandonó Niamey el miércoles tras semanas de aislamiento.", "es", "expulsion"),
    ):
        told = _event(2, sentence, language, type=kind)
        found = judge(profile(LIST_ITEM), profile(told), COMMON)
        assert not isinstance(found, str), (language, found)
        assert "a diplomat of FR, NE in both, at Niamey" in found.reason
        clusters = cluster_events([LIST_ITEM, told], common=COMMON)
        assert clusters["e1"].cluster == clusters["e2"].cluster


def test_another_capital_another_countrys_envoy_or_another_day_stays_apart() -> None:
    chad = _event(
        2,
        "L'ambassadeur de France a quitté N'Djamena mercredi.",
        "fr",
        countries=["FR", "TD"],
        places=["N'Djamena"],
    )
    german = _event(
        3, "Der deutsche Botschafter hat Niamey am Mittwoch verlassen.", "de", countries=["DE", "NE"]
    )
    later = _event(4, "The French ambassador left Niamey on Thursday.", "en", date="2023-09-28")
    for other in (chad, german, later):
        assert isinstance(judge(profile(LIST_ITEM), profile(other), COMMON), str), other["sentence"]
