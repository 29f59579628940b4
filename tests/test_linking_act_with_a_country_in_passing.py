"""One act on one object that day, told by two reports of the same type whose countries are one within the
other (one also names a country in passing: "citing the Russian mercenaries"): a name both give says it is
one ("Kaja Kallas" in both). Without a name both give, or with two different people, they stay apart."""

from __future__ import annotations

from typing import Any

from store.about.countries import event_countries
from store.about.event_types import classify_event
from store.linking.candidates import CandidateIndex
from store.linking.compatibility import compatible, profile

COMMON = frozenset({"NE"})  # a store about Niger


def _event(i: str, sentence: str, language: str) -> dict[str, Any]:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "start": 0,
        "sentence": sentence,
        "language": language,
        "date": "2025-03-10",
        "date_precision": "day",
        "date_text": "Monday",
        "type": classify_event(sentence, language),
        "countries": event_countries(sentence, language),
        "places": [],
    }


EN = _event(
    "en",
    "The European Union is suspending its training of Nigerien soldiers, foreign policy chief Kaja Kallas "
    "said on Monday, citing the Russian instructors now working with them.",
    "en",
)
DE = _event(
    "de",
    "Die EU-Außenbeauftragte Kaja Kallas kündigte am Montag an, die Ausbildung nigrischer Soldaten werde "
    "vorerst ausgesetzt.",
    "de",
)
ES = _event(
    "es",
    "La Unión Europea suspendió el lunes la formación de los soldados nigerinos, según su portavoz Anitta "
    "Hipper.",
    "es",
)


def test_one_suspension_named_by_one_person_links_despite_a_country_in_passing() -> None:
    assert EN["type"] == DE["type"] == "suspension"
    assert set(DE["countries"]) < set(EN["countries"])
    found = compatible(profile(EN), profile(DE), COMMON)
    assert found is not None and "kaja kallas" in found.reason.lower()
    index = CandidateIndex(COMMON)
    index.add(DE)
    assert DE["id"] in index.candidates(profile(EN))


def test_two_people_named_are_no_shared_evidence() -> None:
    assert ES["type"] == "suspension"
    assert compatible(profile(EN), profile(ES), COMMON) is None
