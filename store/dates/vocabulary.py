"""One language's date vocabulary: dateparser's locale data, then what ``store/languages`` adds.

dateparser knows relative day names ("avant-hier", "hôm qua", "vorgestern", "anteayer"), the unit words
and the shape of "ago" ("il y a 3 jours", "vor 3 Tagen", "hace 3 días", "3 days ago") and phrases such as
"la semaine dernière" or "letzten Monat"; those are read from it, not retyped. A language's own module
adds only what dateparser lacks (each entry says why there).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from store.languages import data, languages
from store.text.numbers import WORD_NUMBERS

_UNITS = ("day", "week", "month", "year")
_NUMBER_GROUP = r"(\d++[.,]?\d*+)"
# Languages without a folder in store/languages use these shapes (most European news fits them).
DEFAULT_SHAPES = ("en", "fr")


@cache
def _dateparser_info(language: str) -> dict[str, Any]:
    try:
        return importlib.import_module(f"dateparser.data.date_translation_data.{language}").info
    except ModuleNotFoundError:
        return {}


def _attr(language: str, name: str, default: Any) -> Any:
    module = data(language, "dates")
    return getattr(module, name, default) if module is not None else default


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Everything the grammar needs for one language (``shape_languages``: whose shapes apply)."""

    language: str
    shape_languages: tuple[str, ...]
    date_order: str  # "DMY" or "MDY", from dateparser
    relative_days: dict[str, int]
    units: dict[str, str]
    ago_shapes: tuple[str, ...]
    relative_phrases: dict[str, tuple[str, int]]  # "la semaine dernière" -> ("week", -1)


def _relative_type(language: str) -> tuple[dict[str, int], dict[str, tuple[str, int]]]:
    days: dict[str, int] = {}
    phrases: dict[str, tuple[str, int]] = {}
    for key, words in _dateparser_info(language).get("relative-type", {}).items():
        m = re.fullmatch(r"(in )?(\d+) (day|week|month|year)( ago)?", key)
        if not m:
            continue
        offset = int(m[2]) * (1 if m[1] else -1)
        for word in words:
            word = word.lower()
            if m[3] == "day":
                days[word] = offset
            elif len(word) > 4 and " " in word:  # "this yr", "sem ant": abbreviations news does not use
                phrases[word] = (m[3], offset)
    return days, phrases


def _units(language: str) -> dict[str, str]:
    info = _dateparser_info(language)
    found = {w.lower(): unit for unit in _UNITS for w in info.get(unit, []) if len(w) >= 2 and w.isalpha()}
    found.update(_attr(language, "UNITS_EXTRA", {}))
    return found


def _ago_shapes(language: str) -> tuple[str, ...]:
    """ "il y a (\\d+) jours" → ``il\\s+y\\s+a\\s+%NUM%\\s+(?P<unit>%UNIT%)``: each distinct shape once."""
    units = _units(language)
    shapes: list[str] = []
    for key, regexes in _dateparser_info(language).get("relative-type-regex", {}).items():
        if not re.fullmatch(r"\\1 (day|week|month|year) ago", key):
            continue
        for rx in regexes:
            if rx.count(_NUMBER_GROUP) != 1 or "\\" in rx.replace(_NUMBER_GROUP, ""):
                continue
            before, after = (part.split() for part in rx.split(_NUMBER_GROUP))
            if not after or after[0].lower() not in units:
                continue
            parts = [
                *(re.escape(w) for w in before),
                "%NUM%",
                "(?P<unit>%UNIT%)",
                *(re.escape(w) for w in after[1:]),
            ]
            shape = r"\s+".join(parts)
            if shape not in shapes:
                shapes.append(shape)
    shapes.extend(_attr(language, "AGO_EXTRA", ()))
    return tuple(shapes)


@cache
def vocabulary(language: str) -> Vocabulary:
    code = (language or "").split("-")[0].lower()
    own = code in languages()
    shape_languages = (code,) if own else DEFAULT_SHAPES
    relative_days: dict[str, int] = {}
    phrases: dict[str, tuple[str, int]] = {}
    units: dict[str, str] = {}
    ago: list[str] = []
    for lang in shape_languages:
        days, rel = _relative_type(lang)
        relative_days.update(days)
        relative_days.update(_attr(lang, "RELATIVE_DAYS_EXTRA", {}))
        phrases.update(rel)
        units.update(_units(lang))
        ago.extend(a for a in _ago_shapes(lang) if a not in ago)
    order = _dateparser_info(code).get("date_order", "DMY") if own else "DMY"
    return Vocabulary(code, shape_languages, order, relative_days, units, tuple(ago), phrases)


@cache
def merged(name: str) -> dict[str, Any]:
    """A table (``MODS``, ``ROLES``, ...) of every language, for lookups on text a shape matched."""
    out: dict[str, Any] = {}
    for lang in languages():
        found = _attr(lang, name, {})
        for key, value in found.items() if isinstance(found, dict) else ((k, True) for k in found):
            out.setdefault(key, value)
    return out


@cache
def number_words() -> dict[str, int]:
    """Counts in "two years ago", "un mois plus tard", "hai tháng sau", "vor zwei Wochen"."""
    words = {w: n for table in WORD_NUMBERS.values() for w, n in table.items() if n <= 31}
    words.update(merged("NUMBER_WORDS"))
    return words


def language_attr(language: str, name: str, default: Any) -> Any:
    """A constant of ``store/languages/<language>/dates.py``, ``default`` when absent."""
    return _attr(language, name, default)
