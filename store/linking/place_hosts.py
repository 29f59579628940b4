"""The host a report names through a town, when the other report names that country.

"Les derniers soldats américains ont quitté Niamey vendredi" (the United States, and Niger through its
capital) and "les derniers militaires allemands ont eux aussi quitté la capitale nigérienne" (Germany, and
Niger by its adjective) share Niger only as the country both departures were from: one report names it
through the town where it happened, the other by name. The host of the act is no evidence that the same
force acted, so, as for a town both reports name, it is left out before the two reports' own countries
are compared: two forces, each named by one report only, leaving one host the same day are two
occurrences, whether the host is common in the store (a corpus about Niger) or not (a store of a few
reports, or one mixing Niger, Chad and Senegal).
"""

from __future__ import annotations

from typing import Protocol

from store.about.places import place_country


class _Told(Protocol):
    countries: frozenset[str]
    places: frozenset[str]


def place_hosts(a: _Told, b: _Told) -> frozenset[str]:
    """Countries both reports name that one of them names as where its act was, through a listed town or
    capital in its places ("Niamey" -> Niger): the host of both, not who acted."""
    both = a.countries & b.countries
    if not both:
        return frozenset()
    return frozenset(c for t in a.places | b.places if (c := place_country(t)) and c in both)
