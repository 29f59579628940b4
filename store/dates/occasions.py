"""Addresses tied to one day of the year: "in his New Year's Eve address", "lors de ses vœux de fin
d'année", "en su mensaje de fin de año", "in seiner Neujahrsansprache", "trong thông điệp năm mới".

Heads of state in the region (and in Europe) speak to the nation on the evening of December 31, and news
dates an announcement made there by that speech alone ("Trong thông điệp năm mới, Tổng thống ... yêu cầu
quân Pháp rời Chad trước ngày 31/1"). Such a phrase is a day without its year, as "December 31" would be;
the year comes from the reference as for any such day. Each language lists its phrases and their day in
``OCCASIONS`` (``store/languages/<code>/dates.py``): neither CLDR nor dateparser knows them.
"""

from __future__ import annotations

import re
from functools import cache

from store.dates.date_mention import DateMention
from store.dates.vocabulary import language_attr, merged


def _key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _phrase(key: str) -> str:
    return r"\s+".join(re.escape(w).replace("'", "['’]") for w in key.split())


@cache
def occasion_shapes(language: str) -> tuple[tuple[str, str], ...]:
    """The shape matching the language's occasions, longest first; none when it lists none."""
    keys = sorted(language_attr(language, "OCCASIONS", {}), key=len, reverse=True)
    if not keys:
        return ()
    body = "|".join(_phrase(_key(k)) for k in keys)
    return ((rf"(?<!\w)(?P<x>(?P<occasion>{body}))(?!\w)", "occasion"),)


def occasion_words(language: str) -> set[str]:
    """Words of the occasions, for the gate that skips sentences with no date."""
    return {w for k in language_attr(language, "OCCASIONS", {}) for w in re.findall(r"\w+", _key(k))}


def occasion(m: re.Match[str], language: str) -> DateMention | None:
    """The day (month, day) an occasion falls on, its year left to the reference."""
    found = {_key(k): v for k, v in merged("OCCASIONS").items()}.get(_key(m["occasion"]))
    if found is None:
        return None
    start, end = m.span("x")
    month, day = found
    text = m.string[start:end]
    return DateMention(start=start, end=end, text=text, kind="absolute", month=month, day=day, occasion=True)


def beside_a_day(mentions: list[DateMention], sentence: str) -> list[DateMention]:
    """ "said in his New Year's Eve address on Tuesday": a day written right after the occasion (one
    preposition between) says when itself; the occasion then only says where the words were spoken."""
    kept: list[DateMention] = []
    for i, m in enumerate(mentions):
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.occasion and after is not None and _beside(sentence[m.end : after.start]):
            continue
        kept.append(m)
    return kept


def _beside(between: str) -> bool:
    return re.fullmatch(r"\s*(?:[^\W\d]+\s+)?", between) is not None
