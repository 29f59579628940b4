"""Events per month (or per year when the range is wide), by type, for the chart above the timeline.

The uncertainty stays visible: each bin counts the events dated within it
apart from those whose date was inferred, and an event dated only to a year is
never put in January. In a chart of months it is counted per year
(``year_only``), drawn as a band across that year; in a chart of years it has
its own count in its bin (``vague``).
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Bin",
    "BucketKey",
    "Histogram",
    "bucket_key",
    "chart_counts",
    "histogram",
    "histogram_of_counts",
    "range_text",
]

BucketKey = tuple[int, int | None, str, bool] | None
"""(year, month or None for a year-only date, type, inferred); None for an undated event."""


@dataclass(slots=True)
class Bin:
    """One bar: a month ("2023-08") or a year ("2023"), with its first and last day."""

    label: str
    since: str
    until: str
    certain: Counter[str] = field(default_factory=Counter)  # type -> events dated in it, not inferred
    inferred: Counter[str] = field(default_factory=Counter)  # type -> events with an inferred date
    vague: int = 0  # in a chart of years: events dated to this year only

    @property
    def total(self) -> int:
        return sum(self.certain.values()) + sum(self.inferred.values()) + self.vague


@dataclass(slots=True)
class Histogram:
    unit: str  # "month" or "year"
    bins: list[Bin]
    year_only: dict[int, int] = field(default_factory=dict)  # chart of months: events dated to a year only
    undated: int = 0

    @property
    def peak(self) -> int:
        """The tallest bar (a year-only band spreads its count over the year's months)."""
        return max((b.total for b in self.bins), default=0)

    def index_of(self, day: str) -> int | None:
        """The bin holding ISO day ``day``."""
        key = day[:7] if self.unit == "month" else day[:4]
        return next((i for i, b in enumerate(self.bins) if b.label == key), None)


def _months(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    (y, m), out = first, []
    while (y, m) <= last:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _month_bin(year: int, month: int) -> Bin:
    last = calendar.monthrange(year, month)[1]
    return Bin(f"{year:04d}-{month:02d}", f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}")


def _year_bin(year: int) -> Bin:
    return Bin(f"{year:04d}", f"{year:04d}-01-01", f"{year:04d}-12-31")


def bucket_key(event: dict[str, Any]) -> BucketKey:
    """What the chart needs of one event; a browser keeps these to count any filter's rows at C speed."""
    date = event.get("date")
    if not date or len(date) < 4 or not date[:4].isdigit():
        return None
    precise = event.get("date_precision") in ("day", "month") and len(date) >= 7 and date[5:7].isdigit()
    month = int(date[5:7]) if precise else None
    month = month if month and 1 <= month <= 12 else None
    return int(date[:4]), month, event.get("type") or "other", bool(event.get("date_inferred"))


def histogram(events: Iterable[dict[str, Any]], max_bins: int) -> Histogram:
    """Count ``events`` per month when the months of their span fit in ``max_bins``, else per year."""
    return histogram_of_counts(Counter(map(bucket_key, events)), max_bins)


def histogram_of_counts(counts: Mapping[BucketKey, int], max_bins: int) -> Histogram:
    """The histogram of events counted by ``bucket_key`` (a few hundred keys, whatever the events)."""
    undated = counts.get(None, 0)
    parsed = [(*key, n) for key, n in counts.items() if key is not None and n > 0]
    if not parsed:
        return Histogram("month", [], undated=undated)
    # A year-only date covers its whole year: the months drawn run from its January to its December.
    first = min((year, month or 1) for year, month, _, _, _ in parsed)
    last = max((year, month or 12) for year, month, _, _, _ in parsed)
    span = _months(first, last)
    if len(span) <= max(1, max_bins):
        return _by_month(parsed, span, undated)
    return _by_year(parsed, range(first[0], last[0] + 1), undated)


Parsed = list[tuple[int, int | None, str, bool, int]]  # year, month (None: year only), type, inferred, count


def _by_month(parsed: Parsed, span: list[tuple[int, int]], undated: int) -> Histogram:
    bins = [_month_bin(y, m) for y, m in span]
    where = {(y, m): i for i, (y, m) in enumerate(span)}
    year_only: Counter[int] = Counter()
    for year, month, kind, inferred, n in parsed:
        if month is None:
            year_only[year] += n
            continue
        target = bins[where[(year, month)]]
        (target.inferred if inferred else target.certain)[kind] += n
    return Histogram("month", bins, dict(year_only), undated)


def _by_year(parsed: Parsed, years: range, undated: int) -> Histogram:
    bins = [_year_bin(y) for y in years]
    for year, month, kind, inferred, n in parsed:
        target = bins[year - years.start]
        if month is None:
            target.vague += n
        else:
            (target.inferred if inferred else target.certain)[kind] += n
    return Histogram("year", bins, {}, undated)


def range_text(hist: Histogram, lo: int, hi: int) -> str:
    """The date-range filter for bins ``lo..hi``: "2023-08", "2022-02..2023-06", "2013..2015"."""
    lo, hi = min(lo, hi), max(lo, hi)
    first, last = hist.bins[lo].label, hist.bins[hi].label
    return first if first == last else f"{first}..{last}"


def chart_counts(corpus: Any, rows: list[int], flt: Any) -> Counter[BucketKey]:
    """What the chart draws: the timeline's rows, widened to every date when a range is set.

    With a date range the chart still shows the bars around it, so the range
    picked is seen in its context and can be moved. Counted through the
    corpus's precomputed keys: a few milliseconds at 100,000 rows.
    """
    if flt.since or flt.until:
        from dataclasses import replace

        from store.selecting import Selector

        rows = Selector(corpus).select(replace(flt, since=None, until=None)).rows
    return Counter(map(corpus.chart_keys.__getitem__, rows))
