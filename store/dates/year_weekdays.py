"""Weekdays as evidence for a year: "Thursday, March 27" falls on a Thursday only in some years."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING

from store.dates.date_mention import DateMention

if TYPE_CHECKING:
    from store.dates.list_bounds import ListItem


WEEKDAY_SPAN = 40  # years searched for a weekday that fits (a day and month repeat a weekday within 11)


def on_weekday(item: ListItem, year: int) -> bool:
    try:
        return dt.date(year, item.month, item.day or 0).weekday() == item.weekday
    except ValueError:  # 29 February in a common year
        return False


def weekday_years(item: ListItem, hi: int, lo: int | None, evidence: list[str]) -> tuple[int, int | None]:
    """Bounds narrowed to years whose calendar puts the entry's day on its weekday ("Thursday, March 27":
    2025, 2019, 2014, ...); unchanged when none fits (a misprinted weekday is no evidence)."""
    if item.weekday is None or item.day is None:
        return hi, lo
    floor = lo if lo is not None else hi - WEEKDAY_SPAN
    fits = [y for y in range(hi, floor - 1, -1) if on_weekday(item, y)]
    if not fits:
        return hi, lo
    name = calendar.day_name[item.weekday]
    evidence.append(
        f"{name} {item.day} {calendar.month_name[item.month]} falls in {', '.join(map(str, fits[:3]))}"
    )
    return fits[0], (fits[-1] if lo is not None else lo)


def written_weekday(mentions: list[DateMention], anchor: tuple[int, int | None]) -> int | None:
    """The weekday written with an entry's day ("Thursday, March 27", "Thứ Năm, 27/3"), if any."""
    if anchor[1] is None:
        return None
    for k, m in enumerate(mentions):
        if m.kind == "absolute" and m.year is None and (m.month, m.day) == anchor:
            if m.weekday is not None:
                return m.weekday
            before = mentions[k - 1] if k else None  # a weekday just before it: "Thứ Năm, 27/3"
            near = before is not None and before.kind == "weekday" and m.start - before.end <= 3
            return before.weekday if near and not before.offset else None  # type: ignore[union-attr]
    return None
