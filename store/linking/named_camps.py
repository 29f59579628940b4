"""Two camps named in two reports of one day: two occurrences, though the gazetteer knows neither.

"La France a rétrocédé vendredi le camp Maréchal" and "le camp Saint-Exupéry a été remis dans la même
matinée" tell two handovers in one city on one day; no town tells them apart (both are in Dakar), only
the camps' own names do. A camp's name is the capitalised words right after a camp noun of the sentence's
language ("camp Maréchal", "el campamento Saint-Exupéry", "Lager Kamboinsin", "căn cứ Port-Bouët";
store/languages/<code>/camp_names.py), or before it in English ("the Kamboinsin base"). Two reports each
naming camps, none in common and neither sentence spelling a name the other gives, tell two camps.

A report counting several camps handed over ("returned two camps in Dakar to Senegal") and naming no town
tells several handovers at once: it is not any one of them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from store.about.camp_names import camps_named_before
from store.about.countries import find_countries
from store.board.forces import forces_named
from store.languages import languages, table
from store.linking.profiles import Profile
from store.text.fold import fold

__all__ = ["camps_named", "counts_camps", "other_camps"]

_NAME = r"([A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*)?)"
_WORD = re.compile(r"\w{3,}")


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    code = (language or "").split("-")[0].lower()
    nouns = table(code, "camp_names", "CAMP_NOUNS") if code in languages() else None
    return re.compile(rf"(?<!\w)(?:{nouns})\s+{_NAME}") if nouns else None


@lru_cache(maxsize=1 << 12)
def camps_named(sentence: str, language: str) -> frozenset[str]:
    """The folded names of the camps ``sentence`` names (see the module): not a country, a nationality
    or a force ("la base Barkhane", "le camp Mali")."""
    found: set[str] = {name for _, _, name in camps_named_before(sentence, language)}
    pattern = _pattern(language)
    if pattern is not None:
        countries = None  # scanned only for a sentence naming a camp noun (most name none)
        for m in pattern.finditer(sentence):
            if countries is None:
                countries = find_countries(sentence, language)
            start, end = m.span(1)
            if any(c.start < end and start < c.end for c in countries) or forces_named(m.group(1)):
                continue
            found.add(m.group(1))
    return frozenset(fold(n.replace("’", "'")) for n in found)


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(fold(text)))


def _spells(text: str, names: frozenset[str]) -> bool:
    words = _words(text)
    return any((spelt := _WORD.findall(n)) and all(w in words for w in spelt) for n in names)


def other_camps(a: Profile, b: Profile) -> bool:
    """Whether ``a`` and ``b`` each name camps and no camp both name (see the module)."""
    names_a, names_b = camps_named(a.text, a.language), camps_named(b.text, b.language)
    if not names_a or not names_b or names_a & names_b:
        return False
    return not (_spells(b.text, names_a) or _spells(a.text, names_b))


def counts_camps(p: Profile) -> bool:
    """A handover whose one-event sentence counts two or more camps and names no town of them: several
    handovers told at once (see the module)."""
    return (
        p.type == "handover"
        and p.sentence_events == 1
        and not p.towns
        and any(unit == "camps" and value >= 2 for unit, value in p.figures)
    )
