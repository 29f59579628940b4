"""Places a sentence names without its event being there: a route's ends, a name in quotes, a landmark a
distance is measured from ("Aguelhok, 100 km from Tessalit", "Ber, near Timbuktu"). Linking and camps read
them to leave such places out of where an event happened."""

from __future__ import annotations

import re
from functools import lru_cache

from store.about.places import _NAME, _NEAR, find_places

# Places a sentence names without the event being there: a route ("from Gao to Mopti", "reliait Gao à
# Mopti", "entre Ségou et Mopti", "von Gao nach Mopti", "từ Gao đến Mopti") and a name in quotes (a
# boat, a convoy or an operation named after a town: « Tombouctou »).
_ROUTE_OPEN = (
    r"from|de|desde|von|từ|between|entre|zwischen|giữa"
    r"|link\w*|connect\w*|reli\w+|un[ií]a\w*|unen|verbind\w*|nối"
)
_ROUTE_JOIN = r"to|à|a|hasta|nach|bis|đến|tới|and|et|y|und|và|with|avec|con|mit|với"
_QUOTE_OPEN, _QUOTE_CLOSE = "«\"“„‹‘'", "»\"”“›’'"
# A distance measured from a place makes it a landmark, not where the event is: "Aguelhok, 100 km from
# Tessalit", "à une centaine de kilomètres au sud de Tessalit", "unos 100 kilómetros al norte de Gao",
# "100 Kilometer südlich von Kidal", "cách Tessalit khoảng 100 km". The unit, then a few lowercase words.
_DISTANCE_UNIT = r"km|kms|kilom[eè]t\w*|kilóm\w*|miles?|cây\s+số|dặm"
_LOWER_WORDS = r"(?:\s+(?![A-ZÀ-ÖØ-ÞĐ])[\w'’]+){0,4}"


@lru_cache(maxsize=1)
def _passing_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    route = re.compile(rf"(?<!\w)(?i:{_ROUTE_OPEN})\s+({_NAME})\s+(?i:{_ROUTE_JOIN})\s+({_NAME})")
    quoted = re.compile(rf"[{_QUOTE_OPEN}]\s*({_NAME})\s*[{_QUOTE_CLOSE}]")
    landmark = re.compile(
        rf"(?<!\w)(?i:{_DISTANCE_UNIT})(?!\w){_LOWER_WORDS}\s+({_NAME})|(?<!\w)cách\s+({_NAME})\s+(?:khoảng\s+)?\d"
        # "Ber, near Timbuktu", "Tessit, près de Gao", "Ber, gần Timbuktu": a town placed by a landmark
        rf"|[\w'’]\s*,\s+(?i:{'|'.join(_NEAR)})\s+({_NAME})"
    )
    return route, quoted, landmark


@lru_cache(maxsize=1 << 14)
def places_in_passing(sentence: str, language: str) -> frozenset[str]:
    """The places ``sentence`` names only as a route's ends, inside quotes or as a landmark a distance
    is measured from: not where its event is."""
    route, quoted, landmark = _passing_patterns()
    spans = [m.span(g) for m in route.finditer(sentence) for g in (1, 2)]
    spans += [m.span(1) for m in quoted.finditer(sentence)]
    spans += [m.span(g) for m in landmark.finditer(sentence) for g in (1, 2, 3) if m.group(g)]
    passing = set()
    for start, end in spans:
        passing.update(find_places(sentence[start:end], language))
    return frozenset(passing)
