"""Which countries a sentence is about, in every language of store/languages.

Analysts filter the timeline by country, so a missed "binh sĩ Ai Cập" hides an
event and a "Chad Smith" or a lowercase Vietnamese "anh" (you) invents one.
Country names come from CLDR through Babel; news adds short names ("Mỹ",
"UK"), demonyms ("Ivorian", "maliennes"), capitals standing for their state
("Paris pulled its forces out") and missions that imply a country ("Barkhane"):
those are data, in store/languages/<code>/countries.py and common/countries.py.

All forms go into one regular expression per language, longest first, built
once and cached: a sentence is scanned once, not once per country.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from store.about.country_names import cldr_territories
from store.languages import data, languages, table
from store.languages.common.countries import CAPITALS, MISSIONS, PERSON_RISK

__all__ = [
    "CountryMention",
    "capital_country",
    "capital_place",
    "country_name",
    "country_named",
    "event_countries",
    "find_countries",
]

HOST = "ML"  # Mali hosts every mission in this corpus.


@dataclass(frozen=True, slots=True)
class CountryMention:
    """One place in a sentence that names or implies a country."""

    code: str  # ISO 3166-1 alpha-2
    start: int  # offsets in the sentence
    end: int
    text: str  # as written
    via: str  # "name" | "short name" | "demonym" | "capital" | "mission" | "abbreviation"


# --- lexicon data -----------------------------------------------------------------------------------------

# CLDR region codes that are not countries (or are the UN itself: never a country here).
_NOT_COUNTRIES = frozenset(
    {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA", "CQ"}
)

_CORRESPONDENT = re.compile(
    r"(?:phóng\s+viên[^,.;:]{0,30}?\btại|correspondent\s+(?:in|at)|correspondant[e]?\s+(?:à|a|en)|"
    r"envoyée?\s+spéciale?\s+à|reporting\s+from|dateline)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Form:
    code: str  # "" for a blocker
    via: str
    form: str  # canonical spelling, case as it must appear


# --- text projection: one regex pass over folded text, offsets mapped back ---------------------------------

_CHAR_FOLDS = {
    "đ": "d",
    "Đ": "D",
    "ø": "o",
    "Ø": "O",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "´": "'",
    "‐": "-",
    "‑": "-",
    "–": "-",
    "—": "-",
    "\u00a0": " ",
    "\u202f": " ",
}


def _fold_char(cluster: str, accents: bool) -> str:
    """One output character per grapheme cluster, so offsets map back exactly."""
    first = cluster[0]
    if first in _CHAR_FOLDS:
        return _CHAR_FOLDS[first]
    if accents:
        return unicodedata.normalize("NFC", cluster)[0]
    return unicodedata.normalize("NFD", first)[0]


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding one character at a time, filled as characters are met.

    A combining mark maps to NUL, which tells ``_project`` to take the slow, cluster-aware path.
    """

    def __init__(self, accents: bool) -> None:
        super().__init__()
        self.accents = accents

    def __missing__(self, codepoint: int) -> str:
        ch = chr(codepoint)
        folded = "\0" if unicodedata.combining(ch) or ch == "\0" else _fold_char(ch, self.accents)
        self[codepoint] = folded if len(folded) == 1 else "\0"
        return self[codepoint]


_FOLD_TABLES = {True: _FoldTable(True), False: _FoldTable(False)}


def _project(text: str, accents: bool) -> tuple[str, Sequence[int], Sequence[int]]:
    """``text`` with one character per cluster (accents kept or stripped) and each cluster's span."""
    folded = text.translate(_FOLD_TABLES[accents])
    if "\0" not in folded:  # composed text (the normal case): one character per cluster
        return folded, range(len(text)), range(1, len(text) + 1)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        out.append(_fold_char(text[i:j], accents))
        starts.append(i)
        ends.append(j)
        i = j
    return "".join(out), starts, ends


def _fold_form(form: str, accents: bool) -> str:
    return _project(unicodedata.normalize("NFC", form), accents)[0]


def _key(form: str, accents: bool) -> str:
    return re.sub(r"[\s\-]+", " ", _fold_form(form, accents)).casefold()


def _pattern(keys: Iterable[str]) -> re.Pattern[str]:
    """Longest-first alternation; spaces and hyphens match either, at Unicode word boundaries."""
    parts = []
    for key in sorted(set(keys), key=lambda k: (-len(k), k)):
        parts.append(r"[\s\-]+".join(re.escape(w) for w in key.split(" ")))
    body = "|".join(parts) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


