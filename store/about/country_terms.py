"""Countries named in what a user types in the filter, in any supported language or form.

"Egypt", "Égypte", "egypte", "Ai Cập", "ai cap", "egyptian" all name Egypt, so
the filter can find Egypt's events whatever language the report is in. Names
come from CLDR (Babel) in the languages mali-tui reads, folded so that case and
accents are optional; a name of several words is one term ("Ai Cập", "Côte
d'Ivoire"). Demonyms, short names and capitals are what
``store.about.countries.find_countries`` recognises in a sentence, so a word
is also tried there as typed and with a capital letter ("german" -> "German").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from store.about.countries import country_named
from store.about.country_names import cldr_territories
from store.languages import languages
from store.text.fold import fold

__all__ = ["CountryTerm", "country_of", "country_terms", "name_pattern", "normal_text", "search_languages"]


def search_languages() -> tuple[str, ...]:
    """The languages whose country names the filter understands: every language mali-tui reads
    (a folder of ``store/languages``), so adding a language adds its names to the search."""
    return languages()


MAX_WORDS = 5  # "Vương quốc Anh", "République centrafricaine", "Saint-Vincent-et-les-Grenadines" folded
_SEPARATORS = re.compile(r"[\s\-'’.,]+")


@dataclass(frozen=True, slots=True)
class CountryTerm:
    """A span of the typed words: ``words`` as typed, ``code`` when they name a country."""

    words: tuple[str, ...]
    code: str | None = None

    @property
    def text(self) -> str:
        return " ".join(self.words)


def _normal(text: str) -> str:
    return " ".join(_SEPARATORS.split(fold(text))).strip()


def normal_text(text: str) -> str:
    """``text`` folded, with spaces for hyphens, apostrophes and punctuation: what ``name_pattern`` reads."""
    return _normal(text)


@lru_cache(maxsize=512)
def name_pattern(code: str) -> re.Pattern[str] | None:
    """The CLDR names of country ``code`` in every search language, as whole words of ``normal_text``."""
    names = names_of(code)
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


@lru_cache(maxsize=512)
def names_of(code: str) -> tuple[str, ...]:
    """The CLDR names of ``code`` as ``normal_text`` has them, longest first (tested before the regex)."""
    return tuple(sorted((name for name, c in _names().items() if c == code), key=len, reverse=True))


@cache
def _names() -> dict[str, str]:
    """Folded CLDR name (separators as spaces) -> country code, in every search language."""
    table: dict[str, str] = {}
    for locale in search_languages():
        for code, name in cldr_territories(locale).items():
            if len(code) != 2 or not code.isalpha():
                continue
            forms = {name, re.sub(r"\s*\(.*?\)\s*", " ", name).strip(), *re.findall(r"\((.*?)\)", name)}
            for form in forms:
                key = _normal(form)
                if len(key) > 2:
                    table.setdefault(key, code)
    return table


@lru_cache(maxsize=4096)
def _named_by_form(words: tuple[str, ...]) -> str | None:
    """A demonym, short name or capital ``find_countries`` knows, as typed or capitalised."""
    typed = " ".join(words)
    variants = [typed, " ".join(w[:1].upper() + w[1:] for w in words)]
    if len(typed) <= 3 and typed.isalpha():
        variants.append(typed.upper())  # "uk", "usa"
    for text in dict.fromkeys(variants):
        for language in search_languages():
            code = country_named(text, language)
            if code is not None:
                return code
    return None


def country_of(words: tuple[str, ...]) -> str | None:
    """The country these typed words name together, else None."""
    key = _normal(" ".join(words))
    if key in _names():
        return _names()[key]
    return _named_by_form(words)


def country_terms(text: str) -> list[CountryTerm]:
    """``text`` cut into terms, the longest run of words that names a country taken first."""
    words = text.split()
    terms: list[CountryTerm] = []
    i = 0
    while i < len(words):
        for size in range(min(MAX_WORDS, len(words) - i), 0, -1):
            span = tuple(words[i : i + size])
            code = country_of(span)
            if code is not None:
                terms.append(CountryTerm(span, code))
                i += size
                break
        else:
            terms.append(CountryTerm((words[i],)))
            i += 1
    return terms
