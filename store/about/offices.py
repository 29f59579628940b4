"""The government offices a sentence names: by title ("Mali's foreign minister", "le chef de la diplomatie
malienne", "Bộ trưởng Quốc phòng Anh") or by a listed holder's name ("Abdoulaye Diop": foreign minister).

An office is held by one person at a time, so two reports of one kind of act naming the same office of
the same government tell one person's act, as two naming the holder do (``office_holders``). Titles
come from each language's ``OFFICES`` (``store/languages/<lang>/offices.py``); a listed person brings
the offices the table gives them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from store.about.office_holders import office_holders
from store.about.office_holders_data import TERMS
from store.languages import table


@lru_cache(maxsize=16)
def _titles(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    offices: dict[str, tuple[str, ...]] = table(language, "offices", "OFFICES", {})  # type: ignore[assignment]
    return tuple(
        (office, re.compile("|".join(shapes), re.IGNORECASE)) for office, shapes in sorted(offices.items())
    )


@cache
def _offices_of() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for name, office, *_rest in TERMS:
        out.setdefault(name, set()).add(office)
    return {name: frozenset(offices) for name, offices in out.items()}


@lru_cache(maxsize=1 << 12)
def offices_named(sentence: str, language: str) -> frozenset[str]:
    """The offices ``sentence`` names by title or through a listed holder ("foreign minister", ...)."""
    found = {office for office, rx in _titles(language) if rx.search(sentence)}
    for tenure in office_holders(sentence):
        found |= _offices_of().get(tenure.name, frozenset())
    return frozenset(found)
