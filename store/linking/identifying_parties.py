"""Evidence beyond date and type for reports that share nothing else identifying: who acted or spoke.

``compatibility.judge`` asks this module last, when no place, no specific country, no rare kind and no
name has linked a pair whose dates, types, towns and countries are compatible. An analyst would still
link them on who the occurrence is about, each rule in its own module:

- the only act of a withdrawal stage the store tells that day (``sole_act_of_day``: read from the
  store, for typed pairs);
- one listed office holder's day (``one_persons_day``);
- one regional organisation's decision about one country that day (``one_body_of_day``);
- one envoy at one place that day (``envoy_at_place``);
- one office named in both that day ("the armed forces minister", ``same_office``).

The last three read speech or untyped sentences told of one day by their own words
(``speech_of_one_day``'s kind of evidence, with a party named instead of no act told).
"""

from __future__ import annotations

from store.about.event_types import reported_kinds
from store.linking.date_match import DateMatch
from store.linking.envoy_at_place import same_envoy_at_place
from store.linking.one_body_of_day import SPEECH, same_body_that_day
from store.linking.one_persons_day import same_person_that_day
from store.linking.profiles import Profile
from store.linking.same_office import same_office_that_day
from store.linking.sole_act_of_day import DayActs


def _own_day(p: Profile) -> bool:
    """Whether ``p``'s day is told by its own words (a list's inferred year counts, its day and month
    being its own; a report's publication day or a deadline does not)."""
    return p.precision == "day" and not (p.report_day or p.deadline_only)


def speech_of_one_day(a: Profile, b: Profile, when: DateMatch) -> bool:
    """Two reports of one day told by their own words, never a day apart, speech or an untyped sentence
    on one side at least (two typed acts are matched by their types), neither an untyped sentence told
    hours before or after its own report's act (another moment of that day), and not each telling
    another kind of occurrence ("Macron announced the withdrawal" / "Macron condemned the coup")."""
    if when.strength < 2 or when.day_apart or not (a.type in SPEECH or b.type in SPEECH):
        return False
    if not (_own_day(a) and _own_day(b)):
        return False
    if (a.type == "other" and a.beside_previous) or (b.type == "other" and b.beside_previous):
        return False
    told_a, told_b = _told(a), _told(b)
    return not (told_a and told_b and not told_a & told_b)  # each tells another kind of occurrence


def _told(p: Profile) -> frozenset[str]:
    """The kinds of occurrence ``p`` tells: its type, or for speech and untyped sentences the kinds its
    words name (none for "the president spoke on television")."""
    if p.type not in SPEECH:
        return frozenset({p.type})
    return frozenset(reported_kinds(p.told or p.text, p.language))


def identifying_party(a: Profile, b: Profile, when: DateMatch, days: DayActs | None) -> list[str]:
    """The reasons a party both reports name says they tell one occurrence, or [] (see the module);
    ``days`` reads the store's acts of each day (None: only the pair counts, or the pair is untyped)."""
    if days is not None:
        act = days.same_act(a, b, when)
        if act:
            return act
    if not speech_of_one_day(a, b, when):
        return []
    found = same_person_that_day(a, b) or same_body_that_day(a, b) or same_envoy_at_place(a, b)
    return found or same_office_that_day(a, b)  # a minister named by office
