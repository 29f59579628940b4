"""A count of days or weeks hedged by a word before it is a count only roughly: "vor gut einer Woche",
"a little over a week ago", "il y a un peu plus d'une semaine", "hace poco más de una semana", "khoảng
mười ngày trước", "some ten days earlier".

The hedge word parts the count from the words of its shape ("vor ... einer Woche", "il y a ... une
semaine"), so the shape found no date at all, and the sentence took its report's day; or, where the hedge
stands before the shape ("about ten days ago"), the day counted back was taken as exact. The shapes are
therefore matched on the sentence with each hedge right before a count and its unit blanked (same length,
so every position holds), and the date found there is marked ``approximate``: a day counted roughly back
is told only as its month, as "last week" and "two weeks ago" are (``store/dates/resolve.py``). The hedge
words are per language (``HEDGES_BEFORE_A_COUNT`` in ``store/languages/<code>/dates.py``).
"""

from __future__ import annotations

import re
from functools import cache

from store.dates.date_mention import DateMention
from store.dates.grammar import num_pattern
from store.dates.vocabulary import language_attr, vocabulary


@cache
def _hedge(language: str) -> re.Pattern[str] | None:
    """A hedge word right before a count and its unit ("gut einer Woche", "un peu plus d'une semaine")."""
    vocab = vocabulary(language)
    words = [w for lang in vocab.shape_languages for w in language_attr(lang, "HEDGES_BEFORE_A_COUNT", ())]
    if not words or not vocab.units:
        return None
    units = "|".join(sorted((re.escape(u) for u in vocab.units), key=len, reverse=True))
    count = num_pattern().replace("(?P<n>", "(?:", 1)
    return re.compile(
        rf"(?<!\w)(?P<h>(?:{'|'.join(words)}))(?:\s+|(?<=['’]))(?={count}\s+(?:{units})(?!\w))",
        re.IGNORECASE,
    )


def blank_hedges(sentence: str, language: str) -> tuple[str, list[tuple[int, int]]]:
    """``sentence`` with each hedge before a count blanked, and the spans blanked."""
    pattern = _hedge(language)
    if pattern is None:
        return sentence, []
    spans = [m.span("h") for m in pattern.finditer(sentence)]
    if not spans:
        return sentence, []
    chars = list(sentence)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars), spans


def mark_hedged(taken: list[DateMention], sentence: str, spans: list[tuple[int, int]]) -> list[DateMention]:
    """Each count found past a blanked hedge made approximate, its span and text the sentence's own
    (the hedge it stands after included: "a little over a week ago")."""
    for mention in taken:
        for start, end in spans:
            inside = mention.start <= start and end <= mention.end
            before = end <= mention.start and not sentence[end : mention.start].strip()
            if not (inside or before) or mention.kind not in ("relative", "narrative"):
                continue
            mention.approximate = True
            if before:
                mention.start = start
        mention.text = sentence[mention.start : mention.end]
    return taken
