"""A day of the month without its month: "el pasado día 4", "ngày 4 vừa qua", "on the 4th of this
month", "le 4 courant", "am 4. dieses Monats".

News names a day of the current (or just passed) month by its number alone. It is the most recent such
day on or before the reference, or the coming one for a word that says so ("el próximo día 15") or a
future tense: the day before the report's own day of the month lies in the month before.
"""

from __future__ import annotations

import datetime as dt
import re

from store.dates.date_mention import DateMention
from store.dates.partial import PartialDate


def day_of_month_mention(m: re.Match[str], directions: dict[str, int]) -> DateMention | None:
    """A ``day_of_month`` mention from a shape with a ``day`` group and maybe a ``dir`` word."""
    day = int(m["day"])
    if not 1 <= day <= 31:
        return None
    word = " ".join((m.groupdict().get("dir") or "").lower().split())
    start, end = m.span("x")
    offset = directions.get(word, directions.get(word.split()[-1], 0)) if word else 0
    return DateMention(
        start=start, end=end, text=m.string[start:end], kind="day_of_month", day=day, offset=offset
    )


def _shift(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + step
    return index // 12, index % 12 + 1


def resolve_day_of_month(
    mention: DateMention, ref: PartialDate, tense: str | None
) -> tuple[PartialDate, str] | None:
    """The day ``mention`` names, in the reference's month or the one next to it, and on which side."""
    if ref.day is None or ref.month is None or mention.day is None:
        return None
    base = ref.as_date()
    ahead = mention.offset > 0 or (mention.offset == 0 and tense == "future")
    year, month = base.year, base.month
    for _ in range(3):  # a day 31 skips the months that lack it
        try:
            day = dt.date(year, month, mention.day)
        except ValueError:
            day = None
        if day is not None and (day >= base if ahead else day <= base):
            return PartialDate.from_date(day), "on or after" if ahead else "on or before"
        year, month = _shift(year, month, 1 if ahead else -1)
    return None
