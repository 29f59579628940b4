"""Dates known only to some precision: "2014", "2023-06", "2023-11-03".

dateparser fills the parts a text never gave from its reference date; a
``PartialDate`` keeps only what was written, so precision is never invented.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year}")  # "2,300 years ago" counted from 2005 is before year 1
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month}")
        if self.day is not None:
            dt.date(self.year, self.month, self.day)  # raises on 31 February

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def __str__(self) -> str:
        return self.iso()

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        parts = [int(p) for p in text[:10].split("-")]
        return cls(*parts)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    def as_date(self) -> dt.date:
        """The first day covered (for arithmetic only, never for display)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def first_day(self) -> dt.date:
        return self.as_date()

    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.as_date()
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def truncate(self, precision: str) -> PartialDate:
        """The same date at no more than ``precision``."""
        if precision == "year":
            return PartialDate(self.year)
        if precision == "month" and self.month is not None:
            return PartialDate(self.year, self.month)
        return self


def add_months(value: PartialDate, months: int) -> PartialDate:
    """Shift by whole months, keeping the precision (a day clamps to the month's end)."""
    if value.month is None:
        return PartialDate(value.year + months // 12) if months % 12 == 0 else value
    index = value.year * 12 + (value.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    if value.day is None:
        return PartialDate(year, month)
    day = min(value.day, calendar.monthrange(year, month)[1])
    return PartialDate(year, month, day)


def add_days(value: PartialDate, days: int) -> PartialDate:
    if value.day is None:
        raise ValueError("day arithmetic needs a day")
    return PartialDate.from_date(value.as_date() + dt.timedelta(days=days))
