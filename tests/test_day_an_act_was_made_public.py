"""The day an act was made public is not the day it was done: a day in the attribution after the act
("..., the state broadcaster reported on Thursday") gives the act no second day beside its own, and alone
it dates the act with a reason that says so (store/extraction/made_public.py).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from store.extraction.made_public import NOTE
from tests.extract_helpers import events_of

# Published Friday 2024-05-17: "Tuesday" is 2024-05-14, "Thursday" 2024-05-16.
OWN_DAY_AND_REPORT_DAY = [
    (
        "en",
        "Chad's transitional government suspended its military cooperation with France on Tuesday, the "
        "state broadcaster reported on Thursday.",
    ),
    (
        "fr",
        "Le gouvernement tchadien a suspendu mardi sa coopération militaire avec la France, a rapporté "
        "jeudi la radio nationale.",
    ),
    (
        "vi",
        "Chính phủ Chad đã đình chỉ hợp tác quân sự với Pháp hôm thứ Ba, đài phát thanh quốc gia đưa tin "
        "hôm thứ Năm.",
    ),
]


@pytest.mark.parametrize(("language", "sentence"), OWN_DAY_AND_REPORT_DAY)
def test_the_report_day_is_no_second_day_of_the_act(language: str, sentence: str) -> None:
    events = events_of(f"{sentence}\n", language, "2024-05-17")
    assert {e.date for e in events if e.type == "suspension"} == {"2024-05-14"}


ONLY_THE_REPORT_DAY = [
    (
        "en",
        "Chad's transitional government has suspended its military cooperation with France, the state "
        "broadcaster reported on Thursday.",
    ),
    (
        "fr",
        "Le gouvernement tchadien a suspendu sa coopération militaire avec la France, a rapporté jeudi la "
        "radio nationale.",
    ),
    (
        "vi",
        "Chính phủ Chad đã đình chỉ hợp tác quân sự với Pháp, đài phát thanh quốc gia đưa tin hôm thứ Năm.",
    ),
    (
        "de",
        "Die Regierung des Tschad hat die militärische Zusammenarbeit mit Frankreich ausgesetzt, berichtete "
        "der Staatsrundfunk am Donnerstag.",
    ),
    (
        "es",
        "El gobierno de Chad ha suspendido su cooperación militar con Francia, informó el jueves la radio "
        "nacional.",
    ),
]


@pytest.mark.parametrize(("language", "sentence"), ONLY_THE_REPORT_DAY)
def test_an_act_dated_only_by_its_report_says_so(language: str, sentence: str) -> None:
    events = [e for e in events_of(f"{sentence}\n", language, "2024-05-17") if e.type == "suspension"]
    assert [e.date for e in events] == ["2024-05-16"]
    assert NOTE in (events[0].date_reason or "")


def test_an_attribution_dates_a_statement_with_no_note() -> None:
    sentence = "The defence minister said on Thursday that talks with Paris would go on."
    events = events_of(f"{sentence}\n", "en", "2024-05-17")
    assert events
    assert all(NOTE not in (e.date_reason or "") for e in events)
