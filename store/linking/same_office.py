"""One office's decision told of its day in one report and recalled in its month in another.

A wire names the minister ("Mali's foreign minister Abdoulaye Diop on Friday asked the Council to
withdraw the mission"); a review or a translation names only the office ("Giữa tháng 6, Bộ trưởng Ngoại
giao Mali yêu cầu phái bộ rời đi", "le chef de la diplomatie malienne avait exigé le départ de la
mission"). An office is held by one person at a time: two reports of one kind of decision rare on its day,
naming the same countries (one within the other's), one dated to a day and one to the month holding it,
and the same office (``store.about.offices``: by title or through a listed holder), tell one decision, as
two naming the holder do (``act_evidence.same_holder``). Two offices (the foreign minister's demand, the
prime minister's) or none named link nothing.
"""

from __future__ import annotations

from store.about.offices import offices_named
from store.linking.profiles import Profile


def same_office(a: Profile, b: Profile) -> list[str]:
    """Why ``a`` and ``b`` tell one office's decision of one month (see the module), or []."""
    if a.type != b.type or not (a.countries and b.countries):
        return []
    if not (a.countries <= b.countries or b.countries <= a.countries):
        return []
    if {a.precision, b.precision} != {"day", "month"}:
        return []
    named = offices_named(a.text, a.language) & offices_named(b.text, b.language)
    return [f"same office ({n})" for n in sorted(named)]
