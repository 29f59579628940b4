"""The chart's bucketing: per month or per year, by type, inferred apart, year-only dates never in January."""

from __future__ import annotations

from typing import Any

from store.histogram import histogram


def ev(
    date: str | None, precision: str | None, kind: str = "withdrawal_completed", inferred: bool = False
) -> Any:
    return {"date": date, "date_precision": precision, "type": kind, "date_inferred": inferred}


def test_events_are_counted_in_their_month_by_type_with_inferred_dates_apart() -> None:
    hist = histogram(
        [
            ev("2023-08-02", "day"),
            ev("2023-08-15", "day", inferred=True),
            ev("2023-08", "month", "attack"),
            ev("2023-10-21", "day"),
        ],
        max_bins=40,
    )
    assert hist.unit == "month"
    august = hist.bins[hist.index_of("2023-08-20")]
    assert august.label == "2023-08"
    assert dict(august.certain) == {"withdrawal_completed": 1, "attack": 1}
    assert dict(august.inferred) == {"withdrawal_completed": 1}
    assert hist.bins[hist.index_of("2023-09-01")].total == 0  # an empty month is a bar of its own


def test_a_year_only_date_is_a_year_band_not_a_january_bar() -> None:
    hist = histogram([ev("2022", "year"), ev("2022", "year"), ev("2022-06-01", "day")], max_bins=40)
    assert hist.unit == "month"
    assert hist.year_only == {2022: 2}
    january = hist.bins[hist.index_of("2022-01-01")]
    assert january.total == 0
    assert [b.label for b in hist.bins][0::11] == ["2022-01", "2022-12"]  # the band covers the whole year


def test_a_wide_range_is_counted_per_year_with_year_only_dates_marked() -> None:
    events = [ev("2013-01-11", "day", "deployment"), ev("2020", "year", "coup"), ev("2023-12-31", "day")]
    hist = histogram(events, max_bins=60)  # 132 months do not fit in 60 columns
    assert hist.unit == "year"
    assert [b.label for b in hist.bins] == [str(y) for y in range(2013, 2024)]
    year_2020 = hist.bins[hist.index_of("2020-05-05")]
    assert (year_2020.vague, year_2020.total) == (1, 1)
    assert hist.peak == 1


def test_undated_events_are_counted_apart() -> None:
    hist = histogram([ev(None, None), ev("2023-08-02", "day")], max_bins=10)
    assert hist.undated == 1 and sum(b.total for b in hist.bins) == 1
    assert histogram([ev(None, None)], max_bins=10).bins == []
