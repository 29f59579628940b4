"""Named places an event happens in: Malian towns, Sahel capitals, regions.

Analysts follow the withdrawal camp by camp (Tessalit, Kidal, Gao, Timbuktu),
so each spelling ("Tombouctou", "Timbuktu") is reported as one English name,
and a town nobody listed is still caught by the way news introduces it
("in the town of X", "thị trấn X", "la ville de X").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from store.about.camp_names import camps_named_before
from store.about.countries import capital_country, capital_place, capital_spellings, find_countries
from store.text.regex_gate import gated

__all__ = ["find_places", "is_region", "place_country"]

# Canonical English name -> spellings (English, French, Vietnamese transliterations).
_GAZETTEER: dict[str, tuple[str, ...]] = {
    "Bamako": ("Bamako", "Ba-ma-cô"),
    "Gao": ("Gao",),
    "Timbuktu": ("Timbuktu", "Tombouctou", "Timbouctou", "Tim-búc-tu", "Tombuctu"),
    "Kidal": ("Kidal",),
    "Tessalit": ("Tessalit",),
    "Mopti": ("Mopti",),
    "Ménaka": ("Ménaka", "Menaka"),
    "Ségou": ("Ségou", "Segou"),
    "Sikasso": ("Sikasso",),
    "Kayes": ("Kayes",),
    "Koulikoro": ("Koulikoro",),
    "Kati": ("Kati",),
    "Aguelhok": ("Aguelhok", "Aguelhoc", "Aguel'hoc", "Aguel'hok"),
    "Ber": ("Ber",),
    "Anefis": ("Anefis", "Anéfis", "Anefif"),
    "Léré": ("Léré", "Lere"),
    "Ogossagou": ("Ogossagou",),
    "Sévaré": ("Sévaré", "Sevare"),
    "Douentza": ("Douentza",),
    "Diabaly": ("Diabaly",),
    "Konna": ("Konna",),
    "Hombori": ("Hombori",),
    "Gossi": ("Gossi",),
    "Ansongo": ("Ansongo",),
    "Bourem": ("Bourem",),
    "Djenné": ("Djenné", "Djenne"),
    "Bandiagara": ("Bandiagara",),
    "Bankass": ("Bankass",),
    "Niono": ("Niono",),
    "Goundam": ("Goundam",),
    "Niafunké": ("Niafunké", "Niafunke"),
    "Tarkint": ("Tarkint",),
    "Talataye": ("Talataye",),
    "Moura": ("Moura",),
    "Tinzaouaten": ("Tinzaouaten", "Tin-Zaouatene", "Tinzawatene"),
    "Abeïbara": ("Abeïbara", "Abeibara"),
    "Boni": ("Boni",),
    "Nioro du Sahel": ("Nioro du Sahel", "Nioro"),
    "Niamey": ("Niamey",),
    "Ouagadougou": ("Ouagadougou",),
    "Abidjan": ("Abidjan",),
    "Dakar": ("Dakar",),
    "Nouakchott": ("Nouakchott",),
    "N'Djamena": ("N'Djamena", "Ndjamena", "N'Djaména"),
    "Conakry": ("Conakry",),
    "Agadez": ("Agadez",),
    "Tillabéri": ("Tillabéri", "Tillaberi"),
    "Djibo": ("Djibo",),
    # Regions
    "Sahel": ("Sahel",),
    "Sahara": ("Sahara",),
    "Azawad": ("Azawad",),
    "Liptako-Gourma": ("Liptako-Gourma", "Liptako Gourma"),
    "Inner Niger Delta": ("Inner Niger Delta", "delta intérieur du Niger"),
    "Dogon Country": ("Dogon Country", "pays dogon", "Pays dogon"),
}

_REGIONS = frozenset({"Sahel", "Sahara", "Azawad", "Liptako-Gourma", "Inner Niger Delta", "Dogon Country"})


# Listed towns outside Mali (every other listed town is Malian); a capital's country: the capitals table.
_TOWN_COUNTRY = {"Agadez": "NE", "Tillabéri": "NE", "Djibo": "BF"}
_MALIAN_TOWNS = frozenset(list(_GAZETTEER)[: list(_GAZETTEER).index("Nioro du Sahel") + 1])


def place_country(place: str) -> str | None:
    """The country a canonical listed town or capital is in ("Goundam" -> "ML"), else None (a region, an
    unlisted town): a report naming the town tells that country even when it does not name it."""
    if place in _MALIAN_TOWNS:
        return "ML"
    return _TOWN_COUNTRY.get(place) or capital_country(place)


# Regions across several countries: a report naming one tells the scope of a story, never a site.
_WIDE_REGIONS = frozenset({"Sahel", "Sahara", "Liptako-Gourma"})


def spans_countries(place: str) -> bool:
    """Whether a canonical place is a region over several countries ("Sahel"), not a site of an act."""
    return place in _WIDE_REGIONS


def is_region(place: str) -> bool:
    """Whether a canonical place names a region ("Sahel", "Kidal region") rather than a town or a camp."""
    return place in _REGIONS or place.endswith(" region")


# Region words before or after a town name: "Kidal region", "région de Kidal", "khu vực Kidal",
# "región de Kidal", "Region Kidal".
_REGION_AFTER = r"(?:region|province)"
_REGION_BEFORE = (
    r"(?:(?:la\s+)?région\s+de|(?:la\s+)?province\s+de|khu\s+vực|vùng|tỉnh|the\s+region\s+of|"
    r"(?:la\s+)?región\s+de(?:l)?|(?:der\s+)?Region)"
)
# "in the town of X": the word that introduces an unlisted place in each language.
_INTRODUCERS = (
    r"(?:town|city|village|commune|locality|camp|base|region|district|province)\s+of",
    r"(?:camp|base|garrison)\s+(?:in|at)",
    r"(?:la\s+|le\s+)?(?:ville|village|localité|commune|cercle|région|camp|base)(?:\s+militaire)?\s+(?:de|d')",
    # where troops are stationed is a camp: "stationed at Ouallam", "stationnés à Ouallam", "stationiert in"
    r"stationed\s+(?:in|at)|stationnée?s?\s+à|(?:estacionad|acantonad)[oa]s?\s+en|stationiert\w*\s+in|"
    r"đồn\s+trú\s+(?:tại|ở)",
    r"(?:thị\s+trấn|thành\s+phố|thị\s+xã|làng|tỉnh|khu\s+vực|vùng|căn\s+cứ|trại)",
    # "el campamento de Kamboinsin", "den Stützpunkt Tillia", "das Feldlager in Gao", "Camp Castor"
    r"(?:campamento|cuartel|base\s+militar)\s+(?:militar\s+)?(?:de|en)",
    r"(?:Feldlager|Militärstützpunkt|Luftwaffenstützpunkt|Stützpunkt)(?:\s+(?:in|bei))?",
    # "ihr Lager in Tillia", "die Luftwaffenbasis in Niamey"
    r"(?:Lager|Militärlager|Militärbasis|Luftwaffenbasis|Basis)\s+(?:in|bei)",
    r"(?-i:Camp)",
)
# "near X": where an attack or a crossing happened, in each language; an unlisted name after it is a
# place unless it names a country ("near Niger's border"). Not German "bei": its nouns are capitalised;
# not "close to" or "outside" ("close to President Goïta", "outside Africa").
_NEAR = (
    r"near|on\s+the\s+outskirts\s+of",
    r"près\s+de|non\s+loin\s+de|aux\s+abords\s+de|à\s+proximité\s+de",
    r"cerca\s+de|en\s+las\s+afueras\s+de|a\s+las\s+afueras\s+de",
    r"nahe|in\s+der\s+Nähe\s+von",
    r"gần|ngoại\s+ô",
)
_NAME = r"[A-ZÀ-ÖØ-ÞĐ][\w'’\-]*(?:\s+[A-ZÀ-ÖØ-ÞĐ][\w'’\-]*){0,2}"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")
    return re.sub(r"[\s\-]+", " ", text).casefold()


@lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    return {_key(s): canon for canon, spellings in _GAZETTEER.items() for s in spellings}


@lru_cache(maxsize=1)
def _accented() -> dict[str, str]:
    """Each Latin letter -> a character class of it with any accent ("u" -> "[uùúûüũū...]")."""
    variants: dict[str, set[str]] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[:1]
        if base.isascii() and base.isalpha() and base != char:
            variants.setdefault(base, set()).add(char)
    return {b: "[" + b + "".join(sorted(v)) + "]" for b, v in variants.items()}


def _any_accents(word: str) -> str:
    """A pattern for ``word`` whatever accents a paper gives it ("Tombuctu" finds "Tombuctú")."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    if len(folded) != len(word):
        return re.escape(word)  # a letter that folds to two ("æ"): as written
    classes = _accented()
    pairs = zip(word, folded, strict=True)
    return "".join(classes.get(f, re.escape(c)) if f.isascii() else re.escape(c) for c, f in pairs)


