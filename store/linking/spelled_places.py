"""A camp one report's extraction found, spelt in another report's sentence that found no town of its own.

The gazetteer and the place cues do not know every camp: "doanh trại Kamboinsin" and "the Kamboinsin
camp" give a place, "a célébré samedi à Kamboinsin" and "Im Lager Kamboinsin" give none; "the Maréchal
camp" does, "el campamento Maréchal" does not. An analyst reading both sentences sees the same camp
named in both. So a town (not a region, not a capital: ``Profile.towns``) that one report carries is
shared with the other when the other's sentence spells it as a whole word (accents and case aside) and
the other carries no town of its own (a report naming its own town is judged by that town; a capital
or a region it names is where it was told).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from store.about.countries import capital_place
from store.about.places import is_region
from store.linking.profiles import Profile
from store.text.fold import fold

_WORD = re.compile(r"\w{3,}")


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(fold(text)))


@lru_cache(maxsize=1 << 12)
def _spelt(town: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(town)))


def spelled_places(a: Profile, b: Profile) -> frozenset[str]:
    """The towns one of ``a``, ``b`` carries that the other's sentence spells (see the module)."""
    out: set[str] = set()
    for has, lacks in ((a, b), (b, a)):
        if lacks.towns or not has.towns:
            continue
        words = _words(lacks.text)
        out.update(t for t in has.towns if (spelt := _spelt(t)) and all(w in words for w in spelt))
    return frozenset(out)


def spelling_keys(towns: frozenset[str], sentence: str, looking: bool = False) -> tuple[tuple[str, ...], ...]:
    """Candidate keys: an event with towns is filed under each town's first word and looks for
    sentences spelling it; one without a town is filed under its sentence's capitalised words (a
    town is spelt capitalised) and looks for towns. Two events without a place never meet here."""
    if towns:
        words = sorted({w for t in towns for w in _spelt(t)[:1]})
        return tuple(("spelt in" if looking else "spelt town", w) for w in words)
    if looking:
        return tuple(("spelt town", w) for _, w in _capitalised_keys(sentence))
    return _capitalised_keys(sentence)


@lru_cache(maxsize=1 << 14)  # a stored event is filed under several homes: its sentence read once
def _capitalised_keys(sentence: str) -> tuple[tuple[str, ...], ...]:
    tokens = re.findall(r"\w{3,}", sentence)
    capitalised = {w for token in tokens if token[0].isupper() for w in _spelt(token)}
    return tuple(("spelt in", w) for w in sorted(capitalised))


def towns_of(event: Mapping[str, Any]) -> frozenset[str]:
    """A stored record's towns as ``Profile.towns`` reads them, or more (places named in passing stay):
    enough to file its keys."""
    return frozenset(p for p in event.get("places") or () if not is_region(p) and capital_place(p) != p)
