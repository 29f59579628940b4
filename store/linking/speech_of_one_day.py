"""Reports of one day that extraction typed differently but that tell one act, read from the pair alone.

Two classes, each checked only when the types and the identity rules of ``compatibility.judge`` found
nothing, and each only on one day told by the sentences' own words (a report dated by its publication,
a deadline or an inferred year says nothing of that day):

- **Speech without a type.** An untyped sentence and a statement told of one day, naming exactly the
  same countries beyond those every report of the store names, neither telling any kind of occurrence
  the types know ("the president judged the foreign bases incompatible with sovereignty" / "the
  president said the foreign bases would have to close"): what is said that day by and about those
  countries, with no act of a known kind in either sentence to tell it apart from another. A country
  more or less is another government speaking; a sentence telling an act (a pact ended, a convoy gone)
  is that act, which its type links or keeps apart.
- **An act naming only its host.** A statement telling no other kind and a typed act of one day
  whose only specific country is the country of the act's own place ("the last soldiers of the Niamey
  air base landed on Friday": Niger, by Niamey), the statement naming that country and the force that
  left ("the last German soldiers of the Niamey base came home yesterday"), and either naming the same
  place or, placeless, told in the act's own report. The act names no force, so no force of the
  statement contradicts it; a force named on both sides that differs is kept apart before this rule
  (``judge``'s country and actor checks).

Two camps of one day, two governments speaking the same day, an announcement and its completion weeks
apart stay apart: a town, a country or a day differs.
"""

from __future__ import annotations

from store.about.event_types import reported_kinds
from store.about.places import place_country
from store.linking.date_match import DateMatch
from store.linking.kinds import FAMILY, WILDCARD
from store.linking.own_words import countries_told
from store.linking.profiles import Profile

UNTYPED = "other"


def _own_day(p: Profile) -> bool:
    """Whether ``p``'s day is told by its own sentence (not its report's day, a deadline or an inferred
    year)."""
    return p.precision == "day" and not (p.report_day or p.deadline_only or p.inferred)


def _tells_nothing(p: Profile) -> bool:
    """Whether ``p``'s sentence (with the one it points back at) tells no kind of occurrence."""
    return not reported_kinds(p.told or p.text, p.language)


def untyped_speech(a: Profile, b: Profile, when: DateMatch, common: frozenset[str]) -> list[str]:
    """Why an untyped report and a statement are one thing said that day (see the module), or []."""
    if {a.type, b.type} != {UNTYPED, WILDCARD} or when.strength < 2 or when.day_apart:
        return []
    if not (_own_day(a) and _own_day(b)):
        return []
    countries = a.countries - common
    if not countries or countries != b.countries - common:
        return []
    if not (countries_told(a, b) and countries_told(b, a)):
        return []  # a report's countries, not the sentence's: they say nothing of which act it tells
    if not (_tells_nothing(a) and _tells_nothing(b)):
        return []
    return [f"said that day of {', '.join(sorted(countries))}, no act told in either"]


def host_only_act(a: Profile, b: Profile, when: DateMatch, common: frozenset[str]) -> list[str]:
    """Why a statement is the act of another report of its day that names only its host (see the
    module), or []."""
    if (a.type == WILDCARD) == (b.type == WILDCARD) or when.strength < 2 or when.day_apart:
        return []
    statement, act = (a, b) if a.type == WILDCARD else (b, a)
    if act.type == UNTYPED or act.type not in FAMILY or not (_own_day(statement) and _own_day(act)):
        return []
    told = reported_kinds(statement.told or statement.text, statement.language)
    if told and act.type not in told:
        return []  # the statement tells another kind of occurrence
    hosts = frozenset(c for place in act.places if (c := place_country(place)))
    named = act.countries - common
    if not named or not named <= hosts or not named < statement.countries - common:
        return []  # the act names a force, or the statement does not name the act's host and more
    shared = statement.places & act.places
    if shared and {place_country(p) for p in shared} <= hosts:
        where = ", ".join(sorted(shared))
    elif not statement.places and statement.doc == act.doc:
        where = "its own report's " + ", ".join(sorted(act.places))
    else:
        return []
    return [f"an act naming only its host {', '.join(sorted(named))}, at {where}, and a report of that day"]
