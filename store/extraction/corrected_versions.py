"""A report correcting its own earlier version: "Correction: an earlier version of this report said the
army entered the town over the weekend; it entered on Tuesday". The day the earlier version gave is what
was wrong: it dates nothing. The words are each language's (``store/languages/<lang>/corrections.py``);
the wrong fact runs from the cue to the end of its clause (a semicolon, a dash, or a word such as "but"
that opens the right fact), or to the end of the sentence."""

from __future__ import annotations

import re
from functools import cache

from store.dates.lexicon import alternation
from store.extraction.sentence_dates import SentenceDates
from store.languages import table

_CLAUSE_END = r";|\s[–—]\s|\.\s"


@cache
def _cues(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    earlier: tuple[str, ...] = table(language, "corrections", "EARLIER_VERSION", ())  # type: ignore[assignment]
    right: tuple[str, ...] = table(language, "corrections", "RIGHT_FACT", ())  # type: ignore[assignment]
    if not earlier:
        return None, None
    cue = re.compile("|".join(f"(?:{p})" for p in earlier).replace(" ", r"\s+"), re.IGNORECASE)
    words = alternation(right)
    end = re.compile(_CLAUSE_END + (rf"|,\s*(?:{words})\b" if words else ""), re.IGNORECASE)
    return cue, end


def wrong_spans(sentence: str, language: str) -> list[tuple[int, int]]:
    """Where ``sentence`` tells what an earlier version of the report wrongly said."""
    cue, end = _cues(language)
    if cue is None or end is None:
        return []
    spans = []
    for found in cue.finditer(sentence):
        stop = end.search(sentence, found.end())
        spans.append((found.start(), stop.start() if stop else len(sentence)))
    return spans


def set_aside_corrected(sentence: str, item: SentenceDates, language: str) -> None:
    """Drop the dates of what an earlier version wrongly said: the corrected fact keeps its own."""
    spans = wrong_spans(sentence, language)
    if spans:
        item.mentions = [m for m in item.mentions if not any(a <= m.start < b for a, b in spans)]
