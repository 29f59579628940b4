"""A list entry and a dated report naming the same office holder on the same day and month.

"Ngày 16/6: Ngoại trưởng Mali Abdoulaye Diop yêu cầu ..." and "Foreign Minister Abdoulaye Diop told
the council on June 16 ..." report one occurrence even when the only country they share is the one
every report of the store names (Mali): a named person acting on one day and month, in the same
kind of act, identifies it as a place would (the same person on the same day and month of two years
is rare; then the reports' years disagree and the heavier side wins). Names come from the
office-holder table (``store.about.office_holders``), written the same in every language; a name
outside it links nothing. The entry's year stays inferred; the report only anchors it
(``store.linking.corroborate``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from store.about.office_holders import holder_names
from store.linking.compatibility import FAMILY, WILDCARD


def _family(event: dict[str, Any]) -> str:
    return FAMILY.get(str(event.get("type") or "other"), "other")


def same_holder_reports(entry: dict[str, Any], reports: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Of ``reports`` (explicitly dated, day precision), those that report ``entry``'s occurrence
    through a shared office holder: same day and month, no two different kinds of act (a statement or
    an untyped act goes with any), and no two different places."""
    names = holder_names(str(entry.get("sentence") or ""))
    date = str(entry.get("date") or "")
    if not names or len(date) != 10:
        return []
    family = _family(entry)
    places = set(entry.get("places") or ())
    found = []
    for x in reports:
        if x.get("doc") == entry.get("doc") or str(x.get("date") or "")[5:10] != date[5:10]:
            continue
        other = _family(x)
        if family != other and not {family, other} & {"other", WILDCARD}:
            continue  # two kinds of act (an attack, a withdrawal): two occurrences
        x_places = set(x.get("places") or ())
        if places and x_places and not places & x_places:
            continue  # the same minister in two towns: two occurrences
        if names & holder_names(str(x.get("sentence") or "")):
            found.append(x)
    return found
