"""From a matched date shape to a ``DateMention``: one function per kind of shape, for every language.

The words a handler looks up ("dernier", "late", "hôm qua") come from ``store/languages`` and dateparser
(``store.dates.vocabulary``); nothing here names a language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from store.dates.date_mention import DateMention
from store.dates.day_of_month import day_of_month_mention
from store.dates.lexicon import month_names, weekday_names
from store.dates.occasions import occasion
from store.dates.same_time import all_pointing_times
from store.dates.vocabulary import language_attr, merged, number_words, vocabulary

Handler = Callable[[re.Match[str], str], "DateMention | None"]


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _words(raw: str) -> str:
    return " ".join(raw.lower().split())


def _mod(m: re.Match[str]) -> str | None:
    raw = _g(m, "mod")
    return merged("MODS").get(_words(raw)) if raw else None


def _mk(m: re.Match[str], kind: str, **fields: object) -> DateMention:
    start, end = m.span("x") if _g(m, "x") is not None else m.span()
    return DateMention(start=start, end=end, text=m.string[start:end], kind=kind, **fields)  # type: ignore[arg-type]


def _unit(m: re.Match[str], language: str) -> str | None:
    word = m["unit"].lower()
    return vocabulary(language).units.get(word) or _english_unit(word)


def _english_unit(word: str) -> str | None:
    stem = word.rstrip("s")
    return stem if stem in ("day", "week", "month", "year") else None


def _month_value(m: re.Match[str], language: str) -> int | None:
    raw = _g(m, "month")
    if raw is None:
        return None
    if raw.isdigit():
        value = int(raw)
        return value if 1 <= value <= 12 else None
    lowered = raw.lower().rstrip(".")
    if raw[0].islower():
        ambiguous = set(language_attr(language, "NOT_MONTHS_WHEN_LOWERCASE", ()))
        if not language_attr(language, "LOWERCASE_MONTHS", False):
            ambiguous |= set(language_attr("en", "NOT_MONTHS_WHEN_LOWERCASE", ()))
        if lowered in ambiguous:
            return None  # "may", "march": a verb and a noun where months are capitalised
    return month_names(language).get(lowered)


def absolute(m: re.Match[str], language: str) -> DateMention | None:
    month = _month_value(m, language)
    if _g(m, "month") is not None and month is None:
        return None
    day = _g(m, "day")
    day_value = int(day) if day else None
    if day_value is not None and not 1 <= day_value <= 31:
        return None
    year = int(m["year"]) if _g(m, "year") else None
    # "Thursday, March 27": the weekday is kept; with no year it still says which years fit
    wd = weekday_names(language).get(_words(m["wd"])) if _g(m, "wd") and day_value else None
    return _mk(
        m, "absolute", year=year, month=month, day=day_value, mod=_mod(m) if day is None else None, weekday=wd
    )


def month_alone(m: re.Match[str], language: str) -> DateMention | None:
    if not (_g(m, "prep") or _g(m, "mod")):
        return None  # a bare "May" or "mars" is too often something else
    mention = absolute(m, language)
    if mention is None:
        return None
    direction = _words(_g(m, "dir") or "")
    if direction:
        mention.kind = "month_rel"
        mention.offset = merged("DIRECTIONS").get(direction, 1) or 1
    return mention


def month_alone_rel(m: re.Match[str], language: str) -> DateMention | None:
    month = _month_value(m, language)
    if month is None:
        return None
    offset = merged("DIRECTIONS").get(_words(m["dir"]), 0)
    return _mk(m, "month_rel", month=month, offset=max(-1, min(1, offset)))


def _names_a_thing(m: re.Match[str], language: str) -> bool:
    """ "the 2015 Agreement on Peace", "the 2026 World Cup": a year inside a proper name.

    "the 2012 Tuareg uprising" is a date: its capitalised words qualify a common noun; so is
    "2012 Mali" (a country or capital name after the year), and a sentence's function words.
    """
    from store.about.countries import find_countries  # names of places are data of store/about

    tail = m.string[m.end() : m.end() + 60]
    name_after = re.match(r"((?:\s+[A-Z][\w’'-]*)+)(\s+(\w+))?", tail)
    if not name_after:
        return False
    first = name_after.group(1).split()[0]
    following = name_after.group(3)
    links = merged("NAME_LINKS")
    if not (following is None or following.lower() in links or not following[0].islower()):
        return False
    if first.lower() in month_names(language) or first in merged("FUNCTION_WORDS"):
        return False
    if len(name_after.group(1).split()) > 1:
        return True  # "the 2008 Beijing Olympics": the name runs on past the place
    places = find_countries(first, language)
    return not any(c.start == 0 and c.via in ("name", "short name", "capital") for c in places)


def _after_a_name(m: re.Match[str], language: str) -> bool:
    """ "World Cup 2014", "la Coupe du monde 2014", "Agenda 2063": a year closing a capitalised name.

    The word just before the year belongs to the name: capitalised, or joined to a capitalised word by
    a link word ("Coupe du monde"); "Die Mission war 2013" (a verb before the year) names nothing. In a
    language that capitalises every noun (German), a capital says nothing of a name: only an acronym
    does ("WM 2014", "EM 2024"), and "verließen Mali 2023", "die Operation Serval 2013 gestartet" are
    dates.
    """
    nouns_capitalised = bool(language_attr(language, "NOUNS_CAPITALISED", False))
    head = m.string[max(0, m.start() - 40) : m.start()]
    if not re.search(r"[\w’'-]\s+$", head):
        return False  # "Bamako, 2014": punctuation between
    words = re.findall(r"[\w’'-]+", head)[-3:]
    first_of_sentence = len(re.findall(r"[\w’'-]+", m.string[: m.start()])) <= len(words)
    if words[-1].lower() in merged("ROLES"):
        return False

    def named(i: int) -> bool:
        if nouns_capitalised and not (len(words[i]) > 1 and words[i].isupper()):
            return False
        return words[i][:1].isupper() and not (i == 0 and first_of_sentence)

    last = len(words) - 1
    if named(last):
        return True
    if language_attr(language, "NAMES_CAPITALISE_FIRST_SYLLABLE", False) and last >= 1:
        # "theo Tầm nhìn 2050", "Chiến lược 2030": a name capitalises only its first syllable
        return named(last - 1) and _name_syllable(words[last], language)
    return last >= 2 and words[last - 1].lower() in merged("NAME_LINKS") and named(last - 2)


def _first_syllable_name(m: re.Match[str], language: str) -> bool:
    """ "Hiến pháp năm 2023", "Hội nghị năm 2022": in a language whose names capitalise only their first
    syllable, a capitalised syllable and one more right before the year's own preposition ("năm") make
    the year say which constitution or conference ("rút khỏi Mali năm 2022" stays a date)."""
    if not language_attr(language, "NAMES_CAPITALISE_FIRST_SYLLABLE", False):
        return False
    words = re.findall(r"[\w’'-]+", m.string[max(0, m.start() - 40) : m.start()])
    if len(words) < 2 or len(re.findall(r"[\w’'-]+", m.string[: m.start()])) <= 2:
        return False  # a sentence's first word is capitalised whatever it is
    return words[-2][:1].isupper() and _name_syllable(words[-1], language)


def _name_syllable(word: str, language: str) -> bool:
    """A lower-case syllable that may close a name: no preposition or function word ("Mali từ năm 2013")."""
    not_name = language_attr(language, "NOT_NAME_SYLLABLES", frozenset())
    return word.islower() and word not in not_name and word not in merged("ROLES")


def _attributive(m: re.Match[str], language: str) -> bool:
    """ "the 2015 agreement", "l'accord de 2015", "das Abkommen aus dem Jahr 2015": which one, not when."""
    head = m.string[max(0, m.start() - 20) : m.start()].lower()
    word = re.search(r"([\w’']+)\s+$", head)
    return bool(word and word.group(1) in merged("ATTRIBUTIVE_BEFORE"))


def _tells_an_age(m: re.Match[str]) -> bool:
    """ "some dating back to 1977", "remontant à 1960", "que datan de 1977", "có từ năm 1960": the year says
    how old something is (``AGE_BEFORE`` of each language's ``dates.py``)."""
    head = m.string[max(0, m.start() - 30) : m.start()].lower()
    pattern = _age_before()
    return pattern is not None and pattern.search(head) is not None


@cache
def _age_before() -> re.Pattern[str] | None:
    """Every language's ``AGE_BEFORE`` word closing the text before a year, as one pattern built once."""
    words = list(merged("AGE_BEFORE"))
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})\s*$") if words else None


