"""Where a report's placeless move of troops happened: the one town its other moves name.

"The first convoy left this camp on 6 December", "Đoàn xe đầu tiên rời doanh trại này hôm 6/12": a
departure naming no place, in a report whose moves of troops (a start, a completion, a handover) name
one town and no other, tells a move at that town. Extraction leaves its ``places`` empty (the sentence
names none); ingest writes the town as the event's ``place_context``, read by linking only: two reports
of one move of one day, one naming the camp and the other only in its report (``context_place``), share
that place, and a move placed so at one camp is not another report's move at another camp that day
(``other_town``). A report whose moves name two towns or more says nothing of which; a sentence naming
any place (a capital, a region) is where it says; a move naming its force and another host than the
town's country ("French special forces left Burkina Faso") is not at that town, nor an item of a list
(its year inferred), where each line is an occasion of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from typing import Any

from store.about.countries import capital_country, capital_place
from store.about.places import is_region, place_country
from store.linking.date_match import DateMatch
from store.linking.profiles import Profile

FIELD = "place_context"
# Moves of troops, which happen at a camp: a report's other sentences (a massacre at Moura, a defeat at
# Tinzaouaten, told as background) and its announcements or the end of a mission (a country's, not a
# camp's) say nothing of where its placeless moves happened.
MOVES = frozenset({"withdrawal_started", "withdrawal_completed", "handover"})


def is_town(place: str) -> bool:
    """A town or a camp: not a region, not a capital (where statements are made)."""
    return not is_region(place) and capital_place(place) != place


def with_place_context(events: Iterable[MutableMapping[str, Any]]) -> None:
    """Write ``place_context`` on the placeless moves of one document whose moves name one town."""
    moves = [e for e in events if e.get("type") in MOVES]
    towns = {p for e in moves for p in e.get("places") or () if isinstance(p, str) and is_town(p)}
    if len(towns) != 1:
        return
    town = next(iter(towns))
    host = place_country(town)
    for e in moves:
        if e.get("places") or e.get("date_inferred"):
            continue  # an item of a list, whose year was inferred, is an occasion of its own
        countries = [c for c in e.get("countries") or () if isinstance(c, str)]
        if len(countries) > 1 and host not in countries:
            continue  # it names another host ("left Burkina Faso", in a report naming a camp in Mali)
        e[FIELD] = town


def _own_day(p: Profile) -> bool:
    return p.precision == "day" and not (p.report_day or p.deadline_only or p.inferred)


def context_place(a: Profile, b: Profile, when: DateMatch, common: frozenset[str]) -> list[str]:
    """Why two typed reports of one kind and one day share a place when one names it only in its report
    (``place_context``), or []: the same day told by both sentences, the placeless one naming no country
    but the other's or the town's."""
    if when.strength < 2 or when.day_apart or a.family != b.family or not (_own_day(a) and _own_day(b)):
        return []
    for placeless, other in ((a, b), (b, a)):
        town = placeless.context
        if not town or placeless.places or town not in other.towns:
            continue
        allowed = (other.countries - common) | {place_country(town)}
        if (placeless.countries - common) <= allowed:
            return [f"same place {town} (named in its report)"]
    return []


def other_town(a: Profile, b: Profile) -> bool:
    """Whether the town one report names only in its report is not the town the other names, or the
    other names only in its own: "the first convoy left the camp on 4 March" in a report about Ber is no
    departure from Goundam that day."""
    there_a = a.towns or ({a.context} if a.context else set())
    there_b = b.towns or ({b.context} if b.context else set())
    if not (a.context or b.context) or not there_a or not there_b:
        return False
    return not there_a & there_b


def camp_in_capital(a: Profile, b: Profile) -> bool:
    """Whether one of two sentences of one report names only the capital of a country both name and the
    other only camps no list places ("handed over Camp Geille" / "the handover ceremony took place in the
    capital Dakar"): the camp may be in that capital, so the two places are not two occurrences. A camp
    whose town is known ("the Gao base") and a capital stay two places."""
    for capital, camp in ((a, b), (b, a)):
        countries = {capital_country(p) for p in capital.places}
        if None in countries or not countries <= (a.countries & b.countries):
            continue
        if all(place_country(p) is None and not is_region(p) for p in camp.places):
            return True
    return False
