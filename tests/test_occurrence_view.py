"""``store.occurrence_view``: which row shows each report and which occurrences a filter lets through."""

from __future__ import annotations

from typing import Any

from store.occurrence_view import group_reports, place_rows
from store.query import EventFilter


def _event(eid: str, cluster: str | None, size: int, **fields: Any) -> dict[str, Any]:
    event = {"id": eid, "doc": f"{eid}.txt", "start": 0, "end": 10, "type": "withdrawal_completed", **fields}
    if cluster is not None:
        event.update(cluster=cluster, cluster_size=size)
    return event


def _corpus() -> list[dict[str, Any]]:
    """Timeline order: two reports of the Ber handover, a lone Kidal report, two of the Gao departure."""
    return [
        _event(
            "ber-en",
            "ber-en",
            2,
            date="2023-08-13",
            countries=["ML"],
            sentence="Peacekeepers left Ber on Sunday.",
        ),
        _event(
            "ber-fr", "ber-en", 2, date="2023-08-13", countries=["ML"], sentence="La Minusma a quitté Ber."
        ),
        _event(
            "kidal", "kidal", 1, date="2023-10-31", countries=["ML"], sentence="They withdrew from Kidal."
        ),
        _event(
            "gao-fr",
            "gao-en",
            2,
            date="2023-12-12",
            countries=["DE"],
            sentence="Les soldats allemands partis.",
        ),
        _event(
            "gao-en",
            "gao-en",
            2,
            date="2023-12-12",
            countries=["DE", "ML"],
            sentence="German troops left Gao.",
        ),
    ]


def _rows(events: list[dict[str, Any]]) -> Any:
    return place_rows(group_reports(events), events, {e["id"]: i for i, e in enumerate(events)})


def test_reports_of_one_cluster_share_one_row_in_date_order() -> None:
    rows = _rows(_corpus())
    assert rows.count == 3
    assert rows.all_rows == sorted(rows.all_rows)
    assert rows.row_of(0) == rows.row_of(1) and rows.row_of(3) == rows.row_of(4)
    assert rows.members_of(2) == (2,) and rows.occurrence_of(2) is None
    assert set(rows.members_of(3)) == {3, 4}


def test_events_stored_before_clusters_are_occurrences_of_one() -> None:
    events = [{k: v for k, v in e.items() if k not in {"cluster", "cluster_size"}} for e in _corpus()]
    rows = _rows(events)
    assert rows.count == len(events) and not rows.members


def test_a_rejected_report_is_no_report_of_its_occurrence() -> None:
    events = _corpus()
    events[1]["rejected"] = True
    rows = _rows(events)
    assert rows.members_of(0) == (0,) and rows.members_of(1) == (1,)
    assert rows.count == 4


def test_an_occurrence_passes_when_any_of_its_reports_passes() -> None:
    events = _corpus()
    rows = _rows(events)
    flt = EventFilter(text="soldats")  # only the French report of the Gao departure says it
    passing = [i for i, e in enumerate(events) if flt.matches(e)]
    assert passing == [3]
    assert rows.rows_for(passing) == [rows.row_of(3)]
    assert rows.shown_reports(rows.rows_for(passing)) == {3, 4}


def test_country_counts_count_each_occurrence_once() -> None:
    events = _corpus()
    rows = _rows(events)
    counts = rows.country_counts(list(range(len(events))))
    assert counts == {"ML": 3, "DE": 1}  # Ber, Kidal and Gao name Mali; only Gao names Germany
    assert rows.country_counts([3]) == {"DE": 1}
    assert rows.country_counts([3, 4]) == {"DE": 1, "ML": 1}


def test_an_occurrence_row_is_its_best_supported_report_as_the_linker_ranks_them() -> None:
    from store.linking.occurrences import occurrence_of

    events = _corpus()
    events[0]["date_inferred"] = True  # the English report's date was inferred: the French one leads
    rows = _rows(events)
    for row, members in rows.members.items():
        ranked = occurrence_of([events[i] for i in members])
        assert events[row]["id"] == ranked.members[0]
    assert rows.row_of(0) == 1


def test_country_counts_hold_when_country_combinations_are_many(monkeypatch: Any) -> None:
    import store.occurrence_view as view

    events = _corpus()
    rows = _rows(events)
    expected = rows.country_counts(list(range(len(events))))
    monkeypatch.setattr(view, "TABLE_LIMIT", 0)  # as if the flag table were too large: sorted instead
    rows.all_counts = None
    assert rows.country_counts(list(range(len(events)))) == expected
    assert rows.rows_for([0, 3]) == sorted({rows.row_of(0), rows.row_of(3)})
