"""Turning a date mention into a date, against the right reference.

A mention without a year takes it from its reference (publication date,
dateline, a quoted statement's date, or an inferred list date), on the side
its tense points to; relative mentions count from the reference; narrative
ones ("A month later") from the previous event. Precision is never more than
the expression gives, and every result says why.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from store.dates.date_mention import DateMention
from store.dates.day_of_month import resolve_day_of_month
from store.dates.partial import PartialDate, add_days, add_months


@dataclass(frozen=True, slots=True)
class Reference:
    """The date relative expressions count from, and where it came from."""

    date: PartialDate
    label: str  # "publication date", "dateline", "statement date", "list item date", ...
    inferred: bool = False
    note: str | None = None  # why an inferred reference was chosen

    def describe(self) -> str:
        return f"{self.label} {self.date}" + (" (inferred)" if self.inferred else "")


@dataclass(slots=True)
class ResolvedDate:
    mention: DateMention
    value: PartialDate
    mod: str | None
    inferred: bool
    reason: str
    future: bool = False  # after its reference: a planned date or a deadline
    said_past: bool = False  # its own clause is in the past tense

    @property
    def iso(self) -> str:
        return self.value.iso()


def _candidates_for(month: int, day: int | None, years: range) -> list[PartialDate]:
    out = []
    for year in years:
        try:
            out.append(PartialDate(year, month, day))
        except ValueError:
            continue  # 29 February of a common year
    return out


def _pick_side(cands: list[PartialDate], ref: PartialDate, tense: str | None) -> tuple[PartialDate, str]:
    """The occurrence on or before (past) or on or after (future) the reference."""
    ref_lo, ref_hi = ref.first_day(), ref.last_day()
    if tense == "future":
        after = [c for c in cands if c.last_day() >= ref_lo]
        if after:
            return min(after), "on or after"
    before = [c for c in cands if c.first_day() <= ref_hi]
    if before:
        return max(before), "on or before"
    return min(cands), "after"


# A deadline ("by April 30", "avant le 30 novembre", "bis zum 15. September") is set for the time around
# its statement: the occurrence nearest the reference, whatever the tense of the verb that set it.
DEADLINE_ROLES = frozenset({"by", "until", "before", "after"})
# A plan told in a past-tense sentence ("asked the mission to start on July 1") stays ahead of the
# moment it was stated: when the date's own clause has no tense of its own, an occurrence this close
# after the reference is the one meant.
PLAN_HORIZON_DAYS = 92


def _nearest(
    cands: list[PartialDate], ref: PartialDate, horizon: int | None
) -> tuple[PartialDate, str] | None:
    ref_day = ref.first_day() if ref.day is not None else ref.last_day()
    after = [c for c in cands if c.first_day() > ref_day]
    before = [c for c in cands if c.first_day() <= ref_day]
    if not after:
        return None
    ahead = min(after)
    gap_ahead = (ahead.first_day() - ref_day).days
    if horizon is not None and gap_ahead > horizon:
        return None
    if before and (ref_day - max(before).first_day()).days < gap_ahead:
        return None
    return ahead, "after"


def _year_free(
    mention: DateMention, ref: Reference, tense: str | None, clause_tense: str | None = "unknown"
) -> tuple[PartialDate, str] | None:
    """``clause_tense``: the tense of the mention's own clause, ``None`` when it has no cue, "plan" when
    an infinitive governs the date; "unknown" when the caller did not look."""
    assert mention.month is not None
    ref_date = ref.date
    if ref_date.month is None:
        # A year-only reference gives the year, nothing about the side.
        return PartialDate(ref_date.year, mention.month, mention.day), "in the year of"
    cands = _candidates_for(mention.month, mention.day, range(ref_date.year - 1, ref_date.year + 2))
    if not cands:
        return None
    if mention.role == "since" or (mention.role == "from" and tense == "past"):
        # "since early January": a start behind the reference, whatever verb follows; "from" only in a
        # past clause, as it may start what is to come ("partiront dès octobre", "ab Oktober sollen")
        tense = "past"
    elif clause_tense == "plan" and mention.day is None:
        # "asked the troops to leave in January", "beschloss, die Soldaten im Februar abzuziehen": a month
        # planned or asked for is not behind the statement, however far ahead it lies
        return _pick_side(cands, ref_date, "future")[0], "a plan told in the past tense, on or after"
    elif mention.role == "after" and tense == "past" and clause_tense in (None, "past"):
        tense = "past"  # "left Niamey after January 1": an act already done came after a day behind
    elif mention.role in DEADLINE_ROLES:
        # "had been told to leave by November 30": set in the past, for the weeks ahead
        picked = _nearest(cands, ref_date, PLAN_HORIZON_DAYS if clause_tense == "past" else None)
        if picked is not None:
            return picked[0], "the deadline nearest to"
    elif clause_tense == "plan":
        # "asked the mission to start leaving on December 1", said in June: a day planned or asked for is the
        # occurrence nearest the statement, however far ahead (the one behind only when it is nearer)
        picked = _nearest(cands, ref_date, None)
        if picked is not None:
            return picked[0], "a plan told in the past tense, just after"
    elif tense is None:
        # "la retirada comienza el 15 de julio", "the withdrawal begins on July 15": a present with no other
        # cue tells what is scheduled as often as what happened, so the occurrence nearest the reference
        picked = _nearest(cands, ref_date, PLAN_HORIZON_DAYS)
        if picked is not None:
            return picked[0], "with no tense cue, the occurrence nearest to"
    value, side = _pick_side(cands, ref_date, tense)
    return value, side


def _weekday(mention: DateMention, ref: PartialDate, tense: str | None) -> tuple[PartialDate, str] | None:
    if ref.day is None or mention.weekday is None:
        return None
    base = ref.as_date()
    if mention.unit == "week" and mention.offset:  # the weekday of the previous or next calendar week
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=mention.offset)
        day = monday + dt.timedelta(days=mention.weekday)
        return PartialDate.from_date(day), "the week after" if mention.offset > 0 else "the week before"
    delta = (base.weekday() - mention.weekday) % 7  # days back to the same-or-previous such weekday
    if mention.offset < 0:
        return PartialDate.from_date(base - dt.timedelta(days=delta or 7)), "before"
    if mention.offset > 0 or tense == "future":
        ahead = (mention.weekday - base.weekday()) % 7
        if mention.offset > 0:
            ahead = ahead or 7
        return PartialDate.from_date(
            base + dt.timedelta(days=ahead)
        ), "on or after" if not mention.offset else "after"
    return PartialDate.from_date(base - dt.timedelta(days=delta)), "on or before"


def _relative(mention: DateMention, ref: PartialDate) -> PartialDate | None:
    if mention.unit == "day":
        if ref.day is None:
            return None
        day = add_days(ref, mention.offset)
        return day.truncate("month") if mention.approximate else day  # "vor knapp zehn Tagen": its month
    if mention.unit == "month":
        if ref.month is None:
            return None
        return add_months(PartialDate(ref.year, ref.month), mention.offset)
    if mention.unit == "year":
        return PartialDate(ref.year + mention.offset)
    if mention.unit == "weekend" and ref.day is not None:
        return _last_weekend(ref.as_date())
    if mention.unit == "week" and ref.day is not None:
        # "two weeks ago", "last week": the day is approximate, so only its month is kept
        return add_days(ref, 7 * mention.offset).truncate("month")
    return None


def _last_weekend(day: dt.date) -> PartialDate | None:
    """The weekend before ``day`` (the one just ending, on a Sunday): its month, as "last week" gives,
    since either of its days may be meant; nothing when it spans two months."""
    saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7 or 7)
    sunday = saturday + dt.timedelta(days=1)
    if sunday.month != saturday.month:
        return None
    return PartialDate(saturday.year, saturday.month)


def _month_rel(mention: DateMention, ref: PartialDate) -> PartialDate | None:
    assert mention.month is not None
    if mention.unit == "year":  # "tháng 7 năm ngoái", "March 16 last year": that day or month of that year
        return PartialDate(ref.year + mention.offset, mention.month, mention.day)
    if ref.month is None:
        return None
    if mention.offset < 0:  # "last July": the latest July strictly before the reference month
        year = ref.year if mention.month < ref.month else ref.year - 1
    elif mention.offset > 0:
        year = ref.year if mention.month > ref.month else ref.year + 1
    else:
        year = ref.year
    return PartialDate(year, mention.month)


# How many days a "day after" may count from an event told only to its week ("Britain said last week it
# would leave. The day after, Côte d'Ivoire told the UN ..."): the month that week is told as.
_DAYS_IN_THE_WEEK = 3


def _narrative(mention: DateMention, anchor: PartialDate, weekly: bool = False) -> PartialDate | None:
    """``weekly``: the anchor is a week told as its month ("last week"), which a day or two after stays in."""
    if mention.unit == "day":
        if anchor.day is not None:
            day = add_days(anchor, mention.offset)
            return day.truncate("month") if mention.approximate else day  # "some ten days earlier"
        if mention.points_back and mention.offset == 0:
            # "In March, France returned the Maréchal camp. The Saint-Exupéry camp was handed back the same
            # day.": the day of an act told only to its month lies in that month (the caller points it there)
            return PartialDate(anchor.year, anchor.month)
        if weekly and anchor.month is not None and abs(mention.offset) <= _DAYS_IN_THE_WEEK:
            return PartialDate(anchor.year, anchor.month)
        return None
    if mention.unit == "week" and anchor.day is not None:
        # "two weeks earlier" than a day: the month of the day counted back (approximate, as "ago")
        return add_days(anchor, 7 * mention.offset).truncate("month")
    if mention.unit in ("month", "week"):
        if anchor.month is None:
            return None
        months = mention.offset if mention.unit == "month" else round(mention.offset / 4.3)
        return add_months(PartialDate(anchor.year, anchor.month), months)
    if mention.unit == "year":
        return PartialDate(anchor.year + mention.offset)
    return None


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" + ("s" if n != 1 else "")


def resolve(
    mention: DateMention,
    tense: str | None,
    reference: Reference | None,
    anchor: ResolvedDate | None = None,
    *,
    clause_tense: str | None = "unknown",
) -> ResolvedDate | None:
    """The date ``mention`` stands for, or ``None`` when nothing can place it."""
    quoted = f'"{mention.text}"'
    value: PartialDate | None = None
    inferred = False
    reason = ""
    needs_reference = mention.kind != "narrative" and not mention.explicit_year
    if needs_reference and reference is None:
        return None
    if mention.kind == "narrative" and anchor is None:
        return None
    try:
        if mention.kind == "absolute" and mention.year is not None:
            value = PartialDate(mention.year, mention.month, mention.day)
            reason = f"{quoted} as written"
        elif mention.kind == "absolute":
            assert reference is not None
            picked = _year_free(mention, reference, tense, clause_tense)
            if picked is None:
                return None
            value, side = picked
            inferred = reference.inferred
            tense_note = f", {tense} tense" if tense else ""
            reason = (
                f"{quoted}: year {value.year}, {side} the {reference.describe()}{tense_note}"
                if side != "in the year of"
                else f"{quoted}: in the year of the {reference.describe()}"
            )
        elif mention.kind == "weekday":
            assert reference is not None
            picked_wd = _weekday(mention, reference.date, tense)
            if picked_wd is None:
                return None
            value, side = picked_wd
            inferred = reference.inferred
            day_name = calendar.day_name[value.as_date().weekday()]
            reason = f"{quoted}: the {day_name} {side} the {reference.describe()}"
        elif mention.kind == "relative":
            assert reference is not None
            value = _relative(mention, reference.date)
            if mention.unit == "weekend" and tense == "future":  # "will meet at the weekend": one to come
                value = None
            inferred = reference.inferred
            reason = f"{quoted}: counted from the {reference.describe()}"
        elif mention.kind == "day_of_month":
            assert reference is not None
            picked_day = resolve_day_of_month(mention, reference.date, tense)
            if picked_day is None:
                return None
            value, side = picked_day
            inferred = reference.inferred
            reason = f"{quoted}: day {value.day} of the month, {side} the {reference.describe()}"
        elif mention.kind == "month_rel":
            assert reference is not None
            value = _month_rel(mention, reference.date)
            inferred = reference.inferred
            reason = f"{quoted}: {calendar.month_name[mention.month]} relative to the {reference.describe()}"
        elif mention.kind == "narrative":
            assert anchor is not None
            value = _narrative(mention, anchor.value, anchor.mention.unit == "week")
            inferred = anchor.inferred
            step = _plural(abs(mention.offset), mention.unit or "day")
            side = "after" if mention.offset >= 0 else "before"
            reason = f"{quoted}: {step} {side} the previous event ({anchor.value})"
    except ValueError:
        return None
    if value is None:
        return None
    if reference is not None and inferred and reference.note:
        reason += f"; {reference.note}"
    resolved = ResolvedDate(
        mention=mention,
        value=value,
        mod=mention.mod,
        inferred=inferred,
        reason=reason,
        said_past=clause_tense == "past",
    )
    resolved.future = _is_future(resolved, tense, reference)
    return resolved


def _is_future(resolved: ResolvedDate, tense: str | None, reference: Reference | None) -> bool:
    if reference is None:
        return False
    ref = reference.date
    value = resolved.value
    if resolved.mention.explicit_year and resolved.said_past:
        return False  # "a officialisé le 9 novembre 2022": the text says it happened, whatever the reference
    if value.first_day() > ref.last_day():
        return True
    if resolved.mod == "late" and value.last_day() > ref.last_day() and value.precision != "day":
        return tense != "past" or resolved.mention.role in ("by", "until", "before")
    if resolved.mention.role in ("by", "until", "before") and value.last_day() > ref.last_day():
        return True
    return tense == "future" and value.last_day() > ref.last_day() and value.precision != "day"
