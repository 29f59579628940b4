"""Dates a statement sets, read against the day the statement was made in the same sentence.

"had announced in early July that it would vacate the base by the end of August", "decided on Friday
to end the mission on December 31": a deadline or a plan lies ahead of the statement that set it.
"""

from __future__ import annotations

from store.dates.partial import PartialDate
from store.dates.resolve import ResolvedDate

DEADLINE_ROLES = ("by", "until", "before")


def deadlines_after_statement(
    resolved: list[ResolvedDate], plans: frozenset[int] | set[int] = frozenset()
) -> None:
    """ "had announced in early July that it would vacate the base by the end of August", in a story of
    31 August: the deadline lies ahead of the statement that set it, so it is the plan's date (a target)
    even though it is not after the publication date."""
    stated = [
        r for r in resolved if not r.future and r.mention.role not in ("since", "from", *DEADLINE_ROLES)
    ]
    for r in resolved:
        if r.mention.start in plans and not r.future:
            _plan_after_its_day(r, [s for s in stated if s is not r and s.mention.start < r.mention.start])
        if r.future and r.mention.kind == "absolute" and r.mention.year is None and r.value.month:
            _plan_after_its_statement(r, stated)
        if not r.future and r.mention.role == "from":
            _start_after_its_day(r, stated)
        if r.future or r.mention.role not in DEADLINE_ROLES:
            continue
        _deadline_near_its_statement(r, stated)
        if r.future:
            continue
        if any(s is not r and s.value.last_day() < r.value.first_day() for s in stated):
            r.future = True


def _start_after_its_day(r: ResolvedDate, stated: list[ResolvedDate]) -> None:
    """ "announced in his speech of 31 December the end of all foreign presence from 2025", "kündigte am
    31. Dezember an, ab 2025 ...": a "from" date wholly after a day the sentence tells before it is when
    what was then announced takes effect (a target), not a second act of the sentence."""
    said = [s for s in stated if s is not r and s.value.day is not None and s.mention.start < r.mention.start]
    if any(s.value.last_day() < r.value.first_day() for s in said):
        r.future = True


def _deadline_near_its_statement(r: ResolvedDate, stated: list[ResolvedDate]) -> None:
    """ "Ngày 19/5, Mỹ và Niger ra tuyên bố chung về việc rút quân trước ngày 15/9", in a story of 20
    May: a deadline is the occurrence nearest the day that set it, not the one before the publication
    (a deadline already passed when it was set is the rarer reading)."""
    said = [s for s in stated if s is not r and s.value.day is not None]
    if not said or r.mention.kind != "absolute" or r.mention.year is not None or r.value.month is None:
        return
    day = max(s.value.last_day() for s in said)
    if r.value.last_day() >= day:
        return
    try:
        ahead = PartialDate(r.value.year + 1, r.value.month, r.value.day)
    except ValueError:
        return  # 29 February
    while ahead.last_day() < day:
        try:
            ahead = PartialDate(ahead.year + 1, ahead.month, ahead.day)
        except ValueError:
            return
    behind = PartialDate(ahead.year - 1, ahead.month, ahead.day)
    if (ahead.first_day() - day).days < (day - behind.last_day()).days:
        r.value, r.future = ahead, True
        r.reason = f"{r.mention.text!r}: a deadline, the one nearest the day it was set ({day.isoformat()})"


def _plan_after_its_statement(r: ResolvedDate, stated: list[ResolvedDate]) -> None:
    """ "The army said on July 2 that it would leave by August 30", in a story of August 31: the plan
    is the first August 30 after the statement that made it, not the one after the publication."""
    if not stated:
        return
    said = max(stated, key=lambda s: s.value.last_day())
    try:
        earlier = PartialDate(r.value.year - 1, r.value.month, r.value.day)
    except ValueError:
        return  # 29 February
    if earlier.first_day() > said.value.last_day():
        r.value = earlier
        r.reason = f"{r.mention.text!r}: the first one after the statement date {said.value.iso()}"


def _plan_after_its_day(r: ResolvedDate, stated: list[ResolvedDate]) -> None:
    """ "Der Sicherheitsrat beschloss am Freitag, die Mission am 31. Dezember zu beenden", in a story of
    June: a plan set on a day of the sentence is the first such date after that day, however far."""
    said = [s for s in stated if s.value.day is not None]
    if not said or r.mention.kind != "absolute" or r.mention.year is not None or r.value.day is None:
        return
    day = max(s.value.last_day() for s in said)
    value = r.value
    while value.first_day() <= day:
        try:
            value = PartialDate(value.year + 1, value.month, value.day)
        except ValueError:
            return  # 29 February
    if value != r.value:
        r.value, r.future = value, True
        r.reason = f"{r.mention.text!r}: a plan, the first one after the day it was set ({day.isoformat()})"
