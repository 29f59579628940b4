"""What one listed office holder said or underwent on one day is one occurrence, however its reports
type it.

A head of state's televised address is told as his announcement ("Emmanuel Macron a annoncé dimanche
le retrait"), as reported speech ("On Sept. 24, President Emmanuel Macron told French television that
the troops would come home") and as a pointer back ("Das kündigte Präsident Emmanuel Macron am
Sonntagabend an"); a coup as what the soldiers said on television about the president they removed
("ont annoncé mercredi soir avoir « mis fin au régime » du président Mohamed Bazoum" / "tuyên bố phế
truất Tổng thống Mohamed Bazoum"). The person both sentences name says which occurrence it is when
nothing else does: the countries every report names identify nothing, and speech has no type to match.

Only with (the first three checked for every party by ``identifying_parties.speech_of_one_day``):

- a person from the table of office holders (``store.about.office_holders``: names spelt alike in
  every language), named in both sentences;
- one day, told by both sentences' own words (a list's inferred year counts, its day and month being
  its own; a report's publication day or a deadline does not), never a day apart;
- speech or an untyped sentence on at least one side (two typed acts are matched by their types);
- no country named on one side that the other leaves out, apart from the person's own country (the
  president is his government) and unless one names none: "Macron said" beside "France will leave
  Niger, Macron said" is one address; "Macron said" of Niger beside Macron of Chad is not.
"""

from __future__ import annotations

from functools import lru_cache

from store.about.office_holders import holder_countries, holder_names
from store.linking.profiles import Profile


def same_person_that_day(a: Profile, b: Profile) -> list[str]:
    """Why ``a`` and ``b`` tell one person's occurrence of one day (see the module), or []."""
    named = holder_names(a.text) & holder_names(b.text)
    if not named:
        return []
    own = holder_countries(" ".join(sorted(named)))
    rest_a, rest_b = a.countries - own, b.countries - own
    if rest_a and rest_b and not (rest_a <= rest_b or rest_b <= rest_a):
        return []
    return [f"same person {', '.join(sorted(named))} that day"]


def person_keys(sentence: str, precision: str | None) -> tuple[tuple[str, ...], ...]:
    """Candidate keys of an event this rule may link: each listed person its sentence names, for an
    event dated to a day (speech meets any type there; two typed acts are never linked on it)."""
    if precision != "day" or not sentence:
        return ()
    return _person_keys(sentence)


@lru_cache(maxsize=1 << 14)  # a stored event is filed under several homes: its sentence read once
def _person_keys(sentence: str) -> tuple[tuple[str, ...], ...]:
    return tuple(("person", n) for n in sorted(holder_names(sentence)))
