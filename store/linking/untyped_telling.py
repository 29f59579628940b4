"""An untyped sentence whose words tell the other report's kind of act, on one day, about one country.

Extraction types a sentence by the cues of its main clause; a sentence it leaves untyped may still
carry the words of an act beneath it ("Britain will withdraw its troops earlier than planned" read as
a headline, "X told the UN its troops would leave"). Such a sentence is read as a statement is
(``type_match.tells``): when its words name the other report's kind of act, its own words date it to
that act's day, and both name a country not every report names, it tells that act. Its own day (not
its report's, not a deadline, not hours beside its report's act) and a specific country are what
keep two acts of one country on one day apart from a sentence about something else.
"""

from __future__ import annotations

from store.linking.date_match import DateMatch
from store.linking.kinds import WILDCARD
from store.linking.profiles import Profile
from store.linking.type_match import tells


def _own_day(p: Profile) -> bool:
    return p.precision == "day" and not (p.report_day or p.deadline_only or p.beside_previous)


def untyped_telling(a: Profile, b: Profile, when: DateMatch, countries: list[str]) -> list[str]:
    """Why an untyped sentence and a typed act of its day are one occurrence, or [] (see the module)."""
    if when.strength < 2 or when.day_apart or not countries:
        return []
    for untyped, act in ((a, b), (b, a)):
        if untyped.type != "other" or act.type in ("other", WILDCARD) or not _own_day(untyped):
            continue
        if tells(untyped, act):
            return [f"an untyped sentence telling its {act.type.replace('_', ' ')}"]
    return []
