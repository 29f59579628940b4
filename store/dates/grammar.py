"""The date shapes of a language, compiled: language-neutral code over ``store/languages/<code>/dates.py``.

A language's module lists its shapes as regexes with placeholders the grammar fills from CLDR and
dateparser data: ``%MONTH%`` and ``%WD%`` (month and weekday names), ``%DAY%``, ``%YEAR%``, ``%NUM%`` (a
count, digits or words), ``%REL%`` (relative day names), ``%UNIT%``, ``%AGO%`` (each "ago" shape),
``%FIXED%`` (narrative anchors), ``%NNB%``/``%NNA%`` (not inside a longer number). Shapes every language
shares (ISO dates, numeric day/month/year, dateparser's "last week" phrases) are added here.
"""

from __future__ import annotations

import re
from functools import cache

from store.dates.handlers import HANDLERS, Handler
from store.dates.lexicon import alternation, month_names, weekday_names
from store.dates.occasions import occasion_shapes, occasion_words
from store.dates.same_time import fixed_anchors, period_words
from store.dates.vocabulary import language_attr, number_words, vocabulary

YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
NOT_NUM_BEFORE = r"(?<![\d.,/\-–$€£#])"
_NOT_NUM_AFTER = r"(?![\d%]|[.,]\d|\s*[-–]?\s*(?:{years})s?\b)"
# A count: digits, grouped digits read whole ("1,500", "2, 300", "15 000"), or number words.
_GROUPED = r"\d{1,3}(?:(?:,\s?|[.\u00a0\u202f ])\d{3})+(?!\d)"


@cache
def num_pattern() -> str:
    words = sorted((w for w in number_words() if " " not in w), key=len, reverse=True)
    return rf"(?P<n>{_GROUPED}|\d{{1,3}}|a\s+few|" + "|".join(words) + ")"


def _fill(template: str, language: str) -> str:
    vocab = vocabulary(language)
    months = alternation(month_names(language))
    wds = alternation(weekday_names(language))
    fixed = {k: v for lang in vocab.shape_languages for k, v in fixed_anchors(lang).items()}
    year_words = {w for w, unit in vocab.units.items() if unit == "year"} | {"year", "yr", "an", "năm"}
    out = template
    for key, value in (
        ("%MONTH%", rf"(?P<month>{months})\.?"),
        ("%WD%", rf"(?P<wd>{wds})"),
        ("%DAY%", DAY),
        ("%YEAR%", YEAR),
        ("%NUM%", num_pattern()),
        ("%REL%", alternation(vocab.relative_days) or "(?!)"),
        ("%UNIT%", alternation(vocab.units) or "(?!)"),
        ("%FIXED%", alternation(fixed) or "(?!)"),
        ("%NNB%", NOT_NUM_BEFORE),
        ("%NNA%", _NOT_NUM_AFTER.format(years=alternation(sorted(year_words)))),
    ):
        out = out.replace(key, value)
    return out


def _shared_shapes(language: str) -> list[tuple[str, str]]:
    shapes = [
        (
            rf"{NOT_NUM_BEFORE}\b(?P<x>(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)(?:-(?P<day>[0-3]\d))?)(?![\d-])",
            "absolute",
        )
    ]
    if vocabulary(language).date_order != "MDY":  # "03/11/2023" is 3 November outside the US
        shapes.append(
            (
                rf"{NOT_NUM_BEFORE}\b(?P<x>(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.]"
                rf"(?P<year>(?:19|20)\d\d))\b(?![/.]\d)",
                "absolute",
            )
        )
    return shapes


def _last_weekend(shape_languages: tuple[str, ...]) -> tuple[str, ...]:
    """ "last weekend", "le week-end dernier", "am vergangenen Wochenende": neither CLDR nor dateparser
    has a weekend, so each language lists its own (``LAST_WEEKEND``, and ``WEEKEND_TOLD``: "over the
    weekend", "am Wochenende", which a report in the past tense tells of the weekend just gone)."""
    names = ("LAST_WEEKEND", "WEEKEND_TOLD")
    return tuple(p for lang in shape_languages for name in names for p in language_attr(lang, name, ()))


@cache
def patterns(language: str) -> tuple[tuple[re.Pattern[str], Handler], ...]:
    """Every shape of ``language``, compiled, in priority order."""
    vocab = vocabulary(language)
    shapes = _shared_shapes(language)
    weekends = _last_weekend(vocab.shape_languages)
    if weekends:  # first: "cuối tuần trước" is the weekend, not the end of last week
        shapes.insert(0, (r"(?<!\w)(?P<x>" + alternation(weekends) + r")(?!\w)", "last_weekend"))
    for lang in vocab.shape_languages:
        shapes.extend(occasion_shapes(lang))  # "New Year's Eve address": before "Year" alone
        for template, handler in language_attr(lang, "SHAPES", ()):
            if "%AGO%" in template:
                shapes.extend((template.replace("%AGO%", ago), handler) for ago in vocab.ago_shapes)
            else:
                shapes.append((template, handler))
    if vocab.relative_phrases:  # "la semaine dernière", "letzten Monat", "el año pasado": dateparser's
        shapes.append(
            (r"(?<!\w)(?P<x>(?P<phrase>" + alternation(vocab.relative_phrases) + r"))(?!\w)", "phrase")
        )
    return tuple((re.compile(_fill(p, language), re.IGNORECASE), HANDLERS[h]) for p, h in shapes)


@cache
def trigger(language: str) -> re.Pattern[str]:
    """Any digit, month, weekday or trigger word: a sentence without one has no date."""
    vocab = vocabulary(language)
    names = alternation({**month_names(language), **weekday_names(language)})
    words = {w for lang in vocab.shape_languages for w in language_attr(lang, "TRIGGERS", ())}
    words |= {w for phrase in vocab.relative_days for w in phrase.split()}
    words |= set(vocab.units)
    words |= {w for lang in vocab.shape_languages for w in period_words(lang) | occasion_words(lang)}
    words |= {w for phrase in _last_weekend(vocab.shape_languages) for w in re.findall(r"\w+", phrase)}
    body = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"\d|(?<!\w)(?:{names}|{body})", re.IGNORECASE)