def year_alone(m: re.Match[str], language: str) -> DateMention | None:
    head = m.string[max(0, m.start() - 12) : m.start()].lower()
    roles = merged("ROLES")
    preposition = re.search(r"(\w+)\s+$", head)
    introduced = bool(
        preposition and roles.get(preposition.group(1)) in ("in", "since", "from", "by", "until")
    )
    mention = absolute(m, language)
    if mention is not None and _g(m, "prep") and _first_syllable_name(m, language):
        mention.named = "attribute"  # "Hiến pháp năm 2023": which constitution, unless its act is told
        return mention
    if mention is not None and _tells_an_age(m):
        mention.named = "name"  # "accords dating back to 1977": how old they are, not when anything happened
        return mention
    if mention is None or _g(m, "mod") or _g(m, "prep") or introduced:
        return mention
    if _names_a_thing(m, language) or _after_a_name(m, language):
        mention.named = "name"  # never the event's date: the sentence's own time dates it
    elif _attributive(m, language):
        mention.named = "attribute"  # the event's date only when the sentence tells that occurrence
    return mention


def weekday(m: re.Match[str], language: str) -> DateMention | None:
    raw = m["wd"]
    if language_attr(language, "WEEKDAYS_CAPITALISED", False) and raw[0].islower():
        return None
    wd = weekday_names(language).get(_words(raw))
    if wd is None or _ordinal(m, language):
        return None
    direction = _words(_g(m, "dir") or "")
    offset = max(-1, min(1, merged("DIRECTIONS").get(direction, 0))) if direction else 0
    mention = _mk(m, "weekday", weekday=wd, offset=offset)
    if offset and direction in merged("WEEK_DIRECTIONS"):
        mention.unit = "week"  # "thứ Năm tuần sau": that weekday in the next calendar week
    return mention


