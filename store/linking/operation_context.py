"""Which named operation an event is about: the forces its sentence names, or the one its report names.

"France launched a military operation in Mali on Friday" names no operation; its report's last line does
("The operation has been named Serval"), as "Der Einsatz trägt den Namen Serval" and "L'intervention,
baptisée opération Serval" do in the German and French reports of that day, and "Pháp can thiệp quân sự
tại Mali từ ngày 11/1/2013 với chiến dịch Serval" in a Vietnamese explainer's own sentence. The countries
such reports name (France, Mali) are the ones every report of the store names, and "launched", "engage",
"eingegriffen" share no type: the operation is the evidence they share. Ingest writes the forces of the
lexicon (``store.board.forces``) on each event as ``operation_context``: those its sentence names, or,
when it names none, the one force its report names (a report naming two says nothing of which). UN
missions are left out: their contributors come and go one by one, each its own occurrence.

Linking (``same_operation``) reads it only for reports dated to one day by their own words, in two
reports, naming the same countries one within the other, and only when neither tells a kind of act the
other does not: a statement or an untyped sentence beside an act, or two of them.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from typing import Any

from store.board.forces import forces_named
from store.linking.date_match import DateMatch
from store.linking.kinds import WILDCARD
from store.linking.profiles import Profile

FIELD = "operation_context"


def operations_in(text: str) -> tuple[str, ...]:
    """The names of the forces ``text`` names, less UN missions, sorted."""
    return tuple(sorted({f.name for f in forces_named(text) if not f.un}))


def with_operation_context(events: Iterable[MutableMapping[str, Any]], report: str) -> None:
    """Write ``operation_context`` on the events of one report whose text is ``report``."""
    named = operations_in(report)
    only = named if len(named) == 1 else ()
    for e in events:
        sentence = str(e.get("sentence") or "")
        own = operations_in(sentence)
        # a sentence naming only a UN mission: what the report names elsewhere is not its operation
        found = own or (() if forces_named(sentence) else only)
        if found:
            e[FIELD] = list(found)


def operation_keys(operations: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The candidate keys two reports of one operation share (``store.linking.candidates``)."""
    return tuple(("operation", name) for name in sorted(operations))


def _own_day(p: Profile) -> bool:
    return p.precision == "day" and not (p.report_day or p.inferred or p.beside_previous or p.counted_back)


def same_operation(a: Profile, b: Profile, when: DateMatch) -> list[str]:
    """Why two reports of one day are one act of one named operation, or []: both dated that day by their
    own words, in two reports, the same operations, the countries of one within the other's, and at most
    one of them typed as an act (the other a statement or an untyped sentence, which tell no other act)."""
    if when.strength < 2 or when.day_apart or a.doc == b.doc or not a.operations:
        return []
    if a.operations != b.operations or not (_own_day(a) and _own_day(b)):
        return []
    if not (a.countries and b.countries and (a.countries <= b.countries or b.countries <= a.countries)):
        return []
    loose = sum(p.type in (WILDCARD, "other") for p in (a, b))
    if loose == 0 and a.type != b.type:
        return []
    return [f"same operation {', '.join(sorted(a.operations))} (named in both reports)"]
