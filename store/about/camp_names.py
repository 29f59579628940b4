"""Camps and bases named before their noun: "the Tillia camp", "the Kamboinsin base" (English puts the
name first), so that a report saying "the X camp" shares its place with one saying "le camp de X".

Only a capitalised word that is nothing else counts: not a country or a nationality ("the French base",
"the Niger camp"), not a force or an operation ("the Barkhane base"), not an acronym ("the UN camp"),
not a word that opens the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.about.countries import find_countries
from store.board.forces import forces_named

_BEFORE_NOUN = re.compile(
    r"(?<!\w)(?i:the|a)\s+([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]{2,}(?:\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]{2,})?)"
    r"\s+(?i:camp|base|air\s+base|airbase|garrison|outpost)\b"
)
_NOT_A_NAME = frozenset({"military", "army", "main", "former", "last", "new", "old", "northern", "southern"})


@lru_cache(maxsize=1 << 12)
def camps_named_before(sentence: str, language: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each camp or base ``sentence`` names before its noun, English only."""
    if (language or "").split("-")[0].lower() not in ("en", ""):
        return ()
    found = []
    for m in _BEFORE_NOUN.finditer(sentence):
        name = m.group(1)
        start, end = m.span(1)
        if name.split()[0].casefold() in _NOT_A_NAME:
            continue
        if any(c.start < end and start < c.end for c in find_countries(sentence, language)):
            continue
        if forces_named(name):
            continue
        found.append((start, end, name.replace("’", "'")))
    return tuple(found)
