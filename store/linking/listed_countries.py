"""Countries a sentence lists, each with an occurrence of its own: no evidence for any one of them.

"The OIF suspended Mali after the 2020 and 2021 coups, Burkina Faso after its 2022 coups and Niger after
the July 2023 coup" gives one event per date it names, each carrying every country of the sentence: the
July 2023 event names Mali and Burkina Faso beside Niger although only Niger's coup was that month. A
country such an event shares with a report of one country's occurrence ("L'OIF avait suspendu le Niger
après le coup d'État de juillet 2023") says nothing: which of the listed occurrences it is, the sentence
does not tell. A country common to every report of the store is left out, as everywhere.
"""

from __future__ import annotations

import re

from store.linking.kinds import RARE_IN_YEAR
from store.linking.profiles import Profile


def spread_over_a_list(a: Profile, b: Profile, common: frozenset[str]) -> bool:
    """Whether one of ``a``, ``b`` comes from a sentence listing several occurrences (``_lists``) of
    the kind both are, and names specific countries the other does not: its countries are spread over the
    occurrences it lists. Read for the kinds a country has once a year (a coup): a sentence telling one
    act and the statement about it on two days, or a ban beside the killings it was about, lists nothing.
    """
    if a.type != b.type or a.type not in RARE_IN_YEAR:
        return False  # kinds told once per country and year: a list of them names one per country
    specific_a, specific_b = a.countries - common, b.countries - common
    return (_lists(a) and bool(specific_a - specific_b)) or (_lists(b) and bool(specific_b - specific_a))


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _lists(p: Profile) -> bool:
    """A sentence telling several events, or naming two years or more ("after the 2021 coup, ... its 2022
    coups and ... the July 2023 coup"): one occurrence per country and year, listed."""
    return p.sentence_events >= 2 or len(set(_YEAR.findall(p.text))) >= 2