@lru_cache(maxsize=1)
def _known_pattern() -> re.Pattern[str]:
    forms = sorted({s for spellings in _GAZETTEER.values() for s in spellings}, key=len, reverse=True)
    body = "|".join(r"[\s\-]+".join(_any_accents(w) for w in re.split(r"[\s\-]+", f)) for f in forms)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


@lru_cache(maxsize=1)
def _near_pattern() -> re.Pattern[str]:
    return gated(re.compile(rf"(?<!\w)(?i:{'|'.join(_NEAR)})\s+({_NAME})"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # Only the cue words ignore case: the name itself must be capitalised.
    region_after = re.compile(rf"(?<!\w)({_NAME})\s+(?i:{_REGION_AFTER})\b")
    region_before = re.compile(rf"(?<!\w)(?i:{_REGION_BEFORE})\s+({_NAME})")
    introduced = re.compile(rf"(?<!\w)(?i:{'|'.join(_INTRODUCERS)})\s*({_NAME})")
    # behind their gates (store.text.regex_gate): most sentences have no "region", "près de" or "camp"
    return gated(region_after), gated(region_before), gated(introduced)


def _canonical(name: str) -> str | None:
    name = name.strip(" '’-")
    if not name or not name[0].isupper():
        return None
    return _spellings().get(_key(name)) or capital_place(name)


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    return frozenset(_GAZETTEER) - {"Sahel", "Sahara", "Azawad", "Liptako-Gourma"}


def find_places(sentence: str, language: str) -> list[str]:
    """Named places in ``sentence``, canonical English spelling, in order of appearance, unique."""
    seen: set[str] = set()
    ordered = []
    for _, _, place in place_spans(sentence, language):
        if place not in seen:
            seen.add(place)
            ordered.append(place)
    return ordered


def place_spans(sentence: str, language: str) -> list[tuple[int, int, str]]:
    """Every mention of a named place in ``sentence`` as (start, end, canonical name), in order."""
    return list(_place_spans(sentence, language))


@lru_cache(maxsize=1 << 12)  # one sentence is asked for its places by extraction, its title and linking
def _place_spans(sentence: str, language: str) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    region_after, region_before, introduced = _patterns()
    regions = _regions()
    claimed: list[tuple[int, int]] = []

    def add(start: int, end: int, place: str) -> None:
        found.append((start, end, place))
        claimed.append((start, end))

    for pattern in (region_after, region_before):
        for m in pattern.finditer(sentence):
            if not m.group(1)[:1].isupper():
                continue
            name = _first_known(m.group(1)) or m.group(1)
            canon = _canonical(name)
            if canon in regions:
                add(m.start(), m.end(), f"{canon} region")
            elif canon:
                add(m.start(), m.end(), canon)
    countries: list[tuple[int, int]] | None = None

    def a_country(start: int, end: int) -> bool:
        nonlocal countries
        if countries is None:
            countries = [(c.start, c.end) for c in find_countries(sentence, language)]
        return any(s < end and start < e for s, e in countries)

    # An unlisted name after "the camp in", "near", "la base de" is a town unless it names a country:
    # "the camp in Niger", "near Niger's border", "près du Mali" say where the country is, not a town.
    for pattern in (introduced, _near_pattern()):
        for m in pattern.finditer(sentence):
            if any(s <= m.start(1) < e for s, e in claimed):
                continue
            name = m.group(1)
            canon = _canonical(name) or _canonical(name.split()[0])
            if canon is None and not _is_common_word(name):
                if a_country(m.start(1), m.end(1)) or _genitive_country(name, language):
                    continue
                canon = _unprefixed(name.replace("’", "'"))
            if canon:
                add(m.start(1), m.end(1), canon)
    for start, end, name in camps_named_before(sentence, language):
        if not any(s <= start < e for s, e in claimed):
            add(start, end, _canonical(name) or _unprefixed(name))
    for m in _known_pattern().finditer(sentence):
        if any(s <= m.start() < e for s, e in claimed):
            continue
        canon = _canonical(m.group())
        if canon:
            found.append((m.start(), m.end(), canon))
    for m in _capital_pattern().finditer(sentence):
        if any(s <= m.start() < e for s, e in claimed):
            continue
        canon = capital_place(m.group())
        if canon:
            found.append((m.start(), m.end(), canon))
    return tuple(sorted(found, key=lambda f: (f[0], f[2])))  # by start, then name, as ever


def _first_known(name: str) -> str | None:
    """The listed town inside a captured name ("Kidal" in "Tessalit Kidal")."""
    words = name.split()
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            cand = " ".join(words[i:j])
            if _canonical(cand):
                return cand
    return None


# Capitalised words the introducer patterns would otherwise take for a town ("the city of The ...").
_COMMON = frozenset(
    {
        "the",
        "this",
        "that",
        "its",
        "their",
        "his",
        "her",
        "a",
        "an",
        "mali",
        "minusma",
        "un",
        "liên",
        "hợp",
        "quốc",
        "lhq",
        "nations",
        "le",
        "la",
        "les",
        "l",
        # continents and compass words: "stationed in Europe", "the base in West Africa" name no town
        "europe",
        "europa",
        "africa",
        "afrique",
        "áfrica",
        "afrika",
        "asia",
        "châu",
        "west",
        "western",
        "north",
        "northern",
        "south",
        "southern",
        "east",
        "eastern",
    }
)


def _genitive_country(name: str, language: str) -> bool:
    """A country in the genitive ("der Stützpunkt Frankreichs", "Nigers"): no town."""
    return name.endswith("s") and bool(find_countries(name[:-1], language))


def _unprefixed(name: str) -> str:
    """An unlisted place as one spelling: "Camp Castor" and "Castor" are one camp, whichever way a report
    introduces it, and "Port-Bouët" and "Port-Bouet" one town, whichever accents a paper gives it."""
    name = re.sub(r"^Camp\s+", "", name) or name
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", folded).replace("đ", "d").replace("Đ", "D")


def _is_common_word(name: str) -> bool:
    return _key(name.split()[0]) in _COMMON


@lru_cache(maxsize=1)
def _capital_pattern() -> re.Pattern[str]:
    forms = sorted(set(capital_spellings()), key=len, reverse=True)
    body = "|".join(r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", f)) for f in forms)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")
