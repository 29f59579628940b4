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

from functools import lru_cache

from store.about.countries import find_countries
from store.board.assign import named_hosts

__all__ = ["different_hosts"]


def different_hosts(
    sentence_a: str,
    countries_a: frozenset[str],
    sentence_b: str,
    countries_b: frozenset[str],
    languages: tuple[str, str] = ("", ""),
) -> bool:
    """Whether two withdrawals (of any stage), or what is said of them, name different hosts for the
    force they share."""
    shared = countries_a & countries_b
    if not shared:
        return False  # no shared force: the country rule of compatibility already decides
    hosts_a = _hosts(sentence_a, countries_a, languages[0]) - shared
    hosts_b = _hosts(sentence_b, countries_b, languages[1]) - shared
    return bool(hosts_a) and bool(hosts_b) and hosts_a.isdisjoint(hosts_b)


@lru_cache(maxsize=1 << 14)
def _hosts(sentence: str, countries: frozenset[str], language: str) -> frozenset[str]:
    capitals = frozenset(m.code for m in find_countries(sentence, language) if m.via == "capital")
    return named_hosts(sentence, tuple(sorted(countries)), capitals)
