"""A date expression as written, before resolution (shared by the grammar and the dateparser fallback)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class DateMention:
    """One date expression as written, not yet resolved."""

    start: int
    end: int
    text: str
    kind: str  # "absolute" | "weekday" | "relative" | "month_rel" | "narrative"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None  # "day" | "week" | "month" | "year" for relative and narrative mentions
    offset: int = 0  # relative/narrative: signed number of units; month_rel: -1 last, +1 next, 0 this
    mod: str | None = None  # "early" | "mid" | "late"
    role: str | None = None  # preposition before it: "since", "until", "by", "in", "on", "after", ...
    in_quote: bool = False
    approximate: bool = False  # "about 1,500 years ago": no finer than its unit allows
    # A year that says which thing, not when: "name" ("World Cup 2014", "the 2008 Beijing Olympics"),
    # "attribute" ("the 2015 agreement", "l'accord de 2015"); None for a date.
    named: str | None = None
    points_back: bool = False  # "the same evening", "that month": the time told last (dates/same_time.py)
    occasion: bool = False  # "New Year's Eve address": a day of the year (dates/occasions.py)

    @property
    def explicit_year(self) -> bool:
        return self.kind == "absolute" and self.year is not None
