"""Finding date expressions in a sentence, with their exact offsets.

``dateparser.search.search_dates`` returns no offsets, invents the parts a
text never gave and takes "24 hours" or "2nd Mechanised Company" for dates.
Here each language has a small grammar of the shapes news uses
(``store/languages/<code>/dates.py``, compiled by ``store.dates.grammar``), built
on CLDR month and weekday names and dateparser's relative words; a mention
records only the parts that were written and how the rest must be resolved
(against a reference date, a previous event, or by inference).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from store.dates.date_mention import DateMention
from store.dates.days_of_a_told_month import days_of_the_month_told
from store.dates.deadline_nouns import set_to_a_deadline
from store.dates.fallback import fallback_mentions, merge
from store.dates.grammar import patterns, trigger
from store.dates.hedged_counts import blank_hedges, mark_hedged
from store.dates.lexicon import month_names, months_capitalised
from store.dates.occasions import beside_a_day
from store.dates.pattern_gate import fold, gates, has_digit, passes
from store.dates.vocabulary import merged
from store.languages import languages, table

__all__ = ["DateMention", "find_mentions"]

_QUOTES = re.compile(r"[\"“”«»„]")
# What closes each opening mark: German opens with „ and closes with “ ("„Heute gehen wir“, sagte er").
_CLOSERS = {'"': '"”', "“": '"”', "«": "»", "„": "“”"}


def _quote_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans between opening and closing quotation marks (an unclosed one runs to the end)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    closers = ""
    for q in _QUOTES.finditer(sentence):
        ch = q.group()
        if opened is None and ch in _CLOSERS:
            opened, closers = q.start(), _CLOSERS[ch]
        elif opened is not None and ch in closers:
            spans.append((opened, q.end()))
            opened = None
    if opened is not None:
        spans.append((opened, len(sentence)))
    return spans


def find_mentions(sentence: str, language: str) -> list[DateMention]:
    """Every date expression of ``sentence``, longest match first, none overlapping."""
    if (language or "").split("-")[0].lower() not in languages():  # dateparser's fallback: not cached
        return _find_mentions(sentence, language)
    return [replace(m) for m in _mentions_of(sentence, language)]  # copies: callers set a mention's role


@lru_cache(maxsize=1 << 13)  # a sentence is read for its dates by extraction and again on a re-read
def _mentions_of(sentence: str, language: str) -> tuple[DateMention, ...]:
    return tuple(_find_mentions(sentence, language))


def _find_mentions(sentence: str, language: str) -> list[DateMention]:
    if not trigger(language).search(sentence):
        return []
    candidates: list[tuple[int, int, DateMention]] = []
    folded, digit, shape_gates = fold(sentence), has_digit(sentence), gates(language)
    scanned, hedges = blank_hedges(sentence, language)  # "vor gut einer Woche": the count found past "gut"

    for priority, (pattern, handler) in enumerate(patterns(language)):
        if not passes(shape_gates[priority], folded, digit):
            continue  # a word or digit the shape needs is missing: it cannot match
        for match in pattern.finditer(scanned):
            mention = handler(match, language)
            if mention is not None and mention.end > mention.start:
                candidates.append((-(mention.end - mention.start), priority, mention))
    candidates.sort(key=lambda c: (c[0], c[1], c[2].start))
    taken: list[DateMention] = []
    for _, _, mention in candidates:
        if all(mention.end <= t.start or mention.start >= t.end for t in taken):
            taken.append(mention)
    if (language or "").split("-")[0].lower() not in languages():  # no grammar here: dateparser helps
        taken = merge(taken, fallback_mentions(sentence, language, taken))
    taken.sort(key=lambda m: m.start)
    if hedges:
        taken = mark_hedged(taken, sentence, hedges)
    taken = beside_a_day(_with_relative_years(taken, sentence, language), sentence)
    taken = days_of_the_month_told(taken, sentence, language)  # "In November ...: Britain on the 14th"
    quotes = _quote_spans(sentence)
    for mention in taken:
        mention.role = (
            _deadline_after(sentence, mention)
            or set_to_a_deadline(sentence, mention, language)  # "the deadline was set for January 31"
            or _role_before(sentence, mention)
            or mention.role
        )
        mention.in_quote = any(a < mention.start < b for a, b in quotes)
        _trim(mention, sentence)
    return taken


# Between a year-less date and the relative year that completes it: nothing, or one short linking word
# ("in July last year", "im Juli des vergangenen Jahres", "en mai de l'an dernier", "del año pasado").
_YEAR_LINK = re.compile(r"\s*(?:[^\W\d]{1,3}\s+)?")
# A bare month name just before that link: "el golpe de julio del año pasado", "le putsch de juillet de
# l'an dernier". Alone the name is too often something else ("May", "mars"); the relative year makes it
# a date.
_MONTH_BEFORE = re.compile(r"(?<![\w-])([^\W\d]{3,})\.?(\s*(?:[^\W\d]{1,3}\s+)?)$")


def _month_before(mention: DateMention, sentence: str, floor: int, language: str) -> DateMention | None:
    """The bare month name written just before a relative year ``mention``, as a year-less mention."""
    m = _MONTH_BEFORE.search(sentence, floor, mention.start)
    month = month_names(language).get(m.group(1).lower()) if m else None
    if m is None or month is None or (m.group(1)[0].islower() and months_capitalised(language)):
        return None
    return DateMention(start=m.start(1), end=m.end(1), text=m.group(1), kind="absolute", month=month)


def _with_relative_years(taken: list[DateMention], sentence: str, language: str) -> list[DateMention]:
    """ "ngày 28/1 năm ngoái", "March 16 last year": a day or month with no year of its own, followed by
    "last/next/this year", is that day of that year, one mention (not a date and a separate year)."""
    out: list[DateMention] = []
    for mention in taken:
        prev = out[-1] if out else None
        if mention.kind == "relative" and mention.unit == "year" and -1 <= mention.offset <= 1:
            bare = _month_before(mention, sentence, prev.end if prev else 0, language)
            if bare is not None:
                prev = bare
                out.append(bare)
        if (
            prev is not None
            and prev.kind == "absolute"
            and prev.year is None
            and prev.month is not None
            and mention.kind == "relative"
            and mention.unit == "year"
            and -1 <= mention.offset <= 1
            and _YEAR_LINK.fullmatch(sentence[prev.end : mention.start])
        ):
            prev.kind, prev.unit, prev.offset = "month_rel", "year", mention.offset
            prev.end, prev.text = mention.end, sentence[prev.start : mention.end]
            continue
        out.append(mention)
    return out


@cache
def role_pattern() -> re.Pattern[str]:
    """A role word ("since", "nach") and its article, at the end of the text before a date."""
    roles = sorted((re.escape(r) for r in merged("ROLES")), key=len, reverse=True)
    articles = sorted(
        {a for lang in languages() for a in table(lang, "dates", "ROLE_ARTICLES", ())},  # type: ignore[union-attr]
        key=len,
        reverse=True,
    )
    tail = "".join(rf"{re.escape(a)}\s+|" if not a.endswith("'") else f"{re.escape(a)}|" for a in articles)
    return re.compile(rf"(?:^|\s)({'|'.join(roles)})\s+(?:{tail}(?!))?$", re.IGNORECASE)


# Prepositions that, written first in a mention, are also articles ("le 3 mars", "in 2020"): the role
# then comes from the words before.
_AMBIGUOUS_LEADS = frozenset({"le", "en", "in", "on", "am", "el"})


def _role_before(sentence: str, mention: DateMention) -> str | None:
    roles = merged("ROLES")
    # "vor zwei Wochen", "il y a deux ans": a relative mention's first word is its own, not a role
    lead = mention.text.lower().split()[0] if mention.text.split() and mention.kind != "relative" else ""
    if lead in roles and lead not in _AMBIGUOUS_LEADS:
        return roles[lead]
    m = role_pattern().search(sentence[max(0, mention.start - 24) : mention.start])
    if m:
        return roles.get(m.group(1).lower())
    if lead in roles:
        return roles[lead]
    # "a partir de 2025" with its role words in the span (trimmed later): a role of several words
    if mention.role is not None or mention.kind == "relative":
        return None
    text = mention.text.lower()
    words = [r for r in _multiword_roles() if text.startswith(f"{r} ")]
    return roles[max(words, key=len)] if words else None


@cache
def _multiword_roles() -> tuple[str, ...]:
    """The roles of several words, in the order of ``merged("ROLES")``."""
    return tuple(r for r in merged("ROLES") if " " in r)


@cache
def _deadline_pattern() -> re.Pattern[str] | None:
    words = sorted(merged("DEADLINE_AFTER"), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?i)\s*(?:{body})(?!\w)") if words else None


def _deadline_after(sentence: str, mention: DateMention) -> str | None:
    """ "set September 15 as the deadline", "fijan el 15 de septiembre como fecha límite": a date named as a
    deadline bounds what is to be done, as "by" before it would."""
    pattern = _deadline_pattern()
    return "by" if pattern is not None and pattern.match(sentence, mention.end) else None


@cache
def _trim_pattern() -> re.Pattern[str]:
    words = [w for lang in languages() for w in table(lang, "dates", "TRIM", ())]  # type: ignore[union-attr]
    return re.compile(rf"(?i)(?:{'|'.join(words)})\s+")


def _trim(mention: DateMention, sentence: str) -> None:
    """Drop a leading preposition from the span ("in June 2023" → "June 2023")."""
    m = _trim_pattern().match(mention.text)
    if m and mention.text[m.end() :]:
        mention.start += m.end()
        mention.text = sentence[mention.start : mention.end]
