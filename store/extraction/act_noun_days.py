"""A day the act's own noun carries dates the act; the sentence's other day is when it was told of.

"An armed group on Tuesday claimed Sunday's attack" / "a revendiqué mardi l'attaque de dimanche" /
"reivindicó el martes el ataque del domingo" / "bekannte sich am Dienstag zu dem Angriff vom Sonntag" /
"hôm thứ Ba đã nhận trách nhiệm về vụ tấn công hôm Chủ nhật": the day written on the noun of the act
(a possessive, or the language's link ``DAY_OF_A_NOUN`` in its ``dates.py``: "of", "de", "del", "vom";
Vietnamese needs a classifier before the noun, ``ACT_NOUN_BEFORE``) says when it happened; the sentence's
other day (told to the day, of the same type, not joined to it by "and") dates the claim, the
condemnation or the report of it. The gold (and issue 10: "a statement made on Sunday about a departure
on Saturday is the departure") makes such a sentence that act, so it gives no second event of the same
type on the telling's day. The nouns are the language's cues of the act's type (``about.event_cues``).
A verb's day ("a attaqué dimanche", "entregó el 19 de abril") and a year on a noun ("two coups in 2020
and 2021") are left alone.
"""

from __future__ import annotations

import re
from functools import cache

from store.about.event_cues import compiled, languages_for
from store.dates.resolve import ResolvedDate
from store.dates.vocabulary import language_attr

__all__ = ["telling_days_aside"]

_TELLS_NOTHING = frozenset({"other", "statement"})  # a saying's day is its own
_JOINED = re.compile(r"(?i)^\s*(?:,|and|or|et|ou|y|o|und|oder|và|hoặc)?\s*(?:,|and|or|et|ou|y|und|và)?\s*$")
_POSSESSIVE = re.compile(r"^['’]s?\s+(?:\w+\s+){0,2}$")  # "Sunday's deadly attack"


@cache
def _between(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's link from an act's noun to its day, and what must stand before a cue for it to
    be a noun (Vietnamese classifiers), from its ``dates.py``."""
    link = language_attr(language, "DAY_OF_A_NOUN", None)
    mark = language_attr(language, "ACT_NOUN_BEFORE", None)
    return (
        re.compile(rf"(?i){link}$") if link else None,
        re.compile(rf"(?i){mark}") if mark else None,
    )


def _on_the_noun(sentence: str, when: ResolvedDate, event_type: str, language: str) -> bool:
    """Whether the day of ``when`` is written on a noun of ``event_type`` ("l'attaque de dimanche",
    "Sunday's attack"), not on the sentence's verb ("a attaqué dimanche")."""
    start, end = when.mention.start, when.mention.end
    for code in languages_for(language):
        cue = compiled(code).cues.get(event_type)
        link, mark = _between(code)
        if cue is None:
            continue
        for m in cue.finditer(sentence):
            if m.start() >= end and _POSSESSIVE.match(sentence[end : m.start()]):
                return True  # "Sunday's attack"
            if link is None or m.end() > start or not link.match(sentence[m.end() : start]):
                continue
            if mark is None or mark.search(sentence[max(0, m.start() - 12) : m.start()]):
                return True
    return False


def _a_day(when: ResolvedDate | None) -> bool:
    """Whether ``when`` is told to the day ("Sunday", "le 26 juillet"): a year or a month on a noun says
    which one ("the coups of 2020 and 2021"), not the day of a claim beside it."""
    return when is not None and when.value.precision == "day"


def _joined(sentence: str, first: ResolvedDate, second: ResolvedDate) -> bool:
    """Whether the two days are joined by a conjunction only ("attacks on Sunday and Monday")."""
    lo, hi = sorted((first, second), key=lambda r: r.mention.start)
    return _JOINED.match(sentence[lo.mention.end : hi.mention.start]) is not None


def telling_days_aside(
    plans: list[tuple[ResolvedDate | None, str]], sentence: str, language: str
) -> list[tuple[ResolvedDate | None, str]]:
    """``plans`` without the days of a kind of act whose noun carries another day of the sentence: those
    date the telling (a claim, a condemnation), not a second act."""
    carried = [
        p
        for p in plans
        if p[1] not in _TELLS_NOTHING and _a_day(p[0]) and _on_the_noun(sentence, p[0], p[1], language)
    ]
    if not carried:
        return plans
    return [
        p
        for p in plans
        if p in carried
        or not _a_day(p[0])
        or all(c[1] != p[1] or _joined(sentence, c[0], p[0]) for c in carried)
    ]
