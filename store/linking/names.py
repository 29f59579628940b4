"""Proper names two reports share, read in any language: a person or a site nobody listed ("Joël Meyer",
"Adji Kossei", "James Heappey").

A report without a type says little about what happened; on its day, with the same countries, a name
both sentences spell the same way is what tells that they are about one act (the ambassador Joël Meyer
expelled, told in French and in a Vietnamese list). Only names of two or more capitalised words count,
and none that is a listed place or a country: one capitalised word is too often a title, an
institution or the first word of a clause.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

from store.about.countries import find_countries
from store.about.places import find_places

_WORD = r"[A-ZÀ-ÖØ-ÞĐ][a-zß-öø-ÿđ\u0300-\u036f\u1e00-\u1eff'’\-]{2,}"
_NAME = re.compile(rf"(?<![\w'’])({_WORD}(?:\s+{_WORD})+)")


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1 << 14)
def shared_names_of(sentence: str, language: str) -> frozenset[str]:
    """Each two words in a row of the multi-word proper names of ``sentence`` (accent- and case-folded),
    less places and countries; the sentence's first word never starts one (it is capitalised anyway)."""
    countries = [(c.start, c.end) for c in find_countries(sentence, language)]
    places = {_key(p) for p in find_places(sentence, language)}
    first = re.match(r"\W*\w+", sentence)
    found = set()
    for m in _NAME.finditer(sentence):
        run: list[str] = []
        for word in re.finditer(r"\S+", m.group(1)):
            start, end = m.start(1) + word.start(), m.start(1) + word.end()
            key = _key(word.group())
            skip = (first is not None and start < first.end()) or key in places
            if skip or any(s < end and start < e for s, e in countries):
                _keep(run, found)  # a country or a place ends a name ("đại sứ Pháp Joël Meyer")
                run = []
            else:
                run.append(key)
        _keep(run, found)
    return frozenset(found)


def _keep(run: list[str], found: set[str]) -> None:
    """Each two words in a row of a name: German capitalises the noun before one ("Botschafter Joël
    Meyer" shares "joel meyer" with "l'ambassadeur Joël Meyer")."""
    found.update(f"{x} {y}" for x, y in pairwise(run))