def _ordinal(m: re.Match[str], language: str) -> bool:
    """ "cuộc đảo chính thứ hai" (the second coup): a weekday name that doubles as an ordinal, all in lower
    case right after a word that does not introduce a day."""
    days_after = language_attr(language, "WEEKDAY_ORDINAL_UNLESS_AFTER", None)
    raw = m["wd"]
    if not days_after or raw != raw.lower() or _g(m, "dir"):
        return False
    before = re.search(r"(\w+)\s+$", m.string[: m.start("wd")])
    return before is not None and before.group(1).lower() not in days_after


def relative_day(m: re.Match[str], language: str) -> DateMention | None:
    key = _words(m["rel"])
    if key in language_attr(language, "RELATIVE_LOWERCASE_ONLY", ()) and m["rel"][0].isupper() and m.start():
        return None  # "Morgen" mid-sentence is the German noun "morning"
    offset = vocabulary(language).relative_days.get(key)
    if offset is None:
        return None  # a blocker ("am Morgen" is a time of day, not tomorrow)
    return _mk(m, "relative", unit="day", offset=offset)


def relative_unit(m: re.Match[str], language: str) -> DateMention | None:
    unit = _unit(m, language)
    direction = _words(m["dir"])
    offset = merged("DIRECTIONS").get(direction)
    if unit is None or offset is None:
        return None
    return _mk(m, "relative", unit=unit, offset=offset, mod=_mod(m))


def relative_unit_article(m: re.Match[str], language: str) -> DateMention | None:
    """ "le mois dernier", "cette année": an article or demonstrative, then an optional direction."""
    unit = _unit(m, language)
    direction = _words(_g(m, "dir") or "")
    head = m["x"].lower()
    demonstratives = tuple(language_attr(language, "DEMONSTRATIVES", ("ce", "cette")))
    if unit is None or (not direction and not head.startswith(demonstratives)):
        return None  # "le mois" alone is not a date
    return _mk(m, "relative", unit=unit, offset=merged("DIRECTIONS").get(direction, 0), mod=_mod(m))


