"""Two camps of one city handed over on one day are two occurrences, though no town tells them apart:
their own names do ("camp Lyautey" / "camp Bugeaud"). A report counting several camps at once is none of
them, and talks on handing over the remaining camps by a deadline are no camp handed over. The same camp
named in two languages is still one. Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.linking.compatibility import Evidence, judge, profile
from tests.linking_helpers import event_of, ingest, write_reports

# (first camp's report, its fragment, second camp's report, its fragment), each in its language.
TWO_CAMPS = {
    "fr": (
        "La France a remis mardi à l'armée djiboutienne le camp Lyautey, près du port.\n",
        "camp Lyautey",
        "Le camp Bugeaud a lui aussi été remis mardi aux forces djiboutiennes, lors d'une autre cérémonie.\n",
        "camp Bugeaud",
    ),
    "es": (
        "Francia entregó el martes al ejército yibutiano el campamento Lyautey, junto al puerto.\n",
        "campamento Lyautey",
        "El campamento Bugeaud también fue entregado el martes a las fuerzas yibutianas.\n",
        "campamento Bugeaud",
    ),
    "de": (
        "Frankreich hat am Dienstag das Lager Lyautey an die Armee Dschibutis übergeben.\n",
        "Lager Lyautey",
        "Auch das Lager Bugeaud wurde am Dienstag an die Streitkräfte Dschibutis übergeben.\n",
        "Lager Bugeaud",
    ),
    "en": (
        "France handed Camp Lyautey over to the Djiboutian army on Tuesday.\n",
        "Camp Lyautey",
        "Camp Bugeaud was also handed over to Djiboutian forces on Tuesday in a second ceremony.\n",
        "Camp Bugeaud",
    ),
    "vi": (
        "Ngày 14/1/2025, Pháp đã bàn giao trại Lyautey cho quân đội Djibouti.\n",
        "trại Lyautey",
        "Cùng ngày 14/1/2025, trại Bugeaud cũng được bàn giao cho quân đội Djibouti.\n",
        "trại Bugeaud",
    ),
}


@pytest.mark.parametrize("language", sorted(TWO_CAMPS))
def test_two_named_camps_handed_over_on_one_day_stay_two(tmp_path: Path, language: str) -> None:
    first, camp_a, second, camp_b = TWO_CAMPS[language]
    paths = write_reports(tmp_path / "d", {"a.txt": ("2025-01-14", first), "b.txt": ("2025-01-14", second)})
    events = ingest(tmp_path / "e.json", paths)
    a, b = event_of(events, camp_a), event_of(events, camp_b)
    assert a["type"] == b["type"] == "handover"
    assert a["date"] == b["date"] == "2025-01-14"
    assert a["cluster"] != b["cluster"]


def test_one_named_camp_told_in_two_languages_is_one_handover(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "d",
        {
            "fr.txt": ("2025-01-14", TWO_CAMPS["fr"][0]),
            "es.txt": ("2025-01-14", TWO_CAMPS["es"][0]),
        },
    )
    events = ingest(tmp_path / "e.json", paths)
    a, b = event_of(events, "camp Lyautey"), event_of(events, "campamento Lyautey")
    assert a["cluster"] == b["cluster"]


def test_a_report_counting_two_camps_is_none_of_them(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "d",
        {
            "fr.txt": ("2025-01-14", TWO_CAMPS["fr"][0]),
            "en.txt": (
                "2025-01-14",
                "On Tuesday France returned two camps in Djibouti to the Djiboutian army.\n",
            ),
        },
    )
    events = ingest(tmp_path / "e.json", paths)
    one, both = event_of(events, "camp Lyautey"), event_of(events, "two camps")
    assert both["type"] == "handover"
    assert one["cluster"] != both["cluster"]


TALKS = {
    "es": "Francia y Yibuti negocian el traspaso de los demás campamentos antes de octubre.",
    "fr": "La France et Djibouti négocient la rétrocession des autres camps avant octobre.",
    "en": "France and Djibouti are negotiating the handover of the remaining camps before October.",
    "vi": "Pháp và Djibouti đang đàm phán việc bàn giao các trại còn lại trước tháng 10.",
}


def _record(event_id: str, sentence: str, language: str, date: str, **more: object) -> dict[str, object]:
    return {
        "id": event_id,
        "doc": f"{event_id}.txt",
        "start": 0,
        "sentence": sentence,
        "language": language,
        "date": date,
        "date_precision": "day",
        "type": "handover",
        "countries": ["DJ", "FR"],
        "places": [],
        "figures": [],
        **more,
    }


@pytest.mark.parametrize("language", sorted(TALKS))
def test_talks_on_handing_over_the_rest_by_a_deadline_are_no_camp_handed_over(language: str) -> None:
    """Dated only by its report's day, with a deadline ahead: a plan, not the camp handed over the day
    before (whatever the camps' names)."""
    done = profile(
        _record(
            "a",
            "France handed over its camp near the port to Djibouti.",
            "en",
            "2025-03-11",
            date_text="Tuesday",
        )
    )
    talks = profile(_record("b", TALKS[language], language, "2025-03-12", target_date="2025-10"))
    assert talks.deadline_only
    assert not isinstance(judge(done, talks, frozenset({"FR"})), Evidence)
    assert not isinstance(judge(talks, done, frozenset({"FR"})), Evidence)
