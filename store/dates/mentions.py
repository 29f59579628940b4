"""Finding date expressions in a sentence, with their exact offsets.

``dateparser.search.search_dates`` returns no offsets, invents the parts a
text never gave and takes "24 hours" or "2nd Mechanised Company" for dates.
Here each language has a small grammar of the shapes news uses, built on CLDR
month and weekday names; a mention records only the parts that were written
and how the rest must be resolved (against a reference date, a previous
event, or by inference).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from store.dates.lexicon import alternation, month_names, weekday_names
from store.text.numbers import WORD_NUMBERS


@dataclass(slots=True)
class DateMention:
    """One date expression as written, not yet resolved."""

    start: int
    end: int
    text: str
    kind: str  # "absolute" | "weekday" | "relative" | "month_rel" | "narrative"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None  # "day" | "week" | "month" | "year" for relative and narrative mentions
    offset: int = 0  # relative/narrative: signed number of units; month_rel: -1 last, +1 next, 0 this
    mod: str | None = None  # "early" | "mid" | "late"
    role: str | None = None  # preposition before it: "since", "until", "by", "in", "on", "after", ...
    in_quote: bool = False

    @property
    def explicit_year(self) -> bool:
        return self.kind == "absolute" and self.year is not None


# Counts in "two years ago", "un mois plus tard", "hai tháng sau": the shared word numbers plus
# the vague ones a date may use ("a few days later").
NUMBER_WORDS: dict[str, int] = {
    **{w: n for table in WORD_NUMBERS.values() for w, n in table.items() if n <= 31},
    "a": 1,
    "an": 1,
    "several": 3,
    "a few": 3,
    "few": 3,
    "un": 1,
    "une": 1,
    "quelques": 3,
    "plusieurs": 3,
    "một": 1,
    "vài": 3,
    "mấy": 3,
}
_NUM = (
    r"(?P<n>\d{1,3}|a\s+few|"
    + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
    + ")"
)

UNIT_WORDS: dict[str, str] = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "jour": "day",
    "jours": "day",
    "semaine": "week",
    "semaines": "week",
    "mois": "month",
    "an": "year",
    "ans": "year",
    "année": "year",
    "années": "year",
    "ngày": "day",
    "tuần": "week",
    "tháng": "month",
    "năm": "year",
}

MODS: dict[str, str] = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "the end of": "late",
    "end of": "late",
    "the beginning of": "early",
    "beginning of": "early",
    "the start of": "early",
    "start of": "early",
    "the middle of": "mid",
    "middle of": "mid",
    "the close of": "late",
    "début": "early",
    "debut": "early",
    "mi": "mid",
    "fin": "late",
    "fin de": "late",
    "début de": "early",
    "à la fin de": "late",
    "au début de": "early",
    "courant": "mid",
    "đầu": "early",
    "giữa": "mid",
    "cuối": "late",
    "thượng tuần": "early",
    "trung tuần": "mid",
    "hạ tuần": "late",
}

ROLES: dict[str, str] = {
    "since": "since",
    "until": "until",
    "till": "until",
    "by": "by",
    "before": "before",
    "after": "after",
    "following": "after",
    "from": "since",
    "in": "in",
    "on": "on",
    "during": "in",
    "ahead of": "before",
    "through": "until",
    "depuis": "since",
    "jusqu'au": "until",
    "jusqu'à": "until",
    "jusqu'en": "until",
    "d'ici": "by",
    "avant": "before",
    "après": "after",
    "dès": "since",
    "en": "in",
    "le": "on",
    "à partir du": "since",
    "kể từ": "since",
    "từ": "since",
    "đến": "until",
    "cho đến": "until",
    "tới": "until",
    "trước": "before",
    "sau": "after",
    "vào": "in",
    "trong": "in",
}
_ROLE_RE = re.compile(
    r"(?:^|\s)("
    + "|".join(sorted((re.escape(r) for r in ROLES), key=len, reverse=True))
    + r")\s+(?:the\s+|le\s+|la\s+|l'|les\s+|ngày\s+|hôm\s+)?$",
    re.IGNORECASE,
)

_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
_NOT_NUM_BEFORE = r"(?<![\d.,/\-–$€£#])"
_NOT_NUM_AFTER = r"(?![\d%]|[.,]\d|\s*[-–]?\s*(?:year|yr|an|năm)s?\b)"

Handler = Callable[[re.Match[str], str], "DateMention | None"]


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _mod(m: re.Match[str]) -> str | None:
    raw = _g(m, "mod")
    return MODS.get(" ".join(raw.lower().split())) if raw else None


def _mk(m: re.Match[str], kind: str, **fields: object) -> DateMention:
    start, end = m.span("x") if _g(m, "x") is not None else m.span()
    return DateMention(start=start, end=end, text=m.string[start:end], kind=kind, **fields)  # type: ignore[arg-type]


def _month_value(m: re.Match[str], language: str) -> int | None:
    raw = _g(m, "month")
    if raw is None:
        return None
    if raw.isdigit():
        value = int(raw)
        return value if 1 <= value <= 12 else None
    # English (and most Latin-script news) capitalises months: "may" and "march" are verbs.
    lowered = raw.lower().rstrip(".")
    if language != "fr" and raw[0].islower() and lowered in ("may", "march", "mar", "jun", "sep", "oct"):
        return None
    return month_names(language).get(raw.lower().rstrip("."))


def _absolute(m: re.Match[str], language: str) -> DateMention | None:
    month = _month_value(m, language)
    if _g(m, "month") is not None and month is None:
        return None
    day = _g(m, "day")
    day_value = int(day) if day else None
    if day_value is not None and not 1 <= day_value <= 31:
        return None
    year = int(m["year"]) if _g(m, "year") else None
    return _mk(m, "absolute", year=year, month=month, day=day_value, mod=_mod(m) if day is None else None)


def _month_alone(m: re.Match[str], language: str) -> DateMention | None:
    if not (_g(m, "prep") or _g(m, "mod")):
        return None  # a bare "May" or "mars" is too often something else
    mention = _absolute(m, language)
    if mention is None:
        return None
    direction = (_g(m, "dir") or "").lower()
    if direction:
        mention.kind = "month_rel"
        mention.offset = -1 if direction in ("last", "dernier", "passé", "ngoái", "trước") else 1
    return mention


def _year_alone(m: re.Match[str], language: str) -> DateMention | None:
    tail = m.string[m.end() : m.end() + 60]
    head = m.string[max(0, m.start() - 12) : m.start()].lower()
    # "the 2015 Agreement on Peace", "the 2026 World Cup": a year inside a proper name is not a date,
    # but "the 2012 Tuareg uprising" is: the capitalised words there qualify a common noun.
    name_after = re.match(r"((?:\s+[A-Z][\w’'-]*)+)(\s+(\w+))?", tail)
    if name_after and not _g(m, "mod") and not re.search(r"\b(in|since|by|until|en|depuis|năm)\s+$", head):
        first = name_after.group(1).split()[0]
        following = name_after.group(3)
        names_a_thing = following is None or following.lower() in _NAME_LINKS or not following[0].islower()
        if first.lower() not in month_names(language) and first not in _YEAR_FRIENDLY_WORDS and names_a_thing:
            return None
    return _absolute(m, language)


_NAME_LINKS = {"on", "of", "for", "in", "and", "the", "to", "at", "de", "du", "des", "sur", "pour", "et"}
_YEAR_FRIENDLY_WORDS = {"Mali", "France", "Paris", "Bamako", "The", "A", "After", "Since", "When"}


def _weekday(m: re.Match[str], language: str) -> DateMention | None:
    raw = m["wd"]
    if language in ("en", "de") and raw[0].islower():
        return None
    wd = weekday_names(language).get(" ".join(raw.lower().split()))
    if wd is None:
        return None
    direction = (_g(m, "dir") or "").lower()
    offset = 0
    if direction in ("last", "past", "dernier", "passé", "tuần trước", "tuần qua"):
        offset = -1
    elif direction in ("next", "coming", "prochain", "tuần tới", "tuần sau"):
        offset = 1
    return _mk(m, "weekday", weekday=wd, offset=offset)


_REL_DAY = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "ce matin": 0,
    "ce soir": 0,
    "cette nuit": 0,
    "hier": -1,
    "hier soir": -1,
    "avant-hier": -2,
    "demain": 1,
    "après-demain": 2,
    "hôm nay": 0,
    "sáng nay": 0,
    "chiều nay": 0,
    "tối nay": 0,
    "hôm qua": -1,
    "tối qua": -1,
    "đêm qua": -1,
    "sáng qua": -1,
    "hôm kia": -2,
    "ngày mai": 1,
}


def _relative_day(m: re.Match[str], language: str) -> DateMention | None:
    key = " ".join(m["rel"].lower().split())
    return _mk(m, "relative", unit="day", offset=_REL_DAY[key])


_DIRECTION = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "this": 0,
    "next": 1,
    "coming": 1,
    "earlier this": 0,
    "later this": 0,
    "dernier": -1,
    "dernière": -1,
    "passé": -1,
    "passée": -1,
    "prochain": 1,
    "prochaine": 1,
    "ce": 0,
    "cette": 0,
    "ci": 0,
    "nay": 0,
    "này": 0,
    "ngoái": -1,
    "trước": -1,
    "qua": -1,
    "tới": 1,
    "sau": 1,
}


def _relative_unit(m: re.Match[str], language: str) -> DateMention | None:
    unit = UNIT_WORDS[m["unit"].lower()]
    direction = " ".join(m["dir"].lower().split())
    return _mk(m, "relative", unit=unit, offset=_DIRECTION[direction], mod=_mod(m))


def _relative_this(m: re.Match[str], language: str) -> DateMention | None:
    """ "the end of the year": this year (or month) of the reference, with its modifier."""
    mod = MODS.get(" ".join(m["mod"].lower().split()) + " of")
    return _mk(m, "relative", unit=UNIT_WORDS[m["unit"].lower()], offset=0, mod=mod)


def _count(m: re.Match[str]) -> int | None:
    raw = " ".join(m["n"].lower().split())
    return int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)


def _ago(m: re.Match[str], language: str) -> DateMention | None:
    n = _count(m)
    if not n:
        return None
    return _mk(m, "relative", unit=UNIT_WORDS[m["unit"].lower()], offset=-n)


def _narrative(m: re.Match[str], language: str) -> DateMention | None:
    n = _count(m) if _g(m, "n") else 1
    if not n:
        return None
    direction = (m["dir"] or "").lower()
    sign = -1 if direction in ("earlier", "before", "tôt", "previous", "preceding", "trước") else 1
    return _mk(m, "narrative", unit=UNIT_WORDS[m["unit"].lower()], offset=sign * n)


def _narrative_fixed(m: re.Match[str], language: str) -> DateMention | None:
    key = " ".join(m["fixed"].lower().split())
    offsets = {
        "le lendemain": 1,
        "la veille": -1,
        "the next day": 1,
        "the following day": 1,
        "the day before": -1,
        "the same day": 0,
        "that day": 0,
        "le même jour": 0,
        "ngày hôm sau": 1,
        "hôm sau": 1,
        "cùng ngày": 0,
        "the previous day": -1,
    }
    return _mk(m, "narrative", unit="day", offset=offsets[key])


@cache
def _patterns(language: str) -> tuple[tuple[re.Pattern[str], Handler], ...]:
    lang = language if language in ("en", "fr", "vi") else "other"
    months = alternation(month_names(language))
    wds = alternation(weekday_names(language))
    month = rf"(?P<month>{months})\.?"
    wd = rf"(?P<wd>{wds})"
    flags = re.IGNORECASE
    pats: list[tuple[str, Handler]] = []
    iso = (
        rf"{_NOT_NUM_BEFORE}\b(?P<x>(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)(?:-(?P<day>[0-3]\d))?)(?![\d-])"
    )
    pats.append((iso, _absolute))
    numeric_dmy = (
        rf"{_NOT_NUM_BEFORE}\b(?P<x>(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.]"
        rf"(?P<year>(?:19|20)\d\d))\b(?![/.]\d)"
    )
    if lang != "en":
        pats.append((numeric_dmy, _absolute))
    en_mod = (
        r"(?:(?P<mod>early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|"
        r"the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of)[\s-]+)"
    )
    if lang in ("en", "other"):
        pats += [
            (rf"\b(?P<x>(?:{wd},?\s+)?(?:the\s+)?{_DAY}\.?(?:\s+of)?\s+{month},?\s+{_YEAR})\b", _absolute),
            (rf"\b(?P<x>(?:{wd},?\s+)?{month}\s+{_DAY},?\s+{_YEAR})\b", _absolute),
            (rf"\b(?P<x>(?:{wd},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{month})\b(?!\s*\d)", _absolute),
            (rf"\b(?P<x>(?:{wd},?\s+)?{month}\s+{_DAY})\b(?![\d:]|,?\s+(?:19|20)\d\d)", _absolute),
            (rf"\b(?P<x>{en_mod}?{month},?\s+(?:of\s+)?{_YEAR})\b", _absolute),
            (
                rf"(?:\b(?P<prep>in|since|by|until|till|from|during|through|before|after|of|early|late|mid)"
                rf"\s+|\b(?=(?:the\s+)?(?:end|beginning|start|middle)\s+of)|(?<=-))"
                rf"(?P<x>{en_mod}?{month})\b(?!\s+\d)",
                _month_alone,
            ),
            (rf"\b(?P<x>(?P<dir>last|next|this|past)\s+{month})\b(?!\s+\d)", _month_alone_rel),
            (
                rf"\b(?P<x>(?:{en_mod}|(?P<prep>in|since|by|until|till|from|during|before|after)\s+)?"
                rf"{_NOT_NUM_BEFORE}{_YEAR}){_NOT_NUM_AFTER}(?!th\b|s\b|'s\b|\s*[-–]\s*(?:19|20)?\d\d\b(?!,))",
                _year_alone,
            ),
            (rf"\b(?P<x>(?:(?P<dir>last|next|this|past|coming)\s+)?{wd})\b", _weekday),
            (
                r"\b(?P<x>(?P<rel>the\s+day\s+before\s+yesterday|today|tonight|this\s+morning|this\s+afternoon|"
                r"this\s+evening|yesterday|last\s+night|tomorrow))\b",
                _relative_day,
            ),
            (
                rf"\b(?P<x>{en_mod}?(?P<dir>last|next|this|previous|coming|earlier\s+this|later\s+this)"
                r"\s+(?P<unit>week|month|year))\b",
                _relative_unit,
            ),
            (
                r"\b(?P<x>(?P<mod>the\s+end|the\s+beginning|the\s+start|the\s+middle|the\s+close)\s+of\s+"
                r"the\s+(?P<unit>year|month))\b",
                _relative_this,
            ),
            (rf"\b(?P<x>{_NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago)\b", _ago),
            (
                rf"\b(?P<x>{_NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>later|afterwards|after|earlier))"
                r"(?=\W*$|\s*[,.;:])",
                _narrative,
            ),
            (
                r"\b(?P<x>(?:the\s+)?(?P<dir>following|next|previous|preceding)\s+(?P<unit>day|month|year))\b",
                _narrative,
            ),
            (
                r"\b(?P<x>(?P<fixed>the\s+next\s+day|the\s+following\s+day|the\s+previous\s+day|the\s+day\s+before"
                r"|the\s+same\s+day|that\s+day))\b",
                _narrative_fixed,
            ),
        ]
    if lang in ("fr", "other"):
        fr_mod = r"(?:(?P<mod>au\s+début\s+de|à\s+la\s+fin\s+de|début|debut|fin|courant|mi)[\s-]+)"
        pats += [
            (rf"\b(?P<x>(?:{wd}\s+)?{_DAY}\s+{month}(?:\s+{_YEAR})?)\b(?!\s*\d)", _absolute),
            (rf"\b(?P<x>{fr_mod}?{month}\s+{_YEAR})\b", _absolute),
            (
                rf"(?:\b(?P<prep>en|depuis|dès|jusqu'en|jusqu’en|d'ici|avant|après|mois\s+d['’])\s*|"
                rf"(?=(?:début|debut|fin|courant|mi)[\s-]))(?P<x>{fr_mod}?{month}"
                r"(?:\s+(?P<dir>dernier|prochain))?)\b(?!\s+\d)",
                _month_alone,
            ),
            (
                rf"\b(?P<x>(?:{fr_mod}|(?P<prep>en|depuis|dès|jusqu'en|d'ici|avant|après)\s+)?"
                rf"{_NOT_NUM_BEFORE}{_YEAR}){_NOT_NUM_AFTER}(?!e\b|ème\b|\s*[-–]\s*(?:19|20)?\d\d\b)",
                _year_alone,
            ),
            (
                rf"\b(?P<x>(?:(?:ce|le|dès|depuis)\s+)?{wd}(?:\s+(?P<dir>dernier|prochain|passé))?)\b",
                _weekday,
            ),
            (
                r"(?<!\w)(?P<x>(?P<rel>aujourd['’]hui|avant-hier|après-demain|hier\s+soir|hier|demain|ce\s+matin|"
                r"ce\s+soir|cette\s+nuit))(?!\w)",
                _relative_day,
            ),
            (
                r"\b(?P<x>(?:le|la|l['’]|cette|ce)\s*(?P<unit>mois|semaine|année|an)(?:-ci)?"
                r"(?:\s+(?P<dir>dernier|dernière|passé|passée|prochain|prochaine))?)\b",
                _relative_unit_fr,
            ),
            (rf"\b(?P<x>il\s+y\s+a\s+{_NUM}\s+(?P<unit>jours?|semaines?|mois|ans|années?))\b", _ago),
            (
                rf"\b(?P<x>{_NUM}\s+(?P<unit>jours?|semaines?|mois|ans|années?)\s+plus\s+(?P<dir>tard|tôt))\b",
                _narrative,
            ),
            (r"\b(?P<x>(?P<fixed>le\s+lendemain|la\s+veille|le\s+même\s+jour))\b", _narrative_fixed),
        ]
    if lang == "vi":
        vi_mod = r"(?:(?P<mod>thượng\s+tuần|trung\s+tuần|hạ\s+tuần|đầu|giữa|cuối)\s+)"
        pats += [
            (
                rf"(?<![\w/])(?P<x>(?:(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|rạng\s+sáng)\s+)?(?P<day>[0-3]?\d)/"
                rf"(?P<month>[01]?\d)(?:/{_YEAR})?)(?![\w/])",
                _absolute,
            ),
            (
                rf"(?<!\w)(?P<x>ngày\s+(?P<day>[0-3]?\d)\s+tháng\s+(?P<month>[01]?\d)(?:\s+năm\s+{_YEAR})?)(?!\w)",
                _absolute,
            ),
            (
                rf"(?<!\w)(?P<x>{vi_mod}?tháng\s+(?P<month>[01]?\d)(?:(?:/|\s+năm\s+){_YEAR})?)(?![\w/])",
                _absolute,
            ),
            (
                rf"(?<!\w)(?P<x>{vi_mod}?tháng\s+(?P<month>[01]?\d)\s+(?P<dir>năm\s+(?:nay|ngoái|trước|tới|sau)))"
                r"(?!\w)",
                _month_year_rel_vi,
            ),
            (rf"(?<!\w)(?P<x>{vi_mod}?(?:năm\s+)?{_NOT_NUM_BEFORE}{_YEAR}){_NOT_NUM_AFTER}", _absolute),
            (
                rf"(?<!\w)(?P<x>{wd}(?:\s+(?P<dir>tuần\s+trước|tuần\s+qua|tuần\s+tới|tuần\s+sau))?)(?!\w)",
                _weekday,
            ),
            (
                r"(?<!\w)(?P<x>(?P<rel>hôm\s+nay|sáng\s+nay|chiều\s+nay|tối\s+nay|hôm\s+qua|tối\s+qua|đêm\s+qua|"
                r"sáng\s+qua|hôm\s+kia|ngày\s+mai))(?!\w)",
                _relative_day,
            ),
            (
                rf"(?<!\w)(?P<x>{vi_mod}?(?P<unit>năm|tháng|tuần)\s+(?P<dir>nay|này|ngoái|trước|qua|tới))(?!\w)",
                _relative_unit,
            ),
            (rf"(?<!\w)(?P<x>cách\s+đây\s+{_NUM}\s+(?P<unit>ngày|tuần|tháng|năm))(?!\w)", _ago),
            (
                rf"(?<!\w)(?P<x>(?:sau\s+đó\s+)?{_NUM}\s+(?P<unit>ngày|tuần|tháng|năm)\s+(?P<dir>sau)(?:\s+đó)?)"
                r"(?=\W*$|\s*[,.;:])",
                _narrative,
            ),
            (r"(?<!\w)(?P<x>(?P<fixed>ngày\s+hôm\s+sau|hôm\s+sau|cùng\s+ngày))(?!\w)", _narrative_fixed),
        ]
    return tuple((re.compile(p, flags), h) for p, h in pats)


def _month_alone_rel(m: re.Match[str], language: str) -> DateMention | None:
    month = _month_value(m, language)
    if month is None:
        return None
    direction = m["dir"].lower()
    return _mk(m, "month_rel", month=month, offset={"last": -1, "past": -1, "next": 1}.get(direction, 0))


def _relative_unit_fr(m: re.Match[str], language: str) -> DateMention | None:
    unit = UNIT_WORDS[m["unit"].lower()]
    direction = (_g(m, "dir") or "").lower()
    head = m["x"].lower()
    if not direction and not head.startswith(("ce", "cette")):
        return None  # "le mois" alone is not a date
    return _mk(m, "relative", unit=unit, offset=_DIRECTION.get(direction, 0))


def _month_year_rel_vi(m: re.Match[str], language: str) -> DateMention | None:
    month = _month_value(m, language)
    if month is None:
        return None
    word = m["dir"].split()[-1].lower()
    return _mk(m, "month_rel", month=month, offset=_DIRECTION[word], mod=_mod(m))


_QUOTES = re.compile(r"[\"“”«»„]")


def _quote_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans between opening and closing quotation marks (an unclosed one runs to the end)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for q in _QUOTES.finditer(sentence):
        ch = q.group()
        if opened is None and ch in '"“«„':
            opened = q.start()
        elif opened is not None and ch in '"”»':
            spans.append((opened, q.end()))
            opened = None
    if opened is not None:
        spans.append((opened, len(sentence)))
    return spans


# Words without which no pattern of any language can match: most sentences have none of them and a
# digit-free, month-free sentence skips the thirty patterns at the cost of one search.
_TRIGGER_WORDS = (
    r"today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|last|next|this|previous|"
    r"following|coming|earlier|later|ago|afterwards|day|week|month|year|end|beginning|start|middle|close|"
    r"aujourd|hier|demain|matin|soir|nuit|veille|lendemain|mois|semaine|année|an|ans|jours?|plus|"
    r"nay|qua|mai|kia|ngoái|trước|tới|sau|tháng|năm|tuần|ngày|hôm|cách"
)


@cache
def _trigger(language: str) -> re.Pattern[str]:
    names = alternation({**month_names(language), **weekday_names(language)})
    return re.compile(rf"\d|(?<!\w)(?:{names}|{_TRIGGER_WORDS})", re.IGNORECASE)


def find_mentions(sentence: str, language: str) -> list[DateMention]:
    """Every date expression of ``sentence``, longest match first, none overlapping."""
    if not _trigger(language).search(sentence):
        return []
    candidates: list[tuple[int, int, DateMention]] = []
    for priority, (pattern, handler) in enumerate(_patterns(language)):
        for match in pattern.finditer(sentence):
            mention = handler(match, language)
            if mention is not None and mention.end > mention.start:
                candidates.append((-(mention.end - mention.start), priority, mention))
    candidates.sort(key=lambda c: (c[0], c[1], c[2].start))
    taken: list[DateMention] = []
    for _, _, mention in candidates:
        if all(mention.end <= t.start or mention.start >= t.end for t in taken):
            taken.append(mention)
    if language not in ("en", "fr", "vi"):
        from store.dates.fallback import fallback_mentions, merge  # dateparser: other languages only

        taken = merge(taken, fallback_mentions(sentence, language, taken))
    taken.sort(key=lambda m: m.start)
    quotes = _quote_spans(sentence)
    for mention in taken:
        mention.role = _role_before(sentence, mention)
        mention.in_quote = any(a < mention.start < b for a, b in quotes)
        _trim(mention, sentence)
    return taken


def _role_before(sentence: str, mention: DateMention) -> str | None:
    lead = mention.text.lower().split()[0] if mention.text.split() else ""
    if lead in ROLES and lead not in ("le", "en", "in", "on"):
        return ROLES[lead]
    m = _ROLE_RE.search(sentence[max(0, mention.start - 24) : mention.start])
    return ROLES.get(m.group(1).lower()) if m else (ROLES.get(lead) if lead in ROLES else None)


def _trim(mention: DateMention, sentence: str) -> None:
    """Drop a leading preposition from the span ("in June 2023" → "June 2023")."""
    m = re.match(
        r"(?i)(?:in|since|by|until|till|from|during|through|before|after|of|en|depuis|dès|"
        r"jusqu'en|jusqu’en|d'ici|avant|après|mois\s+d['’])\s+",
        mention.text,
    )
    if m and mention.text[m.end() :]:
        mention.start += m.end()
        mention.text = sentence[mention.start : mention.end]
