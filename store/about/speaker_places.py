"""Where a source spoke is not where its act happened: "French troops handed the base over on Tuesday, an
army spokesman in Paris said" tells of a base, not of Paris. A place named only in the clause that says
who spoke and where (each language's ``SAID_AT`` in ``store/languages/<lang>/speakers.py``) is left out of
the event's places; a place the sentence also names elsewhere stays."""

from __future__ import annotations

import re
from functools import lru_cache

from store.about.places import find_places
from store.languages import table

# A place name as the clauses give it: up to three capitalised words ("Paris", "Abu Dhabi").
_NAME = r"[A-ZÀ-ÖØ-ÞĐ][\w'’\-]*(?:\s+[A-ZÀ-ÖØ-ÞĐ][\w'’\-]*){0,2}"


@lru_cache(maxsize=16)
def _clauses(language: str) -> tuple[re.Pattern[str], ...]:
    shapes: tuple[str, ...] = table(language, "speakers", "SAID_AT", ())  # type: ignore[assignment]
    return tuple(re.compile(s.replace("{NAME}", _NAME)) for s in shapes)


@lru_cache(maxsize=1 << 12)
def said_at(sentence: str, language: str) -> frozenset[str]:
    """The places ``sentence`` names only as where its source spoke."""
    found: set[str] = set()
    for clause in _clauses(language):
        for m in clause.finditer(sentence):
            here = set(find_places(m["place"], language))
            elsewhere = set(find_places(sentence[: m.start()] + " " + sentence[m.end() :], language))
            found |= here - elsewhere
    return frozenset(found)
