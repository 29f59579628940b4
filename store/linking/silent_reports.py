"""A statement that says nothing of its kind, told on the day of one act and naming what identifies it.

"France on Friday rejected the accusations Burkina Faso made when it ordered three French diplomats out of
the country", "MINUSMA cho biết trại Diré ... cũng đã được trao trả", "the Wagner group said on Friday ...
it was going home": a sentence typed a statement because its words for the act are not among the type
cues, beside a report of the act itself. Such a *silent* statement is that act when:

- it is told of the act's day (the same day, or the same day and month for an inferred year), by a date of
  its own sentence (a report dated only by its publication says nothing of that day), and neither is only a
  deadline;
- its sentence tells no other kind of occurrence (``reported_kinds`` finds nothing, or the act's kind);
- it names what identifies the act: a town both name, or exactly the act's countries beyond those every
  report of the store names (a country more or less is another government, another act).

Measured before it was written on every part of ``bench/cluster_corpus`` studied so far (small parts,
where no country is common, make every country count): no pair it accepts was two occurrences. Untyped
reports were left out after two tests of earlier rounds showed them to be other acts of that day.
"""

from __future__ import annotations

from store.about.event_types import reported_kinds
from store.linking.date_match import DateMatch
from store.linking.kinds import FAMILY, WILDCARD
from store.linking.own_words import countries_told
from store.linking.profiles import Profile

UNTYPED = frozenset({WILDCARD, "other"})
# Only a statement: a sentence telling that someone said something that day. An untyped sentence may be any
# act of that day ("the junta summoned the Belgian ambassador" beside Belgium's aid suspended; "the end of
# the Dutch presence was recorded" beside Dutch police deployed): nothing says it is this one.


def silent_report(a: Profile, b: Profile, when: DateMatch, common: frozenset[str]) -> list[str]:
    """Why one of ``a``, ``b`` (a statement) is the other's act told in words the types do not know, or an
    empty list."""
    if (a.type == WILDCARD) == (b.type == WILDCARD):
        return []  # both typed (their types decide) or both statements (nothing says which act)
    silent, act = (a, b) if a.type == WILDCARD else (b, a)
    if act.type in UNTYPED or act.type not in FAMILY or when.strength < 2:
        return []
    if silent.report_day or act.report_day or silent.deadline_only or act.deadline_only:
        return []
    told = reported_kinds(silent.told or silent.text, silent.language)
    if told and act.type not in told:
        return []  # it tells another kind of occurrence
    if silent.towns & act.towns:
        return [f"a report of that day at {', '.join(sorted(silent.towns & act.towns))} telling no other act"]
    countries = silent.countries - common
    if countries and countries == act.countries - common and countries_told(silent, act):
        return [f"a report of that day naming {', '.join(sorted(countries))} and telling no other act"]
    return []
