"""Candidate keys for a proper name an untyped report shares with another report of its day.

``compatibility.judge`` links an untyped sentence with a report of its day when both give one proper
name and a country ("The French ambassador, Sylvain Itte, left Niger on Sept. 27" / "L'ambassadeur de
France au Niger, Sylvain Itté, a quitté Niamey mercredi"), even when every country they name is common
in the store and no place is shared: the name is what identifies the occurrence. The candidate index
must then let the two meet on that name, or the link is never looked at. An untyped report is filed
under its names and looks for any report's; a typed report is filed under its names for untyped reports
to find and looks only for theirs: two typed reports never meet here (their types decide).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from store.linking.names import _NAME, _key

UNTYPED = "other"


def name_keys(
    kind: str, sentence: str, language: str, precision: str | None, looking: bool = False
) -> tuple[tuple[str, ...], ...]:
    """The keys of an event dated to a day, filed (``looking`` False) or searched for (True)."""
    if precision != "day" or not sentence:
        return ()
    names = _name_pairs(sentence)
    if not names:
        return ()
    if kind == UNTYPED:
        tags = ("name of untyped", "name of typed") if looking else ("name of untyped",)
    else:
        tags = ("name of untyped",) if looking else ("name of typed",)
    return tuple((tag, n) for n in sorted(names) for tag in tags)


@lru_cache(maxsize=1 << 14)  # a stored event is filed under several homes: its sentence read once
def _name_pairs(sentence: str) -> frozenset[str]:
    """Each two capitalised words in a row, folded as ``names.shared_names_of`` folds them, but without
    leaving out places and countries (reading those costs more than the candidates they would spare):
    every name that rule can share is among them."""
    first = re.match(r"\W*\w+", sentence)
    found: set[str] = set()
    for m in _NAME.finditer(sentence):
        words = [(w.start(), _key(w.group())) for w in re.finditer(r"\S+", m.group(1))]
        keys = [k for start, k in words if first is None or m.start(1) + start >= first.end()]
        found.update(f"{x} {y}" for x, y in pairwise(keys))
    return frozenset(found)
