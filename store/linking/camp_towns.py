"""The town a camp no list places is in: the one town its report names.

"Am Morgen hatten die Soldaten das Camp Castor an die Vereinten Nationen übergeben" names a camp
no gazetteer places; the report it is in ("Ein Airbus A400M ... hob am Dienstag in Gao ab") names
one town. A reader takes the camp to be in that town: the handover and the departure from the town
are not two places, and another report's departure from that town may be the same one. Extraction
keeps the event's ``places`` as its sentence names them; ingest writes the town as the event's
``camp_town`` (read by linking only, through its profile's places). A report naming two towns or
more says nothing of where the camp is; an item of a list (its year inferred) is an occasion of its
own; a sentence naming a listed place besides the camp says where it is itself.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from typing import Any

from store.about.countries import capital_place
from store.about.places import is_region, place_country

FIELD = "camp_town"


def _unlisted_camp(place: str) -> bool:
    return place_country(place) is None and not is_region(place) and capital_place(place) != place


def _listed_town(place: str) -> bool:
    return place_country(place) is not None and not is_region(place) and capital_place(place) != place


def with_camp_town(events: Iterable[MutableMapping[str, Any]]) -> None:
    """Write ``camp_town`` on the events of one document that name only unlisted camps, when the
    document's events name one listed town (not a capital, not a region)."""
    events = list(events)
    named = [[p for p in e.get("places") or () if isinstance(p, str)] for e in events]
    towns = {p for places in named for p in places if _listed_town(p)}
    if len(towns) != 1:
        return
    town = next(iter(towns))
    for e, places in zip(events, named, strict=True):
        if places and not e.get("date_inferred") and all(_unlisted_camp(p) for p in places):
            e[FIELD] = town


def camp_town(event: MutableMapping[str, Any] | Any) -> frozenset[str]:
    """The town ``with_camp_town`` wrote on a stored record, as a set of places (empty when none)."""
    found = event.get(FIELD) if hasattr(event, "get") else None
    return frozenset((found,)) if isinstance(found, str) and found else frozenset()
