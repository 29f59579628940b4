"""Best-effort dates for languages without a grammar here, through dateparser.

For the languages of ``store/languages`` the grammar knows the shapes news
uses. Any other language still gets dates: dateparser's search finds
candidate phrases, each is located in the sentence by us (dateparser gives no
offsets), and ``get_date_data`` tells the period, so a year or day the phrase
never wrote is not kept. Phrases without a digit or a month name are dropped:
dateparser takes the German article "Die" for a weekday.
"""

from __future__ import annotations

import re
from functools import cache

from store.dates.date_mention import DateMention
from store.dates.lexicon import month_names

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_DAY = re.compile(r"(?<!\d)([0-3]?\d)(?!\d)")


@cache
def _parser(language: str):  # dateparser is untyped; imported only when needed (0.2 s)
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[language], settings={"PREFER_DATES_FROM": "past"})


def fallback_mentions(sentence: str, language: str, taken: list[DateMention]) -> list[DateMention]:
    """Mentions dateparser finds that the grammar did not, for languages without a grammar here.

    A phrase that contains grammar mentions ("15 de agosto de 2022" around "2022") replaces them.
    """
    if not any(ch.isdigit() for ch in sentence):
        return []
    try:
        from dateparser.search import search_dates

        hits = search_dates(sentence, languages=[language]) or []
    except (ValueError, LookupError, RuntimeError):  # unknown language code, odd input
        return []
    months = month_names(language)
    out: list[DateMention] = []
    cursor = 0
    for phrase, _value in hits:
        start = sentence.find(phrase, cursor)
        if start < 0:
            continue
        end = start + len(phrase)
        cursor = end
        if any(start < t.end and t.start < end and not (start <= t.start and t.end <= end) for t in taken):
            continue  # crosses a mention the grammar found: keep the grammar's
        words = {w.lower().rstrip(".") for w in re.findall(r"\w+\.?", phrase)}
        has_month = bool(words & months.keys())
        year_match = _YEAR.search(phrase)
        if not (has_month or year_match):
            continue
        data = _parser(language).get_date_data(phrase)
        if data.date_obj is None:
            continue
        period = data.period or "day"
        year = int(year_match.group()) if year_match else None
        month = data.date_obj.month if period in ("day", "month") and has_month else None
        rest = phrase.replace(year_match.group(), "") if year_match else phrase
        day = data.date_obj.day if period == "day" and month and _DAY.search(rest) else None
        if year is None and month is None:
            continue
        out.append(
            DateMention(start=start, end=end, text=phrase, kind="absolute", year=year, month=month, day=day)
        )
    return out


def merge(taken: list[DateMention], extra: list[DateMention]) -> list[DateMention]:
    """``taken`` with each ``extra`` mention replacing the ones it contains."""
    kept = [t for t in taken if not any(e.start <= t.start and t.end <= e.end for e in extra)]
    return kept + extra
