"""An act told in one sentence and its day in the next: "Mali hat die Botschafterin zur unerwünschten
Person erklärt. Sie wurde am Freitag einbestellt ...", "The junta has scrapped the peace accord. A
spokesman read the statement on Thursday evening ...". News leads often open with the act (no day) and give
its day in the sentence after, which only tells how it was done (a summons, a statement read on TV).

The dated sentence then reports that act: it takes the act's type and the countries the act names. Only
when the act's sentence has no date and no event of its own, in the same paragraph, is no plan, no
background and no demand (store/about/acts.py reads that), and the dated sentence tells nothing else: one
event to the day, of no type of its own (or the act's type), naming no country the act does not name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from store.about.acts import ACT_TYPES, names_peace_accord, thing_pointed_back
from store.about.countries import event_countries
from store.about.event_types import classify_event
from store.about.headline import event_title
from store.dates.continuation import continues_the_day
from store.dates.tense_cues import cue_patterns
from store.languages import table
from store.model import Event

_VAGUE = frozenset({"other", "statement"})
LOOK_BACK = 3  # sentences a "same decision" may point back over (a quote or a reaction between)
# What a "same decision" may be: an act, or a decision to leave, announced or declared under way ("Niger
# announced it was leaving the OIF. Mali followed on Tuesday"; "Mali cũng công bố quyết định tương tự")
DECISIONS = frozenset(ACT_TYPES) | {"withdrawal_announced", "withdrawal_started"}


@cache
def _same_decision(language: str) -> re.Pattern[str]:
    return re.compile(str(table(language, "acts", "SAME_DECISION", None) or r"(?!)"), re.IGNORECASE)


def act_of_the_day(events: list[Event], act_sentence: str, sentence: str, language: str) -> bool:
    """Give the one dated event of ``sentence`` the act ``act_sentence`` (the sentence before it, undated
    and with no event) tells, when nothing says they are two things; whether it did (the caller then
    drops a report's day the act's sentence was given as a wire's lead)."""
    if len(events) != 1:
        return False
    event = events[0]
    if event.date_precision != "day" or event.date_inferred or event.target_date:
        return False
    if not continues_the_day(act_sentence, language) or not continues_the_day(sentence, language):
        return False  # "had already expelled", "will end": not the act of this day
    act = classify_event(act_sentence, language)
    if act not in ACT_TYPES or (event.type not in _VAGUE and event.type != act):
        return False
    countries = set(event_countries(act_sentence, language))
    if not countries or not set(event.countries) <= countries:
        return False  # another government's act, or one the act's sentence does not say whose
    _retype(event, act, sorted(countries), language)
    return True


def same_decision(events: list[Event], earlier: Sequence[str], sentence: str, language: str) -> int:
    """ "Bamako avait pris la même décision dimanche", "N'Djamena đưa ra quyết định đó hôm thứ Sáu": a
    decision told by pointing back is an act (or a decision to leave, ``DECISIONS``) of the kind the nearest
    of the ``earlier`` sentences (latest last) tells. Its countries stay its own: the same decision is often
    another government's. Returns how many sentences back that act was told (0: none)."""
    if len(events) != 1 or not _same_decision(language).search(sentence):
        return 0
    event = events[0]
    if event.type not in _VAGUE or event.date_precision != "day" or event.date_inferred or event.target_date:
        return 0
    future, _, _ = cue_patterns(language)
    if future.search(sentence):
        return 0  # "will take the same decision": not done
    if not event_countries(sentence, language):
        return 0  # a decision is a named government's ("Mali followed"), not "Protests followed on Tuesday"
    for back, told in enumerate(reversed(earlier[-LOOK_BACK:]), start=1):
        act = classify_event(told, language)
        if act in DECISIONS:
            _retype(event, act, event.countries, language)
            return back
    return 0


def accord_pointed_back(events: list[Event], earlier: Sequence[str], sentence: str, language: str) -> None:
    """ "On Jan. 25 the junta declared it dead", "hat es am Donnerstag für nichtig erklärt": a thing declared
    dead by a pronoun is the peace accord the nearest of the ``earlier`` sentences (latest last) names, if
    it names one: the accord ended. Its countries stay its own."""
    if len(events) != 1 or not thing_pointed_back(sentence, language):
        return
    event = events[0]
    if event.type not in _VAGUE or event.date_precision != "day" or event.date_inferred or event.target_date:
        return
    if any(names_peace_accord(told, language) for told in earlier[-LOOK_BACK:]):
        _retype(event, "accord_ended", event.countries, language)


def _retype(event: Event, act: str, countries: list[str], language: str) -> None:
    """The event as the act it reports, titled again as ingest and corrections title any event."""
    event.type, event.countries = act, countries
    event.title = event_title(
        event.sentence, language, act, countries, event.figures, event.places, event.target_date
    )
