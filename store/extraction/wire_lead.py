"""A wire story's lead telling an act with no day of its own is of the report's day: "BAMAKO (Reuters) -
Mali has expelled the special representative of ECOWAS, the foreign ministry said." filed on 26 October.

A dated dateline ("BAMAKO, Oct 26 (Reuters) -") already dates its lead (store/dates/datelines.py); one with
no date leaves the lead undated, and an act of no strong type then yields no event at all. A wire's lead
tells the day's news: the act, told in the past and typed, is dated by the publication date (day
precision, not inferred: the report says when it was filed; linking reads it as a lead filed that day and
joins it with the act a day before on a shared name, ``told_next_day``). Only the sentence that opens with
the wire's place and agency ("PLACE (AGENCY) -", "Bamako (EFE).-", per language ``WIRE_LEAD`` in
store/languages/<code>/text.py), with no date, no plan, no background word.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from store.about.countries import event_countries
from store.about.event_types import classify_event, reported_kinds
from store.about.main_clause import refers_back
from store.dates.continuation import continues_the_day
from store.dates.resolve import Reference
from store.dates.tense_cues import cue_patterns
from store.extraction.sentence_event import sentence_event
from store.languages import table
from store.model import Event

# "BAMAKO (Reuters) -", "OUAGADOUGOU, Burkina Faso (AP) -", "Bamako (EFE).-": a place, the agency in brackets
# (the agency may be named in words: "Kopenhagen (Nordwest Presse) -", "Bamako (Agencia EFE) -")
_AGENCY = r"(?:[A-Za-z][A-Za-z]{1,9}|[A-Z][^()\n.!?]{2,29})"
_AGENCY_LEAD = rf"^\W*[A-ZÀ-Ý][^()\n.!?]{{0,50}}?\({_AGENCY}\)\s*\.?\s*(?:-|—|–|:)\s*"
_VAGUE = frozenset({"other", "statement", "demand"})
_REASON = "the lead of a wire story tells the day's news: dated by the "


@cache
def _lead(language: str) -> re.Pattern[str]:
    own = table(language, "text", "WIRE_LEAD", None)
    return re.compile(rf"{_AGENCY_LEAD}|{own}" if own else _AGENCY_LEAD)


def _told_in_the_present(language: str) -> bool:
    return bool(table(language, "text", "LEAD_IN_THE_PRESENT", False))


# What a present tells as a state, not as the day's news: "Rund 1100 Soldaten sind in Gao stationiert".
_STATES = frozenset({"deployment"})


def _in_the_past(sentence: str, language: str, kind: str) -> bool:
    """Whether the lead tells what was done: in the past, or in a language whose leads tell the day's news in
    the present (``LEAD_IN_THE_PRESENT``: "Dänemark holt seine Spezialkräfte aus Mali zurück"), an act
    rather than a state."""
    if _told_in_the_present(language) and kind not in _STATES:
        return True  # a future or a background word is still read (``continues_the_day``)
    _, past, not_past = cue_patterns(language)
    return any(m.group(0).lower() not in not_past for m in past.finditer(sentence))


def report_day_of_lead(
    events: list[Event],
    doc_name: str,
    sentence: str,
    span: tuple[int, int],
    occurrence: int,
    published: Reference | None,
    language: str,
) -> list[Event]:
    """``events`` of ``sentence``, or the one event of its act, dated by the report's day when the sentence
    is a wire story's lead telling an act with no day of its own."""
    if published is None or published.date.precision != "day" or any(e.date for e in events):
        return events
    opened = _lead(language).match(sentence)
    if opened is None:
        return events
    story = sentence[opened.end() :]
    kind = classify_event(story, language)
    if (
        kind in _VAGUE
        and _told_in_the_present(language)
        and "withdrawal_announced" in reported_kinds(story, language)
    ):
        kind = "withdrawal_announced"  # "Dänemark holt seine Spezialkräfte zurück": the day's decision
    if kind in _VAGUE or not _in_the_past(story, language, kind) or not continues_the_day(story, language):
        return events
    if not events:
        countries = event_countries(story, language)
        if not countries:
            return events
        events = [sentence_event(doc_name, sentence, occurrence, span, language, kind, countries, told=story)]
    for e in events:
        e.date, e.date_precision, e.date_inferred = published.date.iso(), "day", published.inferred
        e.date_text = None
        e.date_reason = _REASON + published.describe()
    return events


# How many days before the report's the next sentence may date the lead's act: a wire files the day after.
_DAYS_BEFORE = 3


def lead_takes_its_day(lead: list[Event], events: list[Event]) -> None:
    """ "Brüssel (dpa) - Die EU stoppt die Ausbildung. / Borrell kündigte am Montag an, die Ausbildung werde
    ausgesetzt.": a wire's lead dated by the report's day (``report_day_of_lead``) whose next sentence tells
    the same act (one event of its type, or a statement pointing back at it: "Das gab Kofod am Donnerstag
    bekannt"; no other country) on a day of its own, a few days before the report, is of that day. Both
    events stay: the lead tells the act, the next sentence how it was made known."""
    if len(lead) != 1 or not undated_before(lead) or len(events) != 1:
        return
    act, dated = lead[0], events[0]
    pointing = dated.type in ("statement", "other") and refers_back(dated.sentence, dated.language)
    if dated.type != act.type and not pointing:
        return  # "Das gab Außenminister Kofod am Donnerstag bekannt": the act is the lead's
    if dated.date_precision != "day" or dated.date_inferred or dated.target_date:
        return
    if not dated.date or not act.date or not set(dated.countries) <= set(act.countries):
        return
    days = (dt.date.fromisoformat(act.date) - dt.date.fromisoformat(dated.date)).days
    if 0 < days <= _DAYS_BEFORE:
        act.date, act.date_text = dated.date, dated.date_text
        act.date_reason = f"the lead of a wire story, whose act the next sentence dates ({dated.date_text!r})"


def undated_before(events: list[Event]) -> bool:
    """Whether a sentence's ``events`` leave it with no day of its own: none, or dated only as a wire's
    lead (a day the next sentence may give the act instead: store/extraction/act_then_day.py)."""
    return all(e.date_reason and e.date_reason.startswith(_REASON) for e in events)