# --- lexicon building -------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _cldr_names(locale: str) -> dict[str, str]:
    territories = cldr_territories(locale)  # Babel's, cached on disk
    return {
        code: name
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


def _cldr_forms(locale: str) -> list[_Form]:
    forms: list[_Form] = []
    for code, name in _cldr_names(locale).items():
        forms.append(_Form(code, "name", name))
        base = re.sub(r"\s*\(.*?\)\s*", "", name).strip()  # "Myanmar (Burma)" -> also "Myanmar", "Burma"
        if base != name:
            forms.append(_Form(code, "name", base))
            forms.extend(_Form(code, "short name", inner) for inner in re.findall(r"\((.*?)\)", name))
        if " - " in name:  # "Congo - Kinshasa"
            forms.append(_Form(code, "name", name.replace(" - ", "-")))
    return forms


def _language_forms(language: str) -> list[_Form]:
    """CLDR names in ``language`` plus its data module's short names and (inflected) demonyms."""
    forms = _cldr_forms(language)
    module = data(language, "countries")
    for code, names in getattr(module, "SHORT_NAMES", {}).items():
        via = (
            "abbreviation" if code and all(n.replace(".", "").isupper() for n in names[:1]) else "short name"
        )
        forms.extend(_Form(code, "abbreviation" if n.replace(".", "").isupper() else via, n) for n in names)
    # A language that inflects names ("Frankreichs Armee", "die Streitkräfte Nigers"): its data module's
    # ``name_forms`` gives the other forms of a one-word country name.
    name_forms = getattr(module, "name_forms", None)
    if name_forms is not None:
        forms.extend(
            _Form(f.code, f.via, v)
            for f in list(forms)
            if f.code and f.via in ("name", "short name")
            for v in name_forms(f.form)
        )
    inflect = getattr(module, "inflect", lambda word: [word])
    for code, words in getattr(module, "DEMONYMS", {}).items():
        forms.extend(_Form(code, "demonym", p) for w in words for p in inflect(w))
    return forms


def _shared_forms() -> list[_Form]:
    forms = [_Form(code, "capital", c) for code, caps in CAPITALS.items() for c in caps]
    forms += [_Form(code, "mission", m) for code, ms in MISSIONS.items() for m in ms]
    return forms


def _accents(language: str) -> bool:
    return bool(table(language, "countries", "MATCH_ACCENTS", False))


def _union(name: str) -> frozenset[str]:
    """A word set of every language's country data (person titles, honorifics, ...)."""
    return frozenset(w for lang in languages() for w in table(lang, "countries", name, ()))  # type: ignore[union-attr]


@dataclass(slots=True)
class _Matcher:
    accents: bool  # True: Vietnamese, where diacritics change the word ("Mỹ" is not "my")
    forms: dict[str, tuple[_Form, ...]]
    _pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        """Compiled when a sentence is first scanned (about 60 ms a language): a typed filter needs none."""
        if self._pattern is None:
            self._pattern = _pattern(self.forms)
        return self._pattern


def _matcher(forms: Iterable[_Form], accents: bool) -> _Matcher:
    table: dict[str, list[_Form]] = {}
    for f in forms:
        bucket = table.setdefault(_key(f.form, accents), [])
        if f not in bucket:
            bucket.append(f)
    return _Matcher(accents, {k: tuple(v) for k, v in table.items()})


@lru_cache(maxsize=8)
def _matchers(language: str) -> tuple[_Matcher, ...]:
    """Folded-accent matcher for Latin-script forms, exact-accent matcher for languages like Vietnamese.

    English forms count in every language (news quotes them); a language without data here is matched
    with every language's forms.
    """
    lang = language.split("-")[0].lower()
    known = lang in languages()
    latin: list[_Form] = _shared_forms() + _language_forms("en")
    accented: list[_Form] = []
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


# --- matching ---------------------------------------------------------------------------------------------


def _case_ok(form: str, written: str, accents: bool) -> bool:
    """Every capital in the canonical form is a capital in the text; acronyms must be all capitals."""
    canon = re.sub(r"[\s\-]", "", _fold_form(form, accents))
    seen = re.sub(r"[\s\-]", "", written)
    if len(canon) != len(seen):
        return False
    letters = canon.replace(".", "")
    if len(letters) <= 5 and letters.isupper():
        return seen == canon
    if letters.isalpha() and letters.isupper():
        # a long acronym the French and Spanish press write as a name: "la Minusma", "la Monusco"
        return seen in (canon, canon.capitalize())
    return all(s.isupper() for c, s in zip(canon, seen, strict=True) if c.isupper())


_PREV_WORD = re.compile(r"([\w'.]+)\s+$")
_NEXT_WORD = re.compile(r"^\s+([\w']+)")
_CLAUSE_START = re.compile(r"(?:^|[.,;:!?(\"“«\-]\s*)$")


def _prev_name_word(text: str, start: int) -> str | None:
    """The word just before ``start`` when it is a capitalised word inside a clause, else None."""
    prev = _PREV_WORD.search(text[max(0, start - 40) : start])
    if not prev or not prev[1][:1].isupper():
        return None
    if _CLAUSE_START.search(text[: start - len(prev[0])]):
        return None  # "Theo Anh, ..." or "In Chad": a capital that starts the clause says nothing
    return prev[1]


def _looks_like_person(text: str, start: int, end: int, key: str, accents: bool) -> bool:
    """ "Chad Smith", "Paris Hilton", "ông Anh", "Tuấn Anh": a name, not a country."""
    if key not in PERSON_RISK and _fold_form(key, False) not in PERSON_RISK:
        return False
    prev = _PREV_WORD.search(text[max(0, start - 40) : start])
    nxt = _NEXT_WORD.match(text[end : end + 40])
    named = _prev_name_word(text, start)
    if accents:
        if prev and prev[1] in _union("HONORIFICS"):
            return True
        return named is not None or bool(nxt and nxt[1] in _union("NOT_COUNTRY_NEXT"))
    if prev and prev[1].rstrip(".") in _union("PERSON_TITLES"):
        return True
    if nxt and nxt[1][:1].isupper() and nxt[1].casefold() not in _union("NAME_CONTEXT_OK"):
        return True
    return named is not None and named.casefold() not in _union("NAME_CONTEXT_OK")


def _scan(sentence: str, m: _Matcher) -> list[CountryMention]:
    projected, starts, ends = _project(sentence, m.accents)
    found: list[CountryMention] = []
    for hit in m.pattern.finditer(projected):
        written = hit.group()
        key = re.sub(r"[\s\-]+", " ", written).casefold()
        form = next((f for f in m.forms.get(key, ()) if _case_ok(f.form, written, m.accents)), None)
        if form is None:
            continue
        if _looks_like_person(projected, hit.start(), hit.end(), key, m.accents):
            continue
        s, e = starts[hit.start()], ends[hit.end() - 1]
        found.append(CountryMention(form.code, s, e, sentence[s:e], form.via))
    return found


@lru_cache(maxsize=2048)  # one sentence is asked about for its countries, its actor and its title
def _find_all(sentence: str, language: str) -> tuple[CountryMention, ...]:
    """All mentions including blockers (code ""), overlaps resolved longest first."""
    hits = [h for m in _matchers(language or "und") for h in _scan(sentence, m)]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[CountryMention] = []
    for h in hits:
        if kept and h.start < kept[-1].end:
            continue
        kept.append(h)
    return tuple(kept)


def country_named(text: str, language: str) -> str | None:
    """The country ``text`` names as a whole, as ``find_countries`` would find it, else None.

    What the filter asks of each typed word: a lookup of the whole text among
    the forms, without compiling or running the sentence patterns. The whole
    text is the longest hit at its start, so it wins over any shorter one; with
    nothing around it, no person's name can be read into it.
    """
    for m in _matchers(language or "und"):
        projected = _project(text, m.accents)[0]
        spaced = re.sub(r"[\s\-]+", " ", projected)
        key = spaced.casefold()
        if len(projected) != len(text) or len(key) != len(spaced) or key.strip() != key:
            # marks not composed, a letter casefold lengthens ("ß"), separators at an end: the scan decides
            found = find_countries(text, language)
            whole = len(found) == 1 and found[0].start == 0 and found[0].end == len(text)
            return found[0].code if whole else None
        form = next((f for f in m.forms.get(key, ()) if _case_ok(f.form, projected, m.accents)), None)
        if form is not None:
            return form.code or None  # a blocker ("New Mexico") names no country
    return None


def find_countries(sentence: str, language: str) -> list[CountryMention]:
    """Every mention of a country in ``sentence``, in order; offsets index ``sentence``."""
    return [h for h in _find_all(sentence, language) if h.code]


def _is_dateline(sentence: str, mention: CountryMention) -> bool:
    """ "phóng viên TTXVN tại London": where the reporter sits, not who acts."""
    return mention.via == "capital" and bool(
        _CORRESPONDENT.search(sentence[max(0, mention.start - 60) : mention.start])
    )


def event_countries(sentence: str, language: str) -> list[str]:
    """Sorted unique country codes an event in ``sentence`` is about."""
    return sorted({m.code for m in find_countries(sentence, language) if not _is_dateline(sentence, m)})


def country_name(code: str, locale: str = "en") -> str:
    """Display name from CLDR ("CI" -> "Côte d'Ivoire"); an unknown code is shown as itself."""
    try:
        names = _cldr_names(locale)
    except (ValueError, TypeError):
        names = _cldr_names("en")
    name = names.get(code.upper()) if code else None
    return name.replace("’", "'") if name else code


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """Every spelling of a capital -> its English spelling (the first listed)."""
    table: dict[str, str] = {}
    for caps in CAPITALS.values():
        english = caps[0]
        for c in caps:
            if c != "Kremlin":  # the seat of Russian power, not a place an event happens
                table[_key(c, False)] = english
    return table


def capital_spellings() -> tuple[str, ...]:
    """Every spelling of every listed capital, for the place finder."""
    return tuple(c for caps in CAPITALS.values() for c in caps if c != "Kremlin")


@lru_cache(maxsize=1)
def _capital_codes() -> dict[str, str]:
    return {caps[0]: code for code, caps in CAPITALS.items()}


def capital_country(place: str) -> str | None:
    """The country whose capital the canonical ``place`` is ("N'Djamena" -> "TD"), else None."""
    return _capital_codes().get(place)


def capital_place(text: str) -> str | None:
    """English name of the capital ``text`` spells ("Moscou" -> "Moscow"), else None."""
    return _capital_names().get(_key(text, False))
