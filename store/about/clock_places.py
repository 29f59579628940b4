"""A city named as a clock is not where an act happened: "at 1 p.m. Paris time the last detachment crossed
the border" tells of a border, not of Paris. A place named only in the clause that gives the hour by its
clock (each language's ``CLOCK_OF`` in ``store/languages/<lang>/clocks.py``) is left out of the event's
places; a place the sentence also names elsewhere stays."""

from __future__ import annotations

import re
from functools import lru_cache

from store.about.places import find_places
from store.languages import table

# A place name as the clauses give it: up to three capitalised words ("Paris", "Abu Dhabi").
_NAME = r"[A-ZÀ-ÖØ-ÞĐ][\w'’\-]*(?:\s+[A-ZÀ-ÖØ-ÞĐ][\w'’\-]*){0,2}"


@lru_cache(maxsize=16)
def _clauses(language: str) -> tuple[re.Pattern[str], ...]:
    shapes: tuple[str, ...] = table(language, "clocks", "CLOCK_OF", ())  # type: ignore[assignment]
    return tuple(re.compile(s.replace("{NAME}", _NAME)) for s in shapes)


@lru_cache(maxsize=1 << 12)
def clock_places(sentence: str, language: str) -> frozenset[str]:
    """The places ``sentence`` names only as the clock its hour is told by."""
    found: set[str] = set()
    for clause in _clauses(language):
        for m in clause.finditer(sentence):
            here = set(find_places(m["place"], language))
            elsewhere = set(
                find_places(sentence[: m.start("place")] + " " + sentence[m.end("place") :], language)
            )
            found |= here - elsewhere
    return frozenset(found)
