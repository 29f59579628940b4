"""One regional organisation's decision about one country on one day, told without a type in several
languages, is one occurrence (store/linking/one_body_of_day.py); another organisation, another country
or another day keep apart."""

from __future__ import annotations

from typing import Any

from store.linking.clusters import cluster_events
from store.linking.compatibility import judge, profile

COMMON = frozenset({"ML", "NE", "BF"})  # a store about the three juntas: their countries identify nothing


def _event(n: int, sentence: str, language: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"e{n}",
        "doc": f"d{n}.txt",
        "start": 0,
        "sentence": sentence,
        "language": language,
        "date": "2024-02-24",
        "date_text": "sábado",
        "date_precision": "day",
        "type": "other",
        "countries": ["NE"],
        "places": [],
        **fields,
    }


LIFTED = [
    _event(
        1,
        "Los jefes de Estado de la CEDEAO levantaron el sábado las sanciones financieras contra Níger.",
        "es",
    ),
    _event(
        2, "Réunis samedi à Abuja, les dirigeants de la Cédéao ont levé les sanctions visant le Niger.", "fr"
    ),
    _event(
        3, "24/2: ECOWAS dỡ bỏ các biện pháp trừng phạt tài chính đối với Niger.", "vi", date_inferred=True
    ),
    _event(4, "Die Staatschefs der Ecowas hoben am Samstag die Finanzsanktionen gegen Niger auf.", "de"),
]


def test_one_organisations_decision_of_a_day_told_in_four_languages_is_one_occurrence() -> None:
    clusters = cluster_events(LIFTED, common=COMMON)
    assert len({a.cluster for a in clusters.values()}) == 1
    found = judge(profile(LIFTED[0]), profile(LIFTED[1]), COMMON)
    assert not isinstance(found, str) and "same organisation ECOWAS about NE" in found.reason


def test_another_organisation_another_country_or_another_day_stays_apart() -> None:
    union = _event(5, "The African Union lifted its sanctions against Niger on Saturday.", "en")
    mali = _event(6, "ECOWAS leaders lifted the sanctions against Mali on Saturday.", "en", countries=["ML"])
    later = _event(7, "ECOWAS leaders lifted the sanctions against Niger on Sunday.", "en", date="2024-02-25")
    clusters = cluster_events([LIFTED[0], union, mali, later], common=COMMON)
    assert len({a.cluster for a in clusters.values()}) == 4


def test_a_summit_told_as_the_regions_leaders_is_that_organisation() -> None:
    leaders = [
        _event(11, "West African leaders on Saturday lifted the financial sanctions on Niger.", "en"),
        _event(12, "Samedi, les chefs d'État ouest-africains ont levé les sanctions contre le Niger.", "fr"),
        _event(
            13, "Die westafrikanischen Staatschefs hoben am Samstag die Sanktionen gegen Niger auf.", "de"
        ),
        _event(14, "Các nhà lãnh đạo Tây Phi hôm thứ Bảy đã dỡ bỏ lệnh trừng phạt đối với Niger.", "vi"),
    ]
    clusters = cluster_events([LIFTED[0], *leaders], common=COMMON)
    assert len({a.cluster for a in clusters.values()}) == 1
