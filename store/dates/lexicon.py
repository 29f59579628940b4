"""Month and weekday names per language: CLDR (Babel) plus the news spellings a language's data adds.

Babel gives every language's calendar names, so the "12 December 2023" and "December 12, 2023" shapes
work for any language; ``store/languages/<code>/dates.py`` adds only what CLDR lacks ("Sept.", "fév").
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale, UnknownLocaleError

from store.languages import table


def _locale(language: str) -> Locale | None:
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@cache
def month_names(language: str) -> dict[str, int]:
    """Lower-cased month name (wide and abbreviated, without a final dot) → 1..12; English always too."""
    names: dict[str, int] = {}
    for lang in {language, "en"}:
        loc = _locale(lang)
        if loc is None or not table(lang, "dates", "MONTH_NAMES_FROM_CLDR", True):
            continue  # Vietnamese months are numbered ("tháng 7"): handled by its shapes
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months[context][width].items():
                    key = name.lower().rstrip(".")
                    if len(key) >= 3 and not key[0].isdigit():
                        names.setdefault(key, number)
        names.update(table(lang, "dates", "MONTHS_EXTRA", {}))  # type: ignore[arg-type]
    return names


@cache
def months_capitalised(language: str) -> bool:
    """Whether the language writes its month names with a capital ("July", "Juli"; not "julio", "juillet"):
    there a lower-case "march" or "may" is a verb."""
    loc = _locale(language) or _locale("en")
    return loc is not None and loc.months["format"]["wide"][1][:1].isupper()


@cache
def weekday_names(language: str) -> dict[str, int]:
    """Lower-cased weekday name → 0 (Monday) .. 6 (Sunday); English always too."""
    names: dict[str, int] = {}
    for lang in {language, "en"}:
        loc = _locale(lang)
        if loc is not None:
            for number, name in loc.days["format"]["wide"].items():
                names.setdefault(name.lower(), number)
        names.update(table(lang, "dates", "WEEKDAYS_EXTRA", {}))  # type: ignore[arg-type]
    return names


def alternation(names: dict[str, int] | list[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``names``, longest first, spaces matching any run of spaces."""
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)