def relative_this(m: re.Match[str], language: str) -> DateMention | None:
    """ "the end of the year": this year (or month) of the reference, with its modifier."""
    mod = merged("MODS").get(_words(m["mod"]) + " of") or merged("MODS").get(_words(m["mod"]))
    unit = _unit(m, language)
    return _mk(m, "relative", unit=unit, offset=0, mod=mod) if unit else None


def unit_ending(m: re.Match[str], language: str) -> DateMention | None:
    """ "before the year is out", "antes de que acabe el año": this year's (month's) end, as a deadline."""
    unit = _unit(m, language)
    return _mk(m, "relative", unit=unit, offset=0, mod="late", role="by") if unit else None


def phrase(m: re.Match[str], language: str) -> DateMention | None:
    unit, offset = vocabulary(language).relative_phrases[_words(m["phrase"])]
    return _mk(m, "relative", unit=unit, offset=offset)


def count(m: re.Match[str]) -> int | None:
    raw = _words(m["n"])
    digits = re.sub(r"[,.\s\u00a0\u202f]", "", raw)
    return int(digits) if digits.isdigit() else number_words().get(raw)


def ago(m: re.Match[str], language: str) -> DateMention | None:
    n = count(m)
    unit = _unit(m, language)
    if not n or unit is None:
        return None
    mention = _mk(m, "relative", unit=unit, offset=-n)
    if unit == "year" and n >= 100:
        mention.approximate = True  # "about 1,500 years ago": centuries, not a year to the day
    return mention


def narrative(m: re.Match[str], language: str) -> DateMention | None:
    n = count(m) if _g(m, "n") else 1
    unit = _unit(m, language)
    if not n or unit is None:
        return None
    direction = _words(_g(m, "dir") or "")
    sign = -1 if direction in merged("NARRATIVE_BACKWARD") else 1
    return _mk(m, "narrative", unit=unit, offset=sign * n)


def narrative_fixed(m: re.Match[str], language: str) -> DateMention | None:
    pointing = all_pointing_times().get(_words(m["fixed"]))
    if pointing is not None:  # "the same evening", "that month": the time the report told last
        return _mk(m, "narrative", unit=pointing[0], offset=pointing[1], points_back=True)
    offset = merged("NARRATIVE_FIXED").get(_words(m["fixed"]))
    return None if offset is None else _mk(m, "narrative", unit="day", offset=offset)


def month_year_rel(m: re.Match[str], language: str) -> DateMention | None:
    """ "tháng 7 năm ngoái": a month of the year before, after or of the reference."""
    month = _month_value(m, language)
    if month is None:
        return None
    word = m["dir"].split()[-1].lower()
    return _mk(m, "month_rel", month=month, unit="year", offset=merged("DIRECTIONS")[word], mod=_mod(m))


def last_weekend(m: re.Match[str], language: str) -> DateMention | None:
    """ "last weekend": the Saturday and Sunday before the reference (store/dates/resolve.py)."""
    return _mk(m, "relative", unit="weekend", offset=-1)


def day_of_month(m: re.Match[str], language: str) -> DateMention | None:
    """ "el pasado día 4": a day of the month without its month (store/dates/day_of_month.py)."""
    return day_of_month_mention(m, merged("DIRECTIONS"))


HANDLERS: dict[str, Handler] = {
    "occasion": occasion,
    "absolute": absolute,
    "month_alone": month_alone,
    "month_alone_rel": month_alone_rel,
    "year_alone": year_alone,
    "weekday": weekday,
    "relative_day": relative_day,
    "relative_unit": relative_unit,
    "relative_unit_article": relative_unit_article,
    "relative_this": relative_this,
    "phrase": phrase,
    "last_weekend": last_weekend,
    "ago": ago,
    "narrative": narrative,
    "narrative_fixed": narrative_fixed,
    "month_year_rel": month_year_rel,
    "day_of_month": day_of_month,
    "unit_ending": unit_ending,
}
