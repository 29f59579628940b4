"""One named force ends once: reports of a national operation or a task force ending link when their dates
agree at their precision (a day within the month another report gives), even when the only countries they
name are those every report of the store names. A UN mission is not read so (its contributors leave it one
by one), nor a sentence naming two forces ("Barkhane, which replaced Serval, ended ...")."""

from __future__ import annotations

from typing import Any

import pytest

from store.about.event_types import classify_event
from store.linking.candidates import CandidateIndex
from store.linking.compatibility import compatible, profile
from store.linking.force_ends import ended_force

COMMON = frozenset({"FR", "CF"})  # a store about France leaving the Central African Republic


def _event(i: str, sentence: str, date: str, countries: list[str], language: str) -> dict[str, Any]:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "start": 0,
        "sentence": sentence,
        "language": language,
        "date": date,
        "date_precision": "day" if len(date) == 10 else "month",
        "date_text": date,
        "type": classify_event(sentence, language),
        "countries": countries,
        "places": [],
    }


FR = _event(
    "fr",
    "La France a officiellement mis fin lundi à l'opération Sangaris en Centrafrique.",
    "2016-10-31",
    ["CF", "FR"],
    "fr",
)
EN = _event(
    "en", "France's Operation Sangaris formally came to an end in October 2016.", "2016-10", ["FR"], "en"
)
ES = _event(
    "es", "La operación Sangaris había cesado sus operaciones el 31 de octubre.", "2016-10-31", [], "es"
)


@pytest.mark.parametrize(("a", "b"), [(FR, EN), (EN, ES), (FR, ES)])
def test_reports_of_one_force_ending_link_across_precisions(a: dict[str, Any], b: dict[str, Any]) -> None:
    assert a["type"] == b["type"] == "mission_ended"
    found = compatible(profile(a), profile(b), COMMON)
    assert found is not None and "the end of Sangaris" in found.reason
    index = CandidateIndex(COMMON)
    index.add(b)
    assert b["id"] in index.candidates(profile(a))


def test_two_contributors_ending_their_part_in_a_un_mission_stay_apart() -> None:
    a = _event("a", "Sweden ended its part in MINUSMA in June.", "2023-06", ["SE"], "en")
    b = _event("b", "MINUSMA formally ended its operations in Timbuktu on June 30.", "2023-06-30", [], "en")
    assert compatible(profile(a), profile(b), frozenset({"ML"})) is None


def test_a_un_mission_or_two_forces_name_no_single_end() -> None:
    assert ended_force("mission_ended", "Germany will end its role in MINUSMA by May 2024.") is None
    assert ended_force("mission_ended", "Barkhane, which replaced Serval in 2014, ended in November.") is None
    assert ended_force("withdrawal_started", "The first Takuba soldiers left Menaka in June.") is None
    assert (
        ended_force("mission_ended", "Die Operation Barkhane wurde im November offiziell beendet.")
        == "Barkhane"
    )


def _left(i: str, sentence: str, language: str, date: str, places: list[str], inferred: bool = False):
    e = _event(i, sentence, date, ["FR", "CF"], language)
    e.update(places=places, date_inferred=inferred)
    return e


LAST_EN = _left(
    "last_en",
    "The last Sangaris soldiers left the Central African Republic on Monday.",
    "en",
    "2016-10-31",
    [],
)
LAST_FR = _left(
    "last_fr",
    "Les derniers soldats de Sangaris ont quitté Bangui lundi pour la France.",
    "fr",
    "2016-10-31",
    ["Bangui"],
)
LAST_VI = _left(
    "last_vi",
    "31/10: những binh sĩ Sangaris cuối cùng rời Cộng hòa Trung Phi.",
    "vi",
    "2016-10-31",
    [],
    inferred=True,
)


@pytest.mark.parametrize(("a", "b"), [(LAST_EN, LAST_FR), (LAST_EN, LAST_VI), (LAST_FR, LAST_VI)])
def test_the_last_troops_of_one_force_leaving_one_day_are_one_departure(
    a: dict[str, Any], b: dict[str, Any]
) -> None:
    assert a["type"] == b["type"] == "withdrawal_completed"
    found = compatible(profile(a), profile(b), COMMON)
    assert found is not None and "the last of Sangaris leaving" in found.reason
    index = CandidateIndex(COMMON)
    index.add(b)
    assert b["id"] in index.candidates(profile(a))


def test_a_forces_departures_of_other_days_or_camps_stay_apart() -> None:
    next_day = dict(LAST_EN, id="next", date="2016-11-01")
    assert compatible(profile(next_day), profile(LAST_VI), COMMON) is None  # another day: another departure
    common = frozenset({"FR", "ML"})
    gossi, hombori = (
        dict(
            _event(
                i, f"Les derniers soldats de Barkhane ont quitté {town} mardi.", "2022-04-19", ["FR"], "fr"
            ),
            places=[town],
        )
        for i, town in (("gossi", "Gossi"), ("hombori", "Hombori"))
    )
    assert gossi["type"] == "withdrawal_completed"
    assert compatible(profile(gossi), profile(hombori), common) is None  # two camps the same day
