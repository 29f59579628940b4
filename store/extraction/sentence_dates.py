"""A body sentence's dates: its mentions, the years that only name something, and their resolution.

A quoted statement's date anchors the dates inside the quote; the mentions outside quotes are resolved
first, each against the report's reference or the previous event's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.dates.date_mention import DateMention
from store.dates.datelines import Dateline
from store.dates.named_years import names_an_agreement, tells_the_signing
from store.dates.resolve import Reference, ResolvedDate, resolve
from store.dates.statements import deadlines_after_statement
from store.dates.tense import first_speech, reported_range, tense_at
from store.dates.vocabulary import language_attr

__all__ = ["SentenceDates", "narrative_anchor", "resolve_sentence", "set_aside_named_years"]


@dataclass(slots=True)
class SentenceDates:
    """One body sentence with its date mentions, before resolution."""

    start: int
    end: int
    block: int
    mentions: list[DateMention]
    reference: Reference | None = None
    lead: int = 0  # characters of a dateline at the start: its place is where the story was filed
    story: Dateline | None = None  # the year-less dateline this sentence's story is filed under
    resolved: list[ResolvedDate] = field(default_factory=list)
    named: list[DateMention] = field(default_factory=list)  # years that name something, not dates


def set_aside_named_years(sentence: str, item: SentenceDates, language: str) -> None:
    """ "The 2015 agreement remains in place": the year says which agreement; the sentence's own time
    (another date in it, else its reference) dates the event. A sentence about that occurrence itself,
    told in the past ("the 2012 coup ousted ..."), keeps the year."""
    kept: list[DateMention] = []
    for m in item.mentions:
        if names_an_agreement(sentence, m, language):
            m.named = "agreement"  # "the 2015 peace agreement": dates only a sentence telling the signing
    others = [m for m in item.mentions if not m.named]
    for m in item.mentions:
        told = (
            m.named == "attribute"
            and tense_at(sentence, m.start, m.end, language, clause_only=True) == "past"
            and not _ahead_of(m, item.reference)  # "approved the 2025 budget" in 2024: which budget
        ) or (m.named == "agreement" and tells_the_signing(sentence, language, m.end))
        if m.named and (others or not told):
            item.named.append(m)
        else:
            kept.append(m)
    item.mentions = kept


def _ahead_of(mention: DateMention, reference: Reference | None) -> bool:
    """Whether the year ``mention`` names lies after its reference's year: an act told in the past cannot
    have happened then, so the year says which budget or plan, not when."""
    return reference is not None and mention.year is not None and mention.year > reference.date.year


def resolve_sentence(
    sentence: str,
    item: SentenceDates,
    language: str,
    anchor: ResolvedDate | None,
    said_before: Reference | None = None,
) -> list[ResolvedDate]:
    """Resolve the mentions outside quotes first: the statement's date anchors those inside, and the
    "today" of a reported statement ("said on Friday that the convoy left today"). ``said_before`` is
    the day of the speaker's statement told earlier (``extraction.speaker_days``), for a quote whose
    attribution gives no day."""
    reported = reported_range(sentence, language)
    inside = [
        m
        for m in item.mentions
        if m.in_quote
        or (
            reported is not None
            and reported[0] <= m.start < reported[1]
            and m.kind == "relative"
            and m.unit == "day"
        )
    ]
    outside = [m for m in item.mentions if m not in inside]
    spans = [(m.start, m.end) for m in item.mentions]
    resolved: dict[int, ResolvedDate] = {}
    plans: set[int] = set()
    for m in outside:
        others = [s for s in spans if s != (m.start, m.end)]
        clause_tense = tense_at(sentence, m.start, m.end, language, clause_only=True, others=others)
        if clause_tense == "plan":
            plans.add(m.start)
        tense = tense_at(sentence, m.start, m.end, language, others=others)
        if m.role == "since" and tense == "future" and language_attr(language, "SINCE_STARTS_PLANS", False):
            m.role = "from"  # "sẽ tạm ngừng ... kể từ ngày 15/8": as from a day to come
        r = resolve(
            m,
            tense,
            item.reference,
            anchor,
            clause_tense=clause_tense,
        )
        if r is not None:
            resolved[m.start] = r
            if not r.future:
                anchor = r
    reference = item.reference
    said: list[ResolvedDate] = []
    if inside and (reported is not None or first_speech(sentence)):
        said = [r for r in resolved.values() if not r.future and r.value.day is not None]
    if said:
        reference = Reference(said[0].value, "statement date", inferred=said[0].inferred)
    elif inside and said_before is not None:  # its attribution was checked (extraction.speaker_days)
        reference = said_before
    for m in inside:
        others = [s for s in spans if s != (m.start, m.end)]
        r = resolve(
            m,
            tense_at(sentence, m.start, m.end, language, others=others),
            reference,
            anchor,
            clause_tense=tense_at(sentence, m.start, m.end, language, clause_only=True, others=others),
        )
        if r is not None:
            resolved[m.start] = r
    ahead = {id(r) for r in resolved.values() if r.future}  # before a range's end is read as a deadline
    deadlines_after_statement(list(resolved.values()), plans)
    return _range_start_only(sentence, _own_day_first([resolved[k] for k in sorted(resolved)]), ahead)


def narrative_anchor(
    mentions: list[DateMention],
    anchor: ResolvedDate | None,
    day_anchor: ResolvedDate | None,
    told_last: ResolvedDate | None = None,
    anchor_before: bool = True,
    coarse_before: ResolvedDate | None = None,
) -> ResolvedDate | None:
    """ "The last troops left on Thursday. "It ended today," she said. The government had decided in January
    to ... . Hours before, they had handed over their camp.": "hours before" is the last day the report
    told outside quotes (``day_anchor``), not the month of a background sentence or a quote's "today".
    "The same day", "ese mismo día" point at the day told last (``told_last``), a flashback's too. A day
    counted from an act told only to its week counts from it when the sentence right before told it
    (``anchor_before``: "Britain said last week ... A day later, ..."); else from the last day told. "The
    same day" right after a sentence that told its act only to the month or year (``coarse_before``: "In
    early August, the junta tore up the accords. It took RFI off the air the same day.") is that act's day,
    somewhere in that month: not an older day the report told before it."""
    same_day = [m for m in mentions if m.kind == "narrative" and m.unit == "day" and m.offset == 0]
    if any(m.points_back for m in same_day) and coarse_before is not None:
        return coarse_before
    if any(m.points_back for m in same_day) and told_last is not None:
        return told_last
    counts_days = any(m.kind == "narrative" and m.unit == "day" for m in mentions)
    week_before = anchor_before and anchor is not None and anchor.mention.unit == "week"
    if counts_days and anchor is not None and anchor.value.day is None and not week_before:
        # "Launched in March 2020, the force ... / The day before, the Council had renewed ...": a day is
        # counted from the last day told (none: no date), not from a month
        return day_anchor
    return day_anchor if same_day and day_anchor is not None else anchor


def _own_day_first(resolved: list[ResolvedDate]) -> list[ResolvedDate]:
    """ "On Friday, hours after the vote, the troops left": a day the sentence names outranks "the same
    day" counted from the event before it (which the sentence's own day may have moved on from)."""
    own = [r for r in resolved if r.mention.kind != "narrative" and not r.future and r.value.day is not None]
    if not own:
        return resolved
    return [r for r in resolved if not (r.mention.kind == "narrative" and r.mention.offset == 0)]


# One short word or a dash between two dates: "from Wednesday to Sunday", "từ thứ Tư đến Chủ nhật", "vom
# Mittwoch bis Sonntag", "de miércoles a domingo".
_RANGE_LINK = re.compile(r"\s*(?:[-–—]|[^\W\d]{1,5})\s*")


def _range_start_only(sentence: str, resolved: list[ResolvedDate], ahead: set[int]) -> list[ResolvedDate]:
    """ "The delegations met from Wednesday to Sunday": a span told as a range is one event, dated by its
    start (as "have met since Wednesday" is); its end is no second event. The end may carry the range's
    own "until" ("von Mittwoch bis Sonntag"): a day before it is then the start, not the day a deadline
    was set. An end after the reference (``ahead``: a meeting still on) stays a target."""
    out: list[ResolvedDate] = []
    for r in resolved:
        prev = out[-1] if out else None
        if (
            prev is not None
            and (
                prev.mention.role in ("since", "from")
                or (prev.mention.role is None and r.mention.role == "until")
            )
            and not prev.future
            and id(r) not in ahead
            and prev.mention.kind == r.mention.kind
            and _RANGE_LINK.fullmatch(sentence[prev.mention.end : r.mention.start])
        ):
            continue
        out.append(r)
    return out
