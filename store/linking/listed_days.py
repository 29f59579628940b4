"""A sentence listing several countries' acts, each on its own day: no evidence for any one of them.

"In November, three contributors announced their exit: Sweden on the 3rd, Benin on the 9th and Egypt on the
20th" gives an event of the month naming the three countries. It tells three announcements, and which one a
country it shares with "Benin announced on Wednesday ..." points at, the event does not say: the day that
would say it is in the list, not on the event. A joint act told of a month ("In January, Mali, Burkina Faso
and Niger announced they were leaving ECOWAS") gives no days: one occurrence, which a shared country still
names.

Language-neutral: the days of a list are bare numbers of the month (1 to 31, with an ordinal ending or a
dot in some languages: "the 14th", "le 15", "am 22.", "el día 3", "ngày 9"), not the counts the event
already carries as figures ("12 soldiers and 3 helicopters"), not times ("13:20"), not day/month dates
("3/11").
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.linking.profiles import Profile

# A number of the month standing alone: not inside a larger number, a time, a day/month date or a decimal.
_DAY = re.compile(r"(?<![\d:/.,])(3[01]|[12]\d|[1-9])(?![\d:/]|[.,]\d)")


def listed_days(a: Profile, b: Profile, common: frozenset[str]) -> bool:
    """Whether one of ``a``, ``b`` is an event coarser than a day whose sentence lists two or more days of
    the month and names specific countries the other does not, beside the other's one country (or few):
    its countries are spread over the acts it lists, one per day."""
    return _spread(a, b, common) or _spread(b, a, common)


def _spread(listing: Profile, other: Profile, common: frozenset[str]) -> bool:
    if listing.precision == "day" or not listing.date:
        return False
    specific, others = listing.countries - common, other.countries - common
    if len(specific) < 2 or not specific - others:
        return False
    counted = {value for _, value in listing.figures}
    return len(days_named(listing.text) - counted) >= 2


@lru_cache(maxsize=4096)  # asked per pair, of a few sentences
def days_named(text: str) -> frozenset[int]:
    """The numbers 1 to 31 ``text`` writes on their own, as a list's days are written."""
    return frozenset(int(m.group(1)) for m in _DAY.finditer(text))
