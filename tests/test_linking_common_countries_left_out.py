"""Two reports of one rare kind on one day, naming only countries every report of the store names, one of
them all the other's ("France's European allies will leave the country too" beside "France will withdraw its
troops from Niger", in a store about France and Niger): the country one leaves out identifies nothing, so it
contradicts nothing, and the same country acting in both says it is one announcement. Another country acting
("Niger's junta will leave the G5 Sahel force", the same day) is another occurrence."""

from __future__ import annotations

from typing import Any

import pytest

from store.about.countries import event_countries
from store.about.event_types import classify_event
from store.linking.candidates import CandidateIndex
from store.linking.compatibility import compatible, profile

COMMON = frozenset({"FR", "NE"})  # a store about France leaving Niger


def _event(i: str, sentence: str, language: str, date: str = "2023-09-28") -> dict[str, Any]:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "start": 0,
        "sentence": sentence,
        "language": language,
        "date": date,
        "date_precision": "day",
        "date_text": "Thursday",
        "type": classify_event(sentence, language),
        "countries": event_countries(sentence, language),
        "places": [],
    }


FRANCE = _event("en", "France announced on Thursday that it would withdraw its troops from Niger.", "en")
ALLIES = [
    _event(
        "fr",
        "Les alliés européens de la France quitteront eux aussi le pays, a précisé jeudi l'Élysée.",
        "fr",
    ),
    _event("vi", "Các đồng minh châu Âu của Pháp cũng sẽ rút khỏi nước này.", "vi"),
    _event("de", "Die europäischen Partner Frankreichs werden das Land ebenfalls verlassen.", "de"),
]


@pytest.mark.parametrize("allies", ALLIES, ids=lambda e: e["id"])
def test_a_report_leaving_out_the_common_host_is_the_same_announcement(allies: dict[str, Any]) -> None:
    assert FRANCE["type"] == allies["type"] == "withdrawal_announced"
    assert set(allies["countries"]) < set(FRANCE["countries"]) <= COMMON
    found = compatible(profile(FRANCE), profile(allies), COMMON)
    assert found is not None and "one withdrawal announced a day" in found.reason
    index = CandidateIndex(COMMON)
    index.add(allies)
    assert allies["id"] in index.candidates(profile(FRANCE))


def test_another_country_acting_the_same_day_is_another_announcement() -> None:
    junta = _event(
        "junta", "Niger's junta announced on Thursday that it would leave the G5 Sahel force.", "en"
    )
    assert junta["type"] == "withdrawal_announced" and junta["countries"] == ["NE"]
    assert compatible(profile(FRANCE), profile(junta), COMMON) is None


def test_a_country_every_report_names_still_counts_when_it_is_named_on_both_sides_only() -> None:
    other_day = _event(
        "later", "France announced on Friday that it would withdraw its troops from Niger.", "en"
    )
    other_day["date"] = "2023-09-29"
    allies = ALLIES[0]
    found = compatible(profile(other_day), profile(allies), COMMON)
    assert found is None  # a day apart, nothing identifies it
