"""Which countries a sentence is about, in every language of store/languages.

Analysts filter the timeline by country, so a missed "binh sĩ Ai Cập" hides an
event and a "Chad Smith" or a lowercase Vietnamese "anh" (you) invents one.
Country names come from CLDR through Babel; news adds short names ("Mỹ",
"UK"), demonyms ("Ivorian", "maliennes"), capitals standing for their state
("Paris pulled its forces out") and missions that imply a country ("Barkhane"):
those are data, in store/languages/<code>/countries.py and common/countries.py.

All forms go into one regular expression per language, longest first, built
once and cached (``about.country_lexicon``): a sentence is scanned once, not
once per country, in text folded so that offsets map back (``about.country_folding``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from store.about.country_folding import fold_form, form_key, project
from store.about.country_lexicon import Form, Matcher, cldr_names, matchers
from store.languages import languages, table
from store.languages.common.countries import CAPITALS, PERSON_RISK

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


_CORRESPONDENT = re.compile(
    r"(?:phóng\s+viên[^,.;:]{0,30}?\btại|correspondent\s+(?:in|at)|correspondant[e]?\s+(?:à|a|en)|"
    r"envoyée?\s+spéciale?\s+à|reporting\s+from|dateline)\s*$",
    re.IGNORECASE,
)


def _union(name: str) -> frozenset[str]:
    """A word set of every language's country data (person titles, honorifics, ...)."""
    return frozenset(w for lang in languages() for w in table(lang, "countries", name, ()))  # type: ignore[union-attr]


def _case_ok(form: str, written: str, accents: bool) -> bool:
    """Every capital in the canonical form is a capital in the text; acronyms must be all capitals."""
    canon = re.sub(r"[\s\-]", "", fold_form(form, accents))
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
    if key not in PERSON_RISK and fold_form(key, False) not in PERSON_RISK:
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


def _shorter_form(text: str, start: int, written: str, m: Matcher) -> tuple[Form | None, int, str]:
    """The longest name its first words make whose capitals match ("Wagner" in "the Wagner group", where
    the form "Wagner Group" wants a capital G): (form, its end in ``text``, its key), or (None, 0, "")."""
    words = list(re.finditer(r"\S+", written))  # whole words: "Guinea-bissau" is no "Guinea"
    for last in range(len(words) - 2, -1, -1):
        part = written[: words[last].end()]
        key = re.sub(r"[\s\-]+", " ", part).casefold()
        form = next((f for f in m.forms.get(key, ()) if _case_ok(f.form, part, m.accents)), None)
        if form is not None:
            return form, start + len(part), key
    return None, 0, ""


def _scan(sentence: str, m: Matcher) -> list[CountryMention]:
    projected, starts, ends = project(sentence, m.accents)
    found: list[CountryMention] = []
    for hit in m.pattern.finditer(projected):
        written = hit.group()
        key = re.sub(r"[\s\-]+", " ", written).casefold()
        form = next((f for f in m.forms.get(key, ()) if _case_ok(f.form, written, m.accents)), None)
        end = hit.end()
        if form is None:  # "the Wagner group": the longest name fails its capitals, a shorter one may not
            form, end, key = _shorter_form(projected, hit.start(), written, m)
        if form is None:
            continue
        if _looks_like_person(projected, hit.start(), end, key, m.accents):
            continue
        s, e = starts[hit.start()], ends[end - 1]
        found.append(CountryMention(form.code, s, e, sentence[s:e], form.via))
    return found


@lru_cache(maxsize=2048)  # one sentence is asked about for its countries, its actor and its title
def _find_all(sentence: str, language: str) -> tuple[CountryMention, ...]:
    """All mentions including blockers (code ""), overlaps resolved longest first."""
    hits = [h for m in matchers(language or "und") for h in _scan(sentence, m)]
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
    for m in matchers(language or "und"):
        projected = project(text, m.accents)[0]
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
        names = cldr_names(locale)
    except (ValueError, TypeError):
        names = cldr_names("en")
    name = names.get(code.upper()) if code else None
    return name.replace("’", "'") if name else code


_NOT_PLACES = frozenset({"Kremlin"})  # the seat of Russian power, not a place an event happens


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """Every spelling of a capital -> its English spelling (the first listed)."""
    return {form_key(c, False): caps[0] for caps in CAPITALS.values() for c in caps if c not in _NOT_PLACES}


def capital_spellings() -> tuple[str, ...]:
    """Every spelling of every listed capital, for the place finder."""
    return tuple(c for caps in CAPITALS.values() for c in caps if c not in _NOT_PLACES)


@lru_cache(maxsize=1)
def _capital_codes() -> dict[str, str]:
    return {caps[0]: code for code, caps in CAPITALS.items()}


def capital_country(place: str) -> str | None:
    """The country whose capital the canonical ``place`` is ("N'Djamena" -> "TD"), else None."""
    return _capital_codes().get(place)


def capital_place(text: str) -> str | None:
    """English name of the capital ``text`` spells ("Moscou" -> "Moscow"), else None."""
    return _capital_names().get(form_key(text, False))
