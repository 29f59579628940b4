"""Two places in two countries, neither named by the other report: two occurrences.

"German soldiers handed over Camp Castor in Gao to the Malian army on Tuesday" and "Les soldats allemands
ont remis mardi leur base de Niamey à l'armée nigérienne" share a force, a day and a kind of act. Niamey is
a capital, which the town check leaves out (a capital is often only where an act is told: "the ministry
said in Berlin"), so nothing kept them apart. But Niamey is in Niger, which the Gao report does not name
at all, and Gao in Mali, which the Niamey report does not name: a report told from a capital names the
country of the act it tells, and one force leaving two countries is two departures. A capital of a country
the other report names ("said in Berlin" beside German troops in Gao) stays what it was: no evidence
either way.
"""

from __future__ import annotations

from functools import lru_cache

from store.about.places import place_country
from store.linking.profiles import Profile


def places_abroad(a: Profile, b: Profile) -> bool:
    """Whether ``a`` and ``b`` name places, none shared, each in countries the other does not name."""
    if not a.places or not b.places or a.places & b.places:
        return False
    lands_a, lands_b = _countries_of(a.places), _countries_of(b.places)
    return bool(lands_a and lands_b) and not lands_a & b.countries and not lands_b & a.countries


@lru_cache(maxsize=1 << 12)  # asked per pair, of a few place sets
def _countries_of(places: frozenset[str]) -> frozenset[str]:
    return frozenset(c for p in places if (c := place_country(p)))
