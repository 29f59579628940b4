"""What is too weak to anchor an undated list entry's year: a day apart with only a country, a month of
statements. (Linking may still group such reports; a year taken from them would be a guess.)"""

from __future__ import annotations

from store.linking.corroborate import year_anchors


def _event(doc: str, date: str, type_: str, countries: list[str], inferred: bool, **more) -> dict:
    return {
        "id": f"{doc}:{more.get('start', 0)}",
        "doc": doc,
        "start": more.get("start", 0),
        "sentence": more.get("sentence", f"{type_} {countries}"),
        "date": date,
        "date_precision": {10: "day", 7: "month", 4: "year"}[len(date)],
        "type": type_,
        "countries": countries,
        "places": more.get("places", []),
        "date_inferred": inferred,
        "figures": [],
    }


ENTRY = _event("list.txt", "2025-09-12", "withdrawal_completed", ["BE", "CD"], True, start=30)


def test_a_report_a_day_apart_anchors_only_at_the_same_place() -> None:
    country_only = _event("a.txt", "2021-09-11", "withdrawal_completed", ["BE", "CD"], False)
    assert year_anchors([ENTRY], [country_only]) is None
    entry_at = {**ENTRY, "places": ["Goma"]}
    same_place = _event("b.txt", "2021-09-11", "withdrawal_completed", ["BE", "CD"], False, places=["Goma"])
    hint = year_anchors([entry_at], [same_place])
    assert hint is not None and hint.anchors[30].year == 2021


def test_the_same_day_and_country_still_anchors() -> None:
    same_day = _event("c.txt", "2021-09-12", "withdrawal_completed", ["BE", "CD"], False)
    hint = year_anchors([ENTRY], [same_day])
    assert hint is not None and hint.anchors[30].year == 2021


def test_a_month_of_statements_by_one_country_anchors_nothing() -> None:
    entry = _event("list.txt", "2025-11-09", "statement", ["BE"], True, start=30)
    said = _event("d.txt", "2022-11", "statement", ["BE", "CD"], False)
    assert year_anchors([entry], [said]) is None
