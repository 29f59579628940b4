"""A date at the precision it was reported, for a board cell: "2022-08", "late 2023", "~2023-10-21"."""

from __future__ import annotations

from typing import Any

_SIZES = {"day": 10, "month": 7, "year": 4}


def date_cell(event: dict[str, Any] | None) -> str:
    """The event's date as precise as the report, ``~`` first when any part was inferred; "" when undated.

    A year or month said with "early", "mid" or "late" keeps it ("late 2023");
    a day needs no modifier.
    """
    if not event or not event.get("date"):
        return ""
    date = str(event["date"])
    precision = event.get("date_precision") or ""
    shown = date[: _SIZES.get(precision, len(date))]
    mod = event.get("date_mod")
    if mod and precision in ("year", "month"):
        shown = f"{mod} {shown}"
    return f"~{shown}" if event.get("date_inferred") else shown
