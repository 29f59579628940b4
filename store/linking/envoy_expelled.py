"""One government expelling another's envoy, told of a day in one report and of its month in another.

A review recalls the rupture by its month ("at the end of January the junta expelled the French
ambassador", "Ende Januar wies die Junta den französischen Botschafter aus", "cuối tháng 1, chính
quyền quân sự trục xuất đại sứ Pháp"); a chronology or a wire gives the day. Countries every report of
the store names (the host, the departing force's country) identify nothing on their own, but a country
has one ambassador at a post: an expulsion of an envoy, by and of the same countries, within one month
is one act.

Only for an expulsion (what a government does to the envoy, not an arrest or a demand told beside
him), both sentences naming a diplomat (``names_envoy``), the same countries on both sides, a day and
the month holding it or one month twice (never a day apart: that is a link's tolerance for a report
filed the next day).
"""

from __future__ import annotations

from store.about.event_types import names_envoy
from store.linking.date_match import DateMatch
from store.linking.profiles import Profile

EXPELLED = "expulsion"


def envoy_expelled_that_month(a: Profile, b: Profile, when: DateMatch) -> list[str]:
    """Why ``a`` and ``b`` tell one expulsion of one envoy in one month, or [] (see the module)."""
    if a.type != EXPELLED or b.type != EXPELLED or when.strength != 1 or when.day_apart:
        return []
    if not a.countries or a.countries != b.countries:
        return []
    if not (names_envoy(a.text, a.language) and names_envoy(b.text, b.language)):
        return []
    return [f"one envoy expelled that month ({', '.join(sorted(a.countries))})"]
