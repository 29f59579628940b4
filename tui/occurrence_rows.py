"""The timeline's rows in either mode: one per report, or one per occurrence.

Textual-free glue between the per-report filter (``store.browse.Selector``, the
same rule as ``store.query``) and the occurrence rule of
``store.occurrence_view`` (an occurrence passes when any of its reports does).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from store.query import EventFilter

if TYPE_CHECKING:
    from store.occurrence_view import OccurrenceRows
    from store.selecting import Selector


@dataclass(frozen=True, slots=True)
class RowSelection:
    """What the timeline shows: ``rows`` in display order, country counts, and the reports behind them.

    ``reports`` are the reports the filter lets through (display order): what an
    export writes in either mode.
    """

    rows: list[int]
    country_counts: dict[str, int]
    reports: list[int]


def select_rows(
    selector: Selector, flt: EventFilter, *, descending: bool, occurrences: OccurrenceRows | None
) -> RowSelection:
    """The rows of ``flt``: reports when ``occurrences`` is ``None``, else occurrences."""
    corpus = selector.corpus
    per_report = occurrences is None or not occurrences.members  # nothing linked: an occurrence is a report
    selection = selector.select(flt, descending=descending, counts=per_report)
    if per_report:
        return RowSelection(selection.rows, selection.country_counts, selection.rows)
    ascending = selection.rows if not descending else sorted(selection.rows)
    # The sidebar counts what checking each country would show: the rows without the country filter
    # (the selector reuses its last text/type/date result for them).
    base = (
        ascending
        if flt.countries is None
        else selector.select(replace(flt, countries=None), counts=False).rows
    )
    rows = occurrences.rows_for(ascending)
    counts = occurrences.country_counts(base)
    return RowSelection(corpus.display_order(rows, descending), counts, selection.rows)
