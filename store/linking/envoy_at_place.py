"""An envoy both reports name, at a place both name, on one day: one occurrence, even when every country
they name is common in the store.

"27/9: Đại sứ Pháp rời Niamey" in a list, "L'ambassadeur de France au Niger, Sylvain Itté, a quitté
Niamey mercredi" in a wire: in a store about France and Niger neither country identifies anything, and
a capital is where statements are made, not a camp. But an ambassador of the same country at the same
capital on the same day is one person in one place: the diplomat (``names_envoy``, read in each
language) and the place together say which occurrence it is. (``act_evidence.same_envoy`` links a
diplomat with a country not every report names, without a place.)

Only with (the first two checked for every party by ``identifying_parties.speech_of_one_day``) one day
told by both sentences' own words (a list's inferred year counts), never a day
apart; speech or an untyped sentence on one side at least (typed acts are matched by their types);
a place both name; countries that share one and are one within the other's.
"""

from __future__ import annotations

from store.about.event_types import names_envoy
from store.linking.profiles import Profile


def same_envoy_at_place(a: Profile, b: Profile) -> list[str]:
    """Why ``a`` and ``b`` tell one envoy at one place that day (see the module), or []."""
    shared = a.countries & b.countries
    if not shared or not (a.countries <= b.countries or b.countries <= a.countries):
        return []
    where = a.places & b.places
    if not where or not (names_envoy(a.text, a.language) and names_envoy(b.text, b.language)):
        return []
    return [f"a diplomat of {', '.join(sorted(shared))} in both, at {', '.join(sorted(where))}"]
