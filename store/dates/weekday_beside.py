"""A relative day word and the weekday written right after it name one day: "hier jeudi", "yesterday,
Thursday", "gestern Donnerstag", "ayer jueves", "hôm qua (thứ Năm)", "aujourd'hui lundi".

News writes the weekday beside "yesterday" or "today" to say which day that was; read as two dates, the
weekday resolves on its own and the relative word may be counted from it, so one act gets two days. When
the weekday is the day the relative word gives from the report's reference, the two words are one
mention (the relative one, its span reaching over the weekday). When they disagree (a reference that is
not the writer's day, a slip), nothing is decided here: both stay as before.
"""

from __future__ import annotations

import re

from store.dates.date_mention import DateMention
from store.dates.partial import add_days
from store.dates.resolve import Reference

__all__ = ["one_day_named_twice"]

# Between the relative word and its weekday: spaces, a comma or an opening bracket ("yesterday (Thursday)")
_BETWEEN = re.compile(r"\s*[,(]?\s*")
# The farthest a relative day word may count (the day before yesterday, the day after tomorrow)
_MAX_OFFSET = 2


def _relative_day(m: DateMention) -> bool:
    return m.kind == "relative" and m.unit == "day" and not m.approximate and abs(m.offset) <= _MAX_OFFSET


def _plain_weekday(m: DateMention) -> bool:
    return m.kind == "weekday" and m.weekday is not None and m.offset == 0 and m.unit is None


def one_day_named_twice(
    sentence: str, mentions: list[DateMention], reference: Reference | None
) -> list[DateMention]:
    """``mentions`` with each weekday that names the same day as the relative day word right before it
    folded into that word's mention."""
    if reference is None or reference.date.day is None or len(mentions) < 2:
        return mentions
    out: list[DateMention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            after is not None
            and _relative_day(m)
            and _plain_weekday(after)
            and not m.in_quote
            and m.in_quote == after.in_quote
            and _BETWEEN.fullmatch(sentence[m.end : after.start])
            and add_days(reference.date, m.offset).as_date().weekday() == after.weekday
        ):
            m.end, m.weekday = after.end, after.weekday
            m.text = sentence[m.start : m.end]
            skip.add(i + 1)
        out.append(m)
    return out
