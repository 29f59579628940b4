"""Whether two withdrawals leave different host countries: one force, two hosts, two occurrences.

"Chad ended its defence pact with France" and "Senegal's president said French bases must close",
told the same day, share France, which alone would link them; but France leaves Chad in one and
Senegal in the other. The host is what ``store.board.assign.named_hosts`` reads in each sentence (a
country after "from", "out of", "du", "khỏi"; else the countries named by name or by their capital:
"N'Djamena announced"), less the countries both events carry (the force they share, a country both
name in passing). When what is left on each side is a different country, the two are different
occurrences; when either side has nothing left, nothing is decided here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.about.countries import capital_country, event_countries
from store.about.member_countries import member_countries
from store.about.office_holders import holder_countries
from store.board.assign import acting_countries, named_hosts

__all__ = ["acting_in", "different_actors", "different_hosts"]


def different_hosts(
    sentence_a: str,
    countries_a: frozenset[str],
    sentence_b: str,
    countries_b: frozenset[str],
    places: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    languages: tuple[str, str] = ("", ""),
) -> bool:
    """Whether two withdrawals (of any stage), or what is said of them, name different hosts for the
    force they share. Countries a sentence lists as a group's members ("the partners, among them Sweden
    and Estonia") are who leaves, not a host."""
    places_a, places_b = places
    shared = countries_a & countries_b
    if not shared or not (countries_a - shared) or not (countries_b - shared):
        return False  # no shared force, or nothing else named on one side: nothing to tell apart
    hosts_a = _hosts(sentence_a, countries_a, places_a) - shared - member_countries(sentence_a, languages[0])
    hosts_b = _hosts(sentence_b, countries_b, places_b) - shared - member_countries(sentence_b, languages[1])
    hosts_a -= destinations(sentence_a, languages[0])
    hosts_b -= destinations(sentence_b, languages[1])
    return bool(hosts_a) and bool(hosts_b) and hosts_a.isdisjoint(hosts_b)


# Where a force goes, not the host it leaves: "heading for Chad", "en direction du Tchad", "in Richtung
# Tschad", "rumbo a Chad", "về phía Chad", "sang Chad": the two words after the cue ("heading for
# Chad under Nigerien escort": Niger escorts, Chad is where the convoy goes).
_DESTINATION = re.compile(
    r"(?i)(?<!\w)(?:towards?|heading\s+(?:\w+\s+)?(?:to|for|towards)|bound\s+for|en\s+direction\s+d[eu]|"
    r"à\s+destination\s+d[eu]|vers|in\s+Richtung|hacia|rumbo\s+a|về\s+phía|hướng\s+về|sang)"
    r"(?!\w)((?:\s+[^\s,;.:!?]+){1,2})"
)


@lru_cache(maxsize=1 << 12)
def destinations(sentence: str, language: str) -> frozenset[str]:
    """The countries ``sentence`` names only as where a force is heading (a route's end, not its host)."""
    found: set[str] = set()
    for m in _DESTINATION.finditer(sentence):
        found.update(event_countries(m.group(1), language))
    return frozenset(found)


@lru_cache(maxsize=1 << 14)
def _hosts(sentence: str, countries: frozenset[str], places: frozenset[str]) -> frozenset[str]:
    capitals = frozenset(code for place in places if (code := capital_country(place)))
    return named_hosts(sentence, tuple(sorted(countries)), capitals)


def different_actors(
    sentence_a: str, countries_a: frozenset[str], sentence_b: str, countries_b: frozenset[str]
) -> bool:
    """Whether two reports tell different countries acting ("Britain will bring its troops home" /
    "Abidjan will repatriate its Ivorian peacekeepers"): each acts in its own report and is not named
    at all in the other's, whatever host both name (Mali, in both, says nothing of who acts). The caller
    leaves out the country of a camp both name: receiving it ("handed to the Malian army") is no act."""
    if not (countries_a - countries_b) or not (countries_b - countries_a):
        return False  # one report names every country of the other: nothing to tell apart
    acting_a = _acting(sentence_a, countries_a)
    acting_b = _acting(sentence_b, countries_b)
    if not (acting_a and acting_b):
        return False
    # A government named by its leader is named ("le retrait annoncé par Emmanuel Macron" names France)
    named_a, named_b = countries_a | holder_countries(sentence_a), countries_b | holder_countries(sentence_b)
    return not acting_a & named_b and not acting_b & named_a


def _acting(sentence: str, countries: frozenset[str]) -> frozenset[str]:
    return acting_countries(sentence, tuple(sorted(countries)))


def acting_in(sentence: str, countries: frozenset[str]) -> frozenset[str]:
    """The countries of ``countries`` that act in ``sentence`` (``store.board.assign.acting_countries``)."""
    return _acting(sentence, countries)
