"""Month and weekday names per language, from CLDR (Babel) plus news spellings.

Babel gives every language's calendar names, so the "12 December 2023" and
"December 12, 2023" patterns work for German, Spanish or Italian text too.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale, UnknownLocaleError

# Spellings CLDR lacks but news uses ("Sept. 27", "Dec 22", "fév.").
_EXTRA_MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "sept": 9,
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    },
    "fr": {
        "fevrier": 2,
        "fév": 2,
        "fev": 2,
        "aout": 8,
        "decembre": 12,
        "janv": 1,
        "févr": 2,
        "avr": 4,
        "juil": 7,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "déc": 12,
    },
}

_EXTRA_WEEKDAYS: dict[str, dict[str, int]] = {
    "vi": {
        "thứ 2": 0,
        "thứ 3": 1,
        "thứ 4": 2,
        "thứ 5": 3,
        "thứ 6": 4,
        "thứ 7": 5,
        "chủ nhật": 6,
        "thứ hai": 0,
        "thứ ba": 1,
        "thứ tư": 2,
        "thứ năm": 3,
        "thứ sáu": 4,
        "thứ bảy": 5,
    },
}


def _locale(language: str) -> Locale | None:
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@cache
def month_names(language: str) -> dict[str, int]:
    """Lower-cased month name (wide and abbreviated, without a final dot) → 1..12."""
    names: dict[str, int] = {}
    for lang in {language, "en"}:
        loc = _locale(lang)
        if loc is None or lang == "vi":  # Vietnamese months are "tháng N": handled by pattern
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months[context][width].items():
                    key = name.lower().rstrip(".")
                    if len(key) >= 3 and not key[0].isdigit():
                        names.setdefault(key, number)
        names.update(_EXTRA_MONTHS.get(lang, {}))
    return names


@cache
def weekday_names(language: str) -> dict[str, int]:
    """Lower-cased weekday name → 0 (Monday) .. 6 (Sunday)."""
    names: dict[str, int] = {}
    for lang in {language, "en"}:
        loc = _locale(lang)
        if loc is not None:
            for number, name in loc.days["format"]["wide"].items():
                names.setdefault(name.lower(), number)
        names.update(_EXTRA_WEEKDAYS.get(lang, {}))
    return names


def alternation(names: dict[str, int]) -> str:
    """A regex alternation of ``names``, longest first, dots optional after abbreviations."""
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)
