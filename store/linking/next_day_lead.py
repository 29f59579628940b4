"""A lead filed the day after the end it tells: "the army has vacated its base in Timbuktu", dated only by
its report's day, beside the handover at that town told of the day before ("handed over the camp on
Tuesday"). Wire and regional services write the day's lead in the perfect, with no day of its own, and tell
the day in the next sentence: the report's day is the day after the act, not another act. Only the end of
a presence (a withdrawal completed, a base handed over, a mission ended) at a town both reports name: two
towns, or a report naming none, stay apart, and so does a lead whose own words give a day.
"""

from __future__ import annotations

from store.linking.date_match import DateMatch
from store.linking.profiles import Profile

_END = "end"


def lead_of_next_day(a: Profile, b: Profile, when: DateMatch) -> list[str]:
    """The reason two ends of a presence a day apart at one town are one, or empty: the later report is
    dated only by the day it was filed, the earlier by its own words (not inferred)."""
    if not when.day_apart or a.family != _END or b.family != _END or not (a.date and b.date):
        return []
    if a.precision != "day" or b.precision != "day" or a.date == b.date:
        return []
    earlier, later = (a, b) if a.date < b.date else (b, a)
    if not (later.report_day or later.filed_day) or earlier.report_day or earlier.filed_day:
        return []
    towns = sorted(_there(a) & _there(b))
    if towns:
        return [f"a lead filed on {later.date} telling the end at {', '.join(towns)} of the day before"]
    operations = sorted(a.operations & b.operations)
    if operations and not _there(later):
        # "il n'y a plus de soldats de Barkhane au Mali", filed the day after Barkhane's last base was
        # handed over: a lead naming no town tells the end of the operation both reports are about
        return [f"a lead filed on {later.date} telling the end of {', '.join(operations)} of the day before"]
    return []


def _there(p: Profile) -> frozenset[str]:
    """The towns a report's sentence names, or else the one its report names (``place_context``): a lead
    saying only "another base" is about the camp its next sentence names."""
    return p.towns or (frozenset({p.context}) if p.context else frozenset())
