"""What ``mali-tui export``'s options select: the filter they describe, and which groupings a format has.

Rules of what is exported, kept in ``store`` so that the CLI only passes its
options on: ``--since 2023`` starts on the first day of 2023 and ``--until
2023-06`` ends on the last day of June; a format made for one row per event
(ACLED, TimelineJS) has no row per occurrence.
"""

from __future__ import annotations

from collections.abc import Iterable

from store.query import EventFilter, parse_range

PER_OCCURRENCE_FORMATS = ("jsonl", "csv")
"""The formats ``--by cluster`` writes: ``store.export_occurrences`` rows."""


def export_filter(
    *,
    text: str | None = None,
    countries: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    force: str | None = None,
) -> EventFilter:
    """The filter of the export options: a date's whole range counts (YYYY, YYYY-MM or YYYY-MM-DD)."""
    return EventFilter(
        text=text or "",
        countries=frozenset(c.upper() for c in countries) if countries else None,
        types=frozenset(types) if types else None,
        since=parse_range(since)[0] if since else None,
        until=parse_range(until)[1] if until else None,
        force=force,
    )


def grouping_problem(fmt: str, by: str) -> str | None:
    """Why rows grouped ``by`` cannot be written as ``fmt``, or None when they can."""
    if by == "cluster" and fmt not in PER_OCCURRENCE_FORMATS:
        return f"--by cluster works with {' and '.join(PER_OCCURRENCE_FORMATS)}; {fmt} has one row per event"
    return None
