"""Which countries a sentence is about, in English, French and Vietnamese.

Analysts filter the timeline by country, so a missed "binh sĩ Ai Cập" hides an
event and a "Chad Smith" or a lowercase Vietnamese "anh" (you) invents one.
Country names come from CLDR through Babel; news adds short names ("Mỹ",
"UK"), demonyms ("Ivorian", "maliennes"), capitals standing for their state
("Paris pulled its forces out") and missions that imply a country ("Barkhane").

All forms go into one regular expression per language, longest first, built
once and cached: a sentence is scanned once, not once per country.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

__all__ = [
    "CountryMention",
    "capital_place",
    "country_name",
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

# Short names news uses beside the CLDR ones; "" as code marks a blocker that
# consumes a phrase which must not count ("Latin America" is not the US).
_SHORT_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GB": ("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"),
        "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
        "CI": ("Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"),
        "CD": (
            "DR Congo",
            "DRC",
            "Democratic Republic of the Congo",
            "Democratic Republic of Congo",
            "Congo",
        ),
        "CG": ("Republic of the Congo", "Congo-Brazzaville"),
        "AE": ("UAE", "Emirates"),
        "CZ": ("Czech Republic",),
        "TR": ("Turkey", "Turkiye"),
        "MM": ("Myanmar", "Burma"),
        "NL": ("Holland", "the Netherlands"),
        "KR": ("Korea",),
        "CN": ("PRC",),
        "RU": ("Russian Federation",),
        "PS": ("Palestine",),
        "CV": ("Cabo Verde",),
        "SZ": ("Swaziland",),
        "VA": ("Vatican", "Holy See"),
        "TL": ("East Timor",),
        "MK": ("Macedonia",),
        "": (
            "Latin America",
            "South America",
            "North America",
            "Central America",
            "Indian Ocean",
            "New Guinea",
            "Paris Saint-Germain",
            "Niger River",
            "River Niger",
            "Niger Delta",
            "Inner Niger Delta",
            "Georgia State",
            "Jordan River",
            "West Africa",
            "East Africa",
            "Central Africa",
            "North Africa",
            "Southern Africa",
            "Wagner Act",
        ),
    },
    "fr": {
        "GB": ("Grande-Bretagne", "Angleterre", "Écosse"),
        "US": ("USA", "Amérique"),
        "CI": ("Côte-d'Ivoire",),
        "CD": ("RDC", "RD Congo", "République démocratique du Congo", "Congo"),
        "CG": ("République du Congo",),
        "AE": ("EAU", "Émirats"),
        "CZ": ("République tchèque",),
        "CF": ("Centrafrique",),
        "NL": ("Hollande",),
        "": (
            "Amérique latine",
            "Amérique du Sud",
            "Amérique du Nord",
            "Amérique centrale",
            "fleuve Niger",
            "delta du Niger",
            "delta intérieur du Niger",
            "Afrique de l'Ouest",
            "Afrique du Nord",
            "Afrique centrale",
            "Afrique de l'Est",
        ),
    },
    "vi": {
        "GB": ("Anh", "Anh quốc", "Anh Quốc", "Vương Quốc Anh", "Liên hiệp Anh"),
        "US": ("Mỹ", "Hoa Kỳ", "Hợp chủng quốc Hoa Kỳ"),
        "FR": ("Pháp", "Cộng hòa Pháp"),
        "DE": ("Đức", "Cộng hòa Liên bang Đức"),
        "RU": ("Nga", "Liên bang Nga"),
        "EG": ("Ai Cập",),
        "DK": ("Đan Mạch",),
        "CI": ("Bờ Biển Ngà",),
        "IT": ("Ý", "I-ta-li-a"),
        "SA": ("Ả Rập Saudi", "Ả-rập Xê-út", "Arab Saudi"),
        "AE": ("UAE",),
        "JP": ("Nhật",),
        "KR": ("Hàn Quốc",),
        "KP": ("Triều Tiên",),
        "NL": ("Hà Lan",),
        "SE": ("Thụy Điển",),
        "NO": ("Na Uy",),
        "BE": ("Bỉ",),
        "ES": ("Tây Ban Nha",),
        "CN": ("Trung Quốc",),
        "IN": ("Ấn Độ",),
        "TR": ("Thổ Nhĩ Kỳ",),
        "CD": ("CHDC Congo", "Cộng hòa Dân chủ Congo"),
        "": (
            "Mỹ Latinh",
            "Nam Mỹ",
            "Bắc Mỹ",
            "Trung Mỹ",
            "Tây Phi",
            "Đông Phi",
            "Bắc Phi",
            "Trung Phi",
            "Đông Âu",
            "Tây Âu",
        ),
    },
}

# English demonyms; plurals are generated ("Malians", "Pakistanis").
_DEMONYMS_EN: dict[str, tuple[str, ...]] = {
    "ML": ("Malian",),
    "FR": ("French", "Frenchman", "Frenchmen"),
    "DE": ("German",),
    "GB": ("British", "Briton", "Scottish", "Welsh"),
    "US": ("American",),
    "RU": ("Russian",),
    "CN": ("Chinese",),
    "EG": ("Egyptian",),
    "SN": ("Senegalese",),
    "CI": ("Ivorian",),
    "DK": ("Danish", "Dane"),
    "SE": ("Swedish", "Swede"),
    "NL": ("Dutch",),
    "BE": ("Belgian",),
    "EE": ("Estonian",),
    "CZ": ("Czech",),
    "NO": ("Norwegian",),
    "FI": ("Finnish",),
    "IE": ("Irish",),
    "AT": ("Austrian",),
    "CH": ("Swiss",),
    "RO": ("Romanian",),
    "HU": ("Hungarian",),
    "LT": ("Lithuanian",),
    "LV": ("Latvian",),
    "PL": ("Polish", "Pole"),
    "UA": ("Ukrainian",),
    "BD": ("Bangladeshi",),
    "PK": ("Pakistani",),
    "IN": ("Indian",),
    "NP": ("Nepalese", "Nepali"),
    "LK": ("Sri Lankan",),
    "KH": ("Cambodian",),
    "ID": ("Indonesian",),
    "JO": ("Jordanian",),
    "ET": ("Ethiopian",),
    "KE": ("Kenyan",),
    "RW": ("Rwandan",),
    "ZA": ("South African",),
    "SV": ("Salvadoran",),
    "MX": ("Mexican",),
    "BR": ("Brazilian",),
    "JP": ("Japanese",),
    "IR": ("Iranian",),
    "IQ": ("Iraqi",),
    "IL": ("Israeli",),
    "SY": ("Syrian",),
    "LB": ("Lebanese",),
    "SA": ("Saudi",),
    "QA": ("Qatari",),
    "AE": ("Emirati",),
    "SD": ("Sudanese",),
    "SO": ("Somali",),
    "GM": ("Gambian",),
    "LR": ("Liberian",),
    "SL": ("Sierra Leonean",),
    "GH": ("Ghanaian",),
    "TG": ("Togolese",),
    "BJ": ("Beninese",),
    "CM": ("Cameroonian",),
    "GA": ("Gabonese",),
    "GN": ("Guinean",),
    "GW": ("Bissau-Guinean",),
    "TN": ("Tunisian",),
    "LY": ("Libyan",),
    "CA": ("Canadian",),
    "IT": ("Italian",),
    "ES": ("Spanish", "Spaniard"),
    "PT": ("Portuguese",),
    "TR": ("Turkish", "Turk"),
    "GR": ("Greek",),
    "BG": ("Bulgarian",),
    "RS": ("Serbian",),
    "HR": ("Croatian",),
    "MN": ("Mongolian",),
    "AM": ("Armenian",),
    "AZ": ("Azerbaijani",),
    "KZ": ("Kazakh",),
    "UZ": ("Uzbek",),
    "AF": ("Afghan",),
    "YE": ("Yemeni",),
    "OM": ("Omani",),
    "KW": ("Kuwaiti",),
    "BH": ("Bahraini",),
    "AU": ("Australian",),
    "NZ": ("New Zealander",),
    "AR": ("Argentine", "Argentinian"),
    "CL": ("Chilean",),
    "CO": ("Colombian",),
    "PE": ("Peruvian",),
    "VE": ("Venezuelan",),
    "CU": ("Cuban",),
    "VN": ("Vietnamese",),
    "TH": ("Thai",),
    "PH": ("Filipino",),
    "MY": ("Malaysian",),
    "KR": ("South Korean",),
    "KP": ("North Korean",),
    "CD": ("Congolese",),
    "ZM": ("Zambian",),
    "ZW": ("Zimbabwean",),
    "TZ": ("Tanzanian",),
    "UG": ("Ugandan",),
    "MW": ("Malawian",),
    "MZ": ("Mozambican",),
    "AO": ("Angolan",),
    "NA": ("Namibian",),
    "BI": ("Burundian",),
    "DJ": ("Djiboutian",),
    "ER": ("Eritrean",),
    "CV": ("Cape Verdean",),
    "CF": ("Central African",),
    "SK": ("Slovak",),
    "SI": ("Slovenian",),
    "IS": ("Icelandic",),
    "MT": ("Maltese",),
    "CY": ("Cypriot",),
    "AL": ("Albanian",),
    "BA": ("Bosnian",),
    "MD": ("Moldovan",),
    "BY": ("Belarusian",),
    "MM": ("Burmese",),
    "SG": ("Singaporean",),
    "UY": ("Uruguayan",),
    "BO": ("Bolivian",),
    "EC": ("Ecuadorian",),
    "GT": ("Guatemalan",),
    "HN": ("Honduran",),
    "HT": ("Haitian",),
    "JM": ("Jamaican",),
    "NG": ("Nigerian",),
    "NE": ("Nigerien",),
    "TD": ("Chadian",),
    "BF": ("Burkinabe", "Burkinabé"),
    "MR": ("Mauritanian",),
    "DZ": ("Algerian",),
    "MA": ("Moroccan",),
    "LU": ("Luxembourgish",),
    "GE": ("Georgian",),
    "SS": ("South Sudanese",),
    "TJ": ("Tajik",),
    "KG": ("Kyrgyz",),
}

# French demonyms, masculine singular; feminine and plural forms are generated.
_DEMONYMS_FR: dict[str, tuple[str, ...]] = {
    "ML": ("malien",),
    "FR": ("français",),
    "DE": ("allemand",),
    "GB": ("britannique",),
    "US": ("américain", "étasunien"),
    "RU": ("russe",),
    "CN": ("chinois",),
    "EG": ("égyptien",),
    "SN": ("sénégalais",),
    "CI": ("ivoirien",),
    "DK": ("danois",),
    "SE": ("suédois",),
    "NL": ("néerlandais", "hollandais"),
    "BE": ("belge",),
    "EE": ("estonien",),
    "CZ": ("tchèque",),
    "NO": ("norvégien",),
    "FI": ("finlandais",),
    "IE": ("irlandais",),
    "AT": ("autrichien",),
    "CH": ("suisse",),
    "RO": ("roumain",),
    "HU": ("hongrois",),
    "LT": ("lituanien",),
    "PL": ("polonais",),
    "UA": ("ukrainien",),
    "BD": ("bangladais",),
    "PK": ("pakistanais",),
    "IN": ("indien",),
    "NP": ("népalais",),
    "KH": ("cambodgien",),
    "ID": ("indonésien",),
    "JO": ("jordanien",),
    "ET": ("éthiopien",),
    "KE": ("kényan",),
    "RW": ("rwandais",),
    "ZA": ("sud-africain",),
    "MX": ("mexicain",),
    "BR": ("brésilien",),
    "JP": ("japonais",),
    "IR": ("iranien",),
    "IQ": ("irakien",),
    "IL": ("israélien",),
    "SY": ("syrien",),
    "LB": ("libanais",),
    "SA": ("saoudien",),
    "QA": ("qatari",),
    "AE": ("émirati",),
    "SD": ("soudanais",),
    "SO": ("somalien",),
    "GM": ("gambien",),
    "LR": ("libérien",),
    "GH": ("ghanéen",),
    "TG": ("togolais",),
    "BJ": ("béninois",),
    "CM": ("camerounais",),
    "GA": ("gabonais",),
    "GN": ("guinéen",),
    "TN": ("tunisien",),
    "LY": ("libyen",),
    "CA": ("canadien",),
    "IT": ("italien",),
    "ES": ("espagnol",),
    "PT": ("portugais",),
    "TR": ("turc",),
    "GR": ("grec",),
    "NG": ("nigérian",),
    "NE": ("nigérien",),
    "TD": ("tchadien",),
    "BF": ("burkinabè", "burkinabé"),
    "MR": ("mauritanien",),
    "DZ": ("algérien",),
    "MA": ("marocain",),
    "CF": ("centrafricain",),
    "CD": ("congolais",),
    "AU": ("australien",),
    "SL": ("sierra-léonais",),
    "CV": ("cap-verdien",),
    "NZ": ("néo-zélandais",),
}

# Capitals (and seats of government news uses for the state), every spelling in every language.
_CAPITALS: dict[str, tuple[str, ...]] = {
    "ML": ("Bamako", "Ba-ma-cô"),
    "FR": ("Paris", "Pa-ri"),
    "DE": ("Berlin", "Béc-lin"),
    "GB": ("London", "Londres", "Luân Đôn"),
    "US": ("Washington", "Oa-sinh-tơn"),
    "RU": ("Moscow", "Moscou", "Moskva", "Mát-xcơ-va", "Matxcơva", "Kremlin"),
    "EG": ("Cairo", "Le Caire"),
    "CI": ("Abidjan", "Yamoussoukro"),
    "SN": ("Dakar",),
    "NE": ("Niamey",),
    "BF": ("Ouagadougou",),
    "MR": ("Nouakchott",),
    "TD": ("N'Djamena", "Ndjamena", "N'Djaména"),
    "DZ": ("Algiers", "Alger"),
    "MA": ("Rabat",),
    "TN": ("Tunis",),
    "LY": ("Tripoli",),
    "NG": ("Abuja",),
    "GN": ("Conakry",),
    "GW": ("Bissau",),
    "GM": ("Banjul",),
    "SL": ("Freetown",),
    "LR": ("Monrovia",),
    "GH": ("Accra",),
    "TG": ("Lomé",),
    "BJ": ("Cotonou", "Porto-Novo"),
    "CM": ("Yaoundé", "Yaounde"),
    "GA": ("Libreville",),
    "CF": ("Bangui",),
    "CD": ("Kinshasa",),
    "CG": ("Brazzaville",),
    "SD": ("Khartoum",),
    "ET": ("Addis Ababa", "Addis-Abeba"),
    "KE": ("Nairobi",),
    "RW": ("Kigali",),
    "ZA": ("Pretoria",),
    "CN": ("Beijing", "Pékin", "Bắc Kinh"),
    "DK": ("Copenhagen", "Copenhague"),
    "SE": ("Stockholm",),
    "NO": ("Oslo",),
    "FI": ("Helsinki",),
    "NL": ("The Hague", "La Haye"),
    "BE": ("Brussels", "Bruxelles"),
    "EE": ("Tallinn",),
    "CZ": ("Prague",),
    "IE": ("Dublin",),
    "AT": ("Vienna", "Vienne"),
    "CH": ("Bern", "Berne"),
    "RO": ("Bucharest", "Bucarest"),
    "HU": ("Budapest",),
    "LT": ("Vilnius",),
    "PL": ("Warsaw", "Varsovie"),
    "UA": ("Kyiv", "Kiev"),
    "BD": ("Dhaka",),
    "PK": ("Islamabad",),
    "IN": ("New Delhi", "New Dehli"),
    "NP": ("Kathmandu",),
    "KH": ("Phnom Penh",),
    "ID": ("Jakarta",),
    "JO": ("Amman",),
    "IT": ("Rome", "Roma"),
    "ES": ("Madrid",),
    "PT": ("Lisbon", "Lisbonne"),
    "TR": ("Ankara",),
    "GR": ("Athens", "Athènes"),
    "CA": ("Ottawa",),
    "JP": ("Tokyo",),
    "KR": ("Seoul", "Séoul"),
    "IR": ("Tehran", "Téhéran"),
    "IQ": ("Baghdad", "Bagdad"),
    "SY": ("Damascus", "Damas"),
    "SA": ("Riyadh", "Riyad"),
    "AE": ("Abu Dhabi", "Abou Dhabi"),
    "QA": ("Doha",),
    "IL": ("Jerusalem",),
    "VN": ("Hanoi", "Hà Nội"),
    "BR": ("Brasília", "Brasilia"),
    "MX": ("Mexico City",),
    "AU": ("Canberra",),
    "UY": ("Montevideo",),
    "SO": ("Mogadishu", "Mogadiscio"),
    "UG": ("Kampala",),
    "TZ": ("Dodoma",),
}

# Missions and forces that stand for a country in this corpus.
_MISSIONS: dict[str, tuple[str, ...]] = {
    "ML": ("MINUSMA", "EUTM Mali", "EUCAP Sahel Mali", "AFISMA", "MISMA"),
    "FR": ("Barkhane", "Serval", "Takuba", "Sabre", "Opération Barkhane"),
    "RU": ("Wagner", "Wagner Group", "Africa Corps", "Tập đoàn Wagner"),
    "CF": ("MINUSCA",),
    "CD": ("MONUSCO",),
    "SS": ("UNMISS",),
    "SO": ("AMISOM", "ATMIS"),
}

# Names that are also first names or parts of other proper names: checked in context.
_PERSON_RISK = frozenset(
    {
        "chad",
        "phap",
        "jordan",
        "georgia",
        "israel",
        "paris",
        "washington",
        "wagner",
        "victoria",
        "kenya",
        "india",
        "sofia",
        "lima",
        "kingston",
        "anh",
        "duc",
        "my",
        "nga",
        "y",
        "sabre",
        "serval",
    }
)
# Capitalised words that may follow or precede a country name without making it a person's name.
_NAME_CONTEXT_OK = frozenset(
    {
        "president",
        "prime",
        "foreign",
        "defence",
        "defense",
        "army",
        "armed",
        "government",
        "forces",
        "troops",
        "ministry",
        "minister",
        "embassy",
        "basin",
        "authorities",
        "military",
        "junta",
        "security",
        "council",
        "in",
        "at",
        "from",
        "to",
        "and",
        "the",
        "of",
        "for",
        "with",
        "by",
        "on",
        "but",
        "while",
        "after",
        "before",
        "since",
        "as",
        "both",
        "said",
        "says",
        "has",
        "is",
        "was",
        "will",
        "would",
        "announced",
        "un",
        "eu",
        "national",
        "special",
        "group",
        "operation",
        "mutiny",
        "lake",
    }
)
# Vietnamese words around a single-syllable name that show it is a person or another word.
_VI_HONORIFICS = frozenset(
    {
        "ông",
        "bà",
        "anh",
        "chị",
        "em",
        "cô",
        "chú",
        "bác",
        "cháu",
        "con",
        "cậu",
        "mợ",
        "thím",
        "dì",
        "Ông",
        "Bà",
        "Anh",
        "Chị",
        "Em",
        "Cô",
        "Chú",
        "Bác",
    }
)
_VI_NOT_COUNTRY_NEXT = frozenset(
    {
        "ấy",
        "ta",
        "ơi",
        "em",
        "chị",
        "kiến",
        "nghĩa",
        "định",
        "tưởng",
        "thức",
        "chí",
        "luật",
        "lý",
        "nhân",
        "sư",
        "hùng",
        "tài",
        "dũng",
        "tuấn",
    }
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


def _en_plurals(word: str) -> list[str]:
    if word.endswith(("ese", "ish", "ch", "ss", "sh", "men")) or (" " in word and word.endswith("can")):
        return [word]
    return [word, word + "s"]


def _fr_inflections(masc: str) -> list[str]:
    """ "malien" -> malien, malienne, maliens, maliennes."""
    if masc.endswith("e") or (masc.endswith(("è", "é")) and masc.startswith("burkinab")):
        return [masc, masc + "s"] if masc.endswith("e") else [masc]
    if masc.endswith(("s", "x")):
        return [masc, masc + "e", masc + "es"]
    if masc.endswith(("ien", "éen")):
        fem = masc + "ne"
    elif masc == "turc":
        fem = "turque"
    elif masc == "grec":
        fem = "grecque"
    else:
        fem = masc + "e"
    return [masc, fem, masc + "s", fem + "s"]


@lru_cache(maxsize=8)
def _cldr_names(locale: str) -> dict[str, str]:
    territories = Locale.parse(locale).territories
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
    forms = _cldr_forms(language)
    for code, names in _SHORT_NAMES.get(language, {}).items():
        via = (
            "abbreviation" if code and all(n.replace(".", "").isupper() for n in names[:1]) else "short name"
        )
        forms.extend(_Form(code, "abbreviation" if n.replace(".", "").isupper() else via, n) for n in names)
    if language == "en":
        for code, words in _DEMONYMS_EN.items():
            forms.extend(_Form(code, "demonym", p) for w in words for p in _en_plurals(w))
    elif language == "fr":
        for code, words in _DEMONYMS_FR.items():
            forms.extend(_Form(code, "demonym", p) for w in words for p in _fr_inflections(w))
    return forms


def _shared_forms() -> list[_Form]:
    forms = [_Form(code, "capital", c) for code, caps in _CAPITALS.items() for c in caps]
    forms += [_Form(code, "mission", m) for code, ms in _MISSIONS.items() for m in ms]
    return forms


@dataclass(frozen=True, slots=True)
class _Matcher:
    accents: bool  # True: Vietnamese, where diacritics change the word ("Mỹ" is not "my")
    pattern: re.Pattern[str]
    forms: dict[str, tuple[_Form, ...]]


def _matcher(forms: Iterable[_Form], accents: bool) -> _Matcher:
    table: dict[str, list[_Form]] = {}
    for f in forms:
        bucket = table.setdefault(_key(f.form, accents), [])
        if f not in bucket:
            bucket.append(f)
    return _Matcher(accents, _pattern(table), {k: tuple(v) for k, v in table.items()})


@lru_cache(maxsize=8)
def _matchers(language: str) -> tuple[_Matcher, ...]:
    """Folded-accent matcher for English/French forms, exact-accent matcher for Vietnamese ones."""
    lang = language.split("-")[0].lower()
    latin: list[_Form] = _shared_forms() + _language_forms("en")
    if lang == "fr" or lang not in {"en", "vi"}:
        latin += _language_forms("fr")
    if lang == "vi":
        # English names are fine in Vietnamese text ("Senegal", "Côte d’Ivoire"); English demonyms are not.
        latin = [f for f in latin if f.via != "demonym"]
    matchers = [_matcher(latin, accents=False)]
    if lang in {"vi", "und", ""} or lang not in {"en", "fr"}:
        matchers.append(_matcher(_language_forms("vi"), accents=True))
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
    if key not in _PERSON_RISK and _fold_form(key, False) not in _PERSON_RISK:
        return False
    prev = _PREV_WORD.search(text[max(0, start - 40) : start])
    nxt = _NEXT_WORD.match(text[end : end + 40])
    named = _prev_name_word(text, start)
    if accents:
        if prev and prev[1] in _VI_HONORIFICS:
            return True
        return named is not None or bool(nxt and nxt[1] in _VI_NOT_COUNTRY_NEXT)
    if prev and prev[1].rstrip(".") in {"Mr", "Mrs", "Ms", "Dr", "Mme", "M"}:
        return True
    if nxt and nxt[1][:1].isupper() and nxt[1].casefold() not in _NAME_CONTEXT_OK:
        return True
    return named is not None and named.casefold() not in _NAME_CONTEXT_OK


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
    for caps in _CAPITALS.values():
        english = caps[0]
        for c in caps:
            if c != "Kremlin":  # the seat of Russian power, not a place an event happens
                table[_key(c, False)] = english
    return table


def capital_spellings() -> tuple[str, ...]:
    """Every spelling of every listed capital, for the place finder."""
    return tuple(c for caps in _CAPITALS.values() for c in caps if c != "Kremlin")


def capital_place(text: str) -> str | None:
    """English name of the capital ``text`` spells ("Moscou" -> "Moscow"), else None."""
    return _capital_names().get(_key(text, False))
