"""Whether two events' dates can be one date at their precision, and how strongly they agree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from store.linking.profiles import Profile


@dataclass(frozen=True, slots=True)
class DateMatch:
    strength: int  # 3 same day, 2 inferred year same day/month, 1 a day apart or within a month, 0 year
    text: str
    day_apart: bool = False


def _with_year(date: str, year: str) -> str | None:
    try:
        return dt.date.fromisoformat(f"{year}{date[4:]}").isoformat()
    except ValueError:  # 29 February in another year
        return None


def _days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def date_match(a: Profile, b: Profile) -> DateMatch | None:
    """How the two dates agree at their precision, or None when they cannot be one date."""
    if not a.date or not b.date:
        return None
    echoed = _echo(a, b) or _echo(b, a)
    if echoed is not None:
        return echoed
    if a.precision == "day" and b.precision == "day":
        if a.inferred != b.inferred:  # the year of one is a guess: compare day and month
            if a.date[5:] == b.date[5:]:
                return DateMatch(2, f"same day and month {a.date[5:]} (year inferred)")
            guess, stated = (a, b) if a.inferred else (b, a)
            moved = _with_year(guess.date, stated.date[:4])
            if moved is not None and _days_apart(moved, stated.date) == 1:
                return DateMatch(
                    1, f"a day apart ({guess.date[5:]} / {stated.date[5:]}, year inferred)", True
                )
            return None
        if a.date == b.date:
            return DateMatch(3, f"same day {a.date}")
        if not a.inferred and not b.inferred and _days_apart(a.date, b.date) == 1:
            return DateMatch(1, f"a day apart ({min(a.date, b.date)} / {max(a.date, b.date)})", True)
        return None
    if a.inferred or b.inferred:
        day, other = (a, b) if a.precision == "day" else (b, a)
        if (
            day.inferred
            and not other.inferred
            and other.precision == "month"
            and day.date[5:7] == other.date[5:7]
        ):
            return DateMatch(1, f"{day.date[5:]} within {other.date} (year inferred)")
        return None  # an inferred year at month or year precision says too little
    short, long = (a, b) if len(a.date) <= len(b.date) else (b, a)
    if not long.date.startswith(short.date):
        return None
    if short.precision == "month":
        inside = f"{long.date} within {short.date}" if long.date != short.date else f"same month {short.date}"
        return DateMatch(1, inside)
    return DateMatch(0, f"same year {short.date}")


def _echo(statement: Profile, act: Profile) -> DateMatch | None:
    """A statement whose own sentence dates an act on ``act``'s day, a few days before it is said: the
    statement is told of that day ("handed over the base on Jan. 11, the army said on Monday")."""
    if act.date not in statement.echoes or act.precision != "day" or act.inferred:
        return None
    return DateMatch(1, f"said {statement.date} of {act.date}, as its sentence tells", True)


def background_of(a: Profile, b: Profile) -> bool:
    """Whether one of two events of one sentence is dated by counting back from the other's act ("sent
    troops on Friday against fighters who had seized the town a day earlier"): the background that act is
    told against, another moment and another occurrence. Not when the later one is the statement telling
    it ("killed a day earlier, the army said on Saturday"): that is ``_echo``'s case."""
    if a.sentence != b.sentence:
        return False
    return any(
        early.counted_back and early.counted_back == late.date and late.type != "statement"
        for early, late in ((a, b), (b, a))
    )


def other_deadlines(a: Profile, b: Profile) -> bool:
    """Whether two plans give deadlines in different months ("by the end of May 2024" / "bis Ende August
    2024"): two commitments. A deadline within the other's ("2024" / "May 2024"), or two days of one month
    ("by December 15" / "by the end of December", told loosely), is no conflict."""
    if not (a.target and b.target):
        return False
    ta, tb = a.target[:7], b.target[:7]
    return not (ta.startswith(tb) or tb.startswith(ta))
