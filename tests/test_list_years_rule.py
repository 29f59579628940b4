"""The rule of ``store.storage.list_years`` on its own: which items a year set by an analyst moves.

Two undated lists from two reports ("Ngày 3/11 ...", "Le 12 mars ..."), their years
inferred from the lists' order, as ``store.dates.years`` writes them.
"""

from __future__ import annotations

from typing import Any

from store.storage.corrections import apply_corrections
from store.storage.list_years import LIST_INFERENCE, MOVED_MARK, shifted

REASON = f"year not in the text: {LIST_INFERENCE} (newest first, 0 year boundaries above this item)"


def _item(doc: str, n: int, date: str, sentence: str) -> dict[str, Any]:
    return {
        "id": f"{doc}-{n}",
        "doc": doc,
        "start": n * 120,
        "sentence": sentence,
        "title": sentence.split(":")[0],
        "date": date,
        "date_precision": "day",
        "date_inferred": True,
        "date_reason": REASON,
        "type": "withdrawal_completed",
        "countries": ["ML"],
    }


VI = [
    _item("vi-report.txt", 0, "2023-11-03", "Ngày 3/11: đoàn xe cuối cùng của MINUSMA rời Tessalit"),
    _item("vi-report.txt", 1, "2023-10-21", "Ngày 21/10: Ai Cập hoàn tất rút quân khỏi Kidal"),
    _item("vi-report.txt", 2, "2023-02-28", "Ngày 28/2: Pháp rút những binh sĩ cuối cùng"),
]
FR = [
    _item("fr-report.txt", 0, "2023-03-12", "Le 12 mars : le contingent allemand quitte Gao"),
    _item("fr-report.txt", 1, "2023-01-05", "Le 5 janvier : la Suède annonce son départ"),
]
PLAIN = {
    **_item("fr-report.txt", 2, "2022-08-15", "Le 15 août 2022, Barkhane quitte le Mali"),
    "date_inferred": False,
}


def _correct(event_id: str, date: str, **more: Any) -> dict[str, dict[str, Any]]:
    doc = event_id.rsplit("-", 1)[0]
    fields = {"date": date, "date_precision": "day", **more.pop("fields", {})}
    return {event_id: {"event_id": event_id, "doc": doc, "sentence": "", "fields": fields, **more}}


def _shown(corrections: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in apply_corrections([*VI, *FR, PLAIN], corrections, keep_rejected=True)}


def test_a_year_set_on_one_item_moves_only_the_items_of_its_own_list() -> None:
    shown = _shown(_correct("vi-report.txt-0", "2024-11-03"))
    assert [shown[e["id"]]["date"] for e in VI] == ["2024-11-03", "2024-10-21", "2024-02-28"]
    assert [shown[e["id"]]["date"] for e in FR] == [e["date"] for e in FR]  # another report's list
    assert shown[PLAIN["id"]] is PLAIN  # a date read in the text is no list's
    moved = shown["vi-report.txt-1"]
    assert moved["date_inferred"] is True and MOVED_MARK in moved and not moved.get("corrected")
    analyst = "moved +1 year with its list: an analyst dated \u201cNgày 3/11\u201d 2024-11-03"
    assert moved["date_reason"] == f"{analyst}; {REASON}"  # the analyst first: the inference says much


def test_the_events_passed_in_are_never_changed() -> None:
    before = [dict(e) for e in VI]
    _shown(_correct("vi-report.txt-0", "2021-11-03"))
    assert before == VI


def test_a_rejected_item_or_a_day_moved_within_its_year_is_no_evidence() -> None:
    rejected = _shown(_correct("vi-report.txt-0", "2024-11-03", rejected=True))
    assert rejected["vi-report.txt-1"]["date"] == "2023-10-21"
    same_year = _shown(_correct("vi-report.txt-0", "2023-11-04"))
    assert same_year["vi-report.txt-1"]["date"] == "2023-10-21"


def test_each_item_follows_the_nearest_item_an_analyst_dated() -> None:
    corrections = {**_correct("vi-report.txt-0", "2022-11-03"), **_correct("vi-report.txt-2", "2025-02-28")}
    shown = _shown(corrections)
    assert shown["vi-report.txt-1"]["date"] == "2022-10-21"  # as near to both: the earlier one
    assert (
        shown["vi-report.txt-0"]["date"] == "2022-11-03"
        and shown["vi-report.txt-0"]["date_inferred"] is False
    )


def test_a_29th_of_february_moved_to_a_common_year_becomes_the_28th() -> None:
    assert shifted("2024-02-29", -1) == "2023-02-28"
    assert shifted("2023-06", 2) == "2025-06"
    assert shifted("2023", -3) == "2020"
    assert shifted("undated", 1) is None
