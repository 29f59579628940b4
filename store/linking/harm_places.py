"""Where harm told right after an act happened: at the place of that act.

"The peacekeepers pulled out of the camp at Kessa on Sunday. / The convoy was ambushed on the road, and
two were wounded." names no place for the ambush; extraction dates it by the act told before it
(``store.extraction.harm_on_the_way``), and a reader places it there too: the convoy leaving Kessa, or
the toll of the attack at Kessa told in the next sentence. Extraction keeps the event's ``places`` as its
sentence names them; ingest writes the towns of that act as the event's ``harm_place`` (read by linking
only, through its profile's places and the candidate keys). Two reports of harm on one day at one town
then share the place that says which attack it is ("the ambush of the convoy leaving Kessa" told by
three agencies), and an attack placed so at one town is not another report's attack at another town that
day. A harm sentence naming a place of its own is where it says; an act naming no town places nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from typing import Any

from store.about.countries import capital_place
from store.about.places import is_region
from store.dates.continuation import DAY_ACTS

FIELD = "harm_place"
PLACE_CONTEXT = "place_context"  # ``place_context.FIELD`` (which reads profiles, which read this)
HARM = frozenset({"attack", "casualties"})
# The reason ``harm_on_the_way`` writes on the harm it dates by the act told right before it.
_DATED_BY_ACT = "no date of its own: harm told right after an act of "


def _is_town(place: str) -> bool:
    return not is_region(place) and capital_place(place) != place


def _towns(event: MutableMapping[str, Any]) -> list[str]:
    towns = [p for p in event.get("places") or () if isinstance(p, str) and _is_town(p)]
    context = event.get(PLACE_CONTEXT)
    return towns or ([context] if isinstance(context, str) and context else [])


def with_harm_place(events: Iterable[MutableMapping[str, Any]]) -> None:
    """Write ``harm_place`` on the placeless harm of one document dated by the act told right before it:
    the towns that act names (or the one town its report places it at)."""
    events = list(events)
    for e in events:
        if e.get("type") not in HARM or e.get("places"):
            continue
        reason = str(e.get("date_reason") or "")
        if not reason.startswith(_DATED_BY_ACT) or not e.get("date"):
            continue
        start = int(e.get("start") or 0)
        before = [x for x in events if int(x.get("start") or 0) < start]
        if not before:
            continue
        last = max(int(x.get("start") or 0) for x in before)
        acts = [
            x
            for x in before
            if int(x.get("start") or 0) == last
            and x.get("date") == e.get("date")
            and not x.get("date_inferred")
        ]
        # the toll of an attack: the attack's place; harm on the way: the move's (``harm_on_the_way``)
        acts = [x for x in acts if x.get("type") in HARM] or [x for x in acts if x.get("type") in DAY_ACTS]
        towns = _towns(acts[-1]) if acts else []
        if towns:
            e[FIELD] = sorted(set(towns))


def harm_place(event: MutableMapping[str, Any] | Any) -> frozenset[str]:
    """The towns ``with_harm_place`` wrote on a stored record (empty when none)."""
    found = event.get(FIELD) if hasattr(event, "get") else None
    return frozenset(p for p in found if isinstance(p, str)) if isinstance(found, list) else frozenset()
