"""Every form that names or implies a country, per language, gathered into matchers.

CLDR names (through Babel) in each language, the short names, demonyms and
their inflections of store/languages/<code>/countries.py, and the capitals and
missions of common/countries.py, keyed by their folded spelling. A matcher's
pattern is compiled only when a sentence is first scanned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from store.about.country_folding import form_key
from store.about.country_names import cldr_territories
from store.languages import data, languages, table
from store.languages.common.countries import CAPITALS, MISSIONS

# CLDR region codes that are not countries (or are the UN itself: never a country here).
_NOT_COUNTRIES = frozenset(
    {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA", "CQ"}
)


@dataclass(frozen=True, slots=True)
class Form:
    code: str  # "" for a blocker
    via: str
    form: str  # canonical spelling, case as it must appear


def _pattern(keys: Iterable[str]) -> re.Pattern[str]:
    """Longest-first alternation; spaces and hyphens match either, at Unicode word boundaries, and a
    casefolded "ss" the "ß" it may stand for ("Großbritannien", "Weißrussland")."""
    parts = []
    for key in sorted(set(keys), key=lambda k: (-len(k), k)):
        # a key is casefolded ("großbritannien" -> "grossbritannien"): its "ss" matches the "ß" written
        parts.append(r"[\s\-]+".join(re.escape(w).replace("ss", "(?:ss|ß)") for w in key.split(" ")))
    body = "|".join(parts) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=8)
def cldr_names(locale: str) -> dict[str, str]:
    territories = cldr_territories(locale)  # Babel's, cached on disk
    return {
        code: name
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


def _cldr_forms(locale: str) -> list[Form]:
    forms: list[Form] = []
    for code, name in cldr_names(locale).items():
        forms.append(Form(code, "name", name))
        base = re.sub(r"\s*\(.*?\)\s*", "", name).strip()  # "Myanmar (Burma)" -> also "Myanmar", "Burma"
        if base != name:
            forms.append(Form(code, "name", base))
            forms.extend(Form(code, "short name", inner) for inner in re.findall(r"\((.*?)\)", name))
        if " - " in name:  # "Congo - Kinshasa"
            forms.append(Form(code, "name", name.replace(" - ", "-")))
    return forms


def _language_forms(language: str) -> list[Form]:
    """CLDR names in ``language`` plus its data module's short names and (inflected) demonyms."""
    forms = _cldr_forms(language)
    module = data(language, "countries")
    for code, names in getattr(module, "SHORT_NAMES", {}).items():
        via = (
            "abbreviation" if code and all(n.replace(".", "").isupper() for n in names[:1]) else "short name"
        )
        forms.extend(Form(code, "abbreviation" if n.replace(".", "").isupper() else via, n) for n in names)
    # A language that inflects names ("Frankreichs Armee", "die Streitkräfte Nigers"): its data module's
    # ``name_forms`` gives the other forms of a one-word country name.
    name_forms = getattr(module, "name_forms", None)
    if name_forms is not None:
        forms.extend(
            Form(f.code, f.via, v)
            for f in list(forms)
            if f.code and f.via in ("name", "short name")
            for v in name_forms(f.form)
        )
    inflect = getattr(module, "inflect", lambda word: [word])
    for code, words in getattr(module, "DEMONYMS", {}).items():
        forms.extend(Form(code, "demonym", p) for w in words for p in inflect(w))
    return forms


def _shared_forms() -> list[Form]:
    forms = [Form(code, "capital", c) for code, caps in CAPITALS.items() for c in caps]
    forms += [Form(code, "mission", m) for code, ms in MISSIONS.items() for m in ms]
    return forms


def _accents(language: str) -> bool:
    return bool(table(language, "countries", "MATCH_ACCENTS", False))


@dataclass(slots=True)
class Matcher:
    accents: bool  # True: Vietnamese, where diacritics change the word ("Mỹ" is not "my")
    forms: dict[str, tuple[Form, ...]]
    _pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        """Compiled when a sentence is first scanned (about 60 ms a language): a typed filter needs none."""
        if self._pattern is None:
            self._pattern = _pattern(self.forms)
        return self._pattern


def _matcher(forms: Iterable[Form], accents: bool) -> Matcher:
    table: dict[str, list[Form]] = {}
    for f in forms:
        bucket = table.setdefault(form_key(f.form, accents), [])
        if f not in bucket:
            bucket.append(f)
    return Matcher(accents, {k: tuple(v) for k, v in table.items()})


@lru_cache(maxsize=8)
def matchers(language: str) -> tuple[Matcher, ...]:
    """Folded-accent matcher for Latin-script forms, exact-accent matcher for languages like Vietnamese.

    English forms count in every language (news quotes them); a language without data here is matched
    with every language's forms.
    """
    lang = language.split("-")[0].lower()
    known = lang in languages()
    latin: list[Form] = _shared_forms() + _language_forms("en")
    accented: list[Form] = []
    for other in languages():
        if other == "en" or (known and other != lang):
            continue
        (accented if _accents(other) else latin).extend(_language_forms(other))
    if known and not table(lang, "countries", "FOREIGN_DEMONYMS", True):
        latin = [f for f in latin if f.via != "demonym"]
    matchers = [_matcher(latin, accents=False)]
    if accented:
        matchers.append(_matcher(accented, accents=True))
    return tuple(matchers)
