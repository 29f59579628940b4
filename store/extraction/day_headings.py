"""A live blog's or a chronology's day heading dates the entries under it.

"Friday, December 15" alone on its line, then "09:40 - The last convoy has left the camp": the entry
tells what happened on the day its heading names. Such headings carry no year (the page's own date
gives it: the year that puts the day nearest the publication date, and that agrees with the weekday
when the heading names one). A line with a year is a byline's date, not a heading: it is left alone.
Entries under a heading count their relative dates from its day, and an act they tell with no date of
its own (and no background word nor future that moves it off the day) is of that day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.dates.continuation import continues_the_day
from store.dates.date_mention import DateMention
from store.dates.mentions import find_mentions
from store.dates.partial import PartialDate
from store.dates.resolve import Reference
from store.document.boilerplate import Block
from store.model import Event

__all__ = ["LABEL", "DayHeading", "date_under_heading", "day_headings", "heading_at"]

LABEL = "day heading"
_LONGEST = 60  # characters: a heading is a short line, never a paragraph


@dataclass(frozen=True, slots=True)
class DayHeading:
    start: int  # where the heading's line starts in the text
    text: str
    reference: Reference


def _only_a_day(bare: str, language: str) -> DateMention | None:
    """The day-and-month mention ``bare`` consists of (a weekday beside it at most), or None."""
    mentions = find_mentions(bare, language)
    days = [m for m in mentions if m.kind == "absolute" and m.day and m.month and m.year is None]
    if len(days) != 1 or any(m.kind not in ("absolute", "weekday") for m in mentions):
        return None
    if any(m.kind == "absolute" and m is not days[0] for m in mentions):
        return None
    rest = bare
    for m in sorted(mentions, key=lambda m: -m.start):
        rest = rest[: m.start] + rest[m.end :]
    if re.search(r"\w", rest):
        return None  # "Page 2 - December 15 news", "Updated December 15": words beside the day
    weekday = next((m.weekday for m in mentions if m.weekday is not None), None)
    day = days[0]
    if day.weekday is None and weekday is not None:
        day.weekday = weekday
    return day


def _year_of(mention: DateMention, published: PartialDate) -> PartialDate | None:
    """The day in the year next to the page's date: nearest to it, the weekday's when one is named."""
    candidates: list[PartialDate] = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(PartialDate(year, mention.month, mention.day))
        except ValueError:
            continue  # 29 February of a common year
    if mention.weekday is not None:
        candidates = [c for c in candidates if c.as_date().weekday() == mention.weekday]
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs((c.as_date() - published.first_day()).days))


def day_headings(
    text: str, blocks: list[Block], language: str, published: PartialDate | None
) -> list[DayHeading]:
    """The lines of ``text`` that name only a day without a year, in order, each with the day it names."""
    if published is None:
        return []  # an undated page: the year of a heading is unknown
    out: list[DayHeading] = []
    for block in blocks:
        bare = text[block.start : block.end].strip()
        if not bare or len(bare) > _LONGEST or "\n" in bare or not any(c.isdigit() for c in bare):
            continue  # a day without a year is written with its number ("premier décembre" reads as none)
        mention = _only_a_day(bare, language)
        value = _year_of(mention, published) if mention is not None else None
        if value is not None:
            note = f"the year of the publication date {published}"
            out.append(DayHeading(block.start, bare, Reference(value, LABEL, note=note)))
    return out


def heading_at(headings: list[DayHeading], position: int) -> DayHeading | None:
    """The last heading before ``position``: the day the entry there is filed under."""
    found = None
    for heading in headings:
        if heading.start >= position:
            break
        found = heading
    return found


def date_under_heading(events: list[Event], heading: DayHeading, sentence: str, language: str) -> None:
    """ "09:40 - The last convoy has left the camp" under "Friday, December 15": of that Friday."""
    if not continues_the_day(sentence, language):
        return  # "had already left", "will hand over": not the day of the entry
    day = heading.reference.date
    for e in events:
        if e.date is None and not e.target_date:
            e.date, e.date_precision, e.date_inferred, e.date_text = day.iso(), "day", False, None
            e.date_reason = (
                f"no date of its own: an entry under the day heading {heading.text!r} "
                f"({day.iso()}, {heading.reference.note})"
            )
