"""Two foreign forces leaving one capital a day apart are two departures: the host country both name (by
its capital) is no shared evidence. And a Vietnamese "trúng phải" (struck) is no obligation ahead.

Every sentence here is written for these tests (en, es, de, vi), none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

from store.linking.compatibility import compatible, profile
from tests.linking_helpers import event_of, ingest, write_reports


def _event(i: str, date: str, countries: list[str], sentence: str, language: str = "en") -> dict:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "start": 0,
        "date": date,
        "date_precision": "day",
        "type": "withdrawal_completed",
        "countries": countries,
        "places": ["Niamey"],
        "sentence": sentence,
        "language": language,
    }


def test_two_contingents_leaving_one_capital_a_day_apart_are_two_departures() -> None:
    italians = _event("a", "2024-08-29", ["IT", "NE"], "The last Italian soldiers left their base in Niamey.")
    germans = _event("b", "2024-08-30", ["DE", "NE"], "The last German soldiers left their base in Niamey.")
    assert compatible(profile(italians), profile(germans), frozenset({"ML"})) is None


def test_two_contingents_leaving_one_capital_the_same_day_are_two_departures() -> None:
    italians = _event(
        "a", "2024-08-29", ["IT", "NE"], "Die letzten italienischen Soldaten verließen Niamey.", "de"
    )
    germans = _event(
        "b", "2024-08-29", ["DE", "NE"], "Los últimos soldados alemanes salieron de Niamey.", "es"
    )
    assert compatible(profile(italians), profile(germans), frozenset({"ML"})) is None


def test_a_contingent_and_a_report_naming_only_the_host_still_link_in_a_capital() -> None:
    italians = _event("a", "2024-08-29", ["IT", "NE"], "The last Italian soldiers left their base in Niamey.")
    host = _event(
        "b", "2024-08-29", ["NE"], "The base in Niamey was handed to Niger's army after the pullout."
    )
    assert compatible(profile(italians), profile(host), frozenset({"ML"})) is not None


def test_italian_and_german_departures_from_niamey_stay_apart_in_a_store(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "es.txt": (
                "2024-09-02",
                "Italia sale de Níger\n\nLos últimos militares italianos abandonaron el pasado jueves la "
                "base de Niamey, según el Ministerio de Defensa.",
            ),
            "vi.txt": (
                "2024-08-31",
                "Ý rút quân\n\nNgày 29/8, những binh sĩ Ý cuối cùng đã rời căn cứ ở Niamey.",
            ),
            "en.txt": (
                "2024-08-31",
                "Germany leaves Niger\n\nThe last German soldiers left the air base in Niamey on Friday, the "
                "defence ministry said.",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    es, vi, en = (event_of(events, f) for f in ("abandonaron", "Ngày 29/8", "German soldiers"))
    assert es["cluster"] == vi["cluster"]
    assert en["cluster"] != es["cluster"]


def test_a_vietnamese_convoy_that_struck_a_mine_is_dated_that_day(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "vi.txt": (
                "2023-03-15",
                "Xe quân sự trúng mìn\n\nNgày 14/3, một đoàn xe tiếp tế trúng phải một quả mìn gần Gao, "
                "khiến ba binh sĩ bị thương.",
            )
        },
    )
    (event,) = ingest(tmp_path / "s.json", paths)
    assert event["date"] == "2023-03-14"
