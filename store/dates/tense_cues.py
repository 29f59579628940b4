"""Which language's tense cues read a sentence, and those cues compiled: shared by every rule of tense.

A language without tense cues of its own (store/languages/<code>/cues.py ``TENSE_FUTURE``) is read with the
English ones, so that every module asking "is this verb past or future?" asks it the same way.
"""

from __future__ import annotations

import re
from functools import cache

from store.languages import table


def cues_language(language: str) -> str:
    code = (language or "").split("-")[0].lower()
    return code if table(code, "cues", "TENSE_FUTURE") else "en"


@cache
def cue_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    lang = cues_language(language)
    future = re.compile(rf"(?<!\w)(?:{table(lang, 'cues', 'TENSE_FUTURE')})(?!\w)", re.IGNORECASE)
    # Not after a hyphen: "the African-led force", "French-backed troops" are adjectives, not the past.
    past = re.compile(rf"(?<![\w-])(?:{table(lang, 'cues', 'TENSE_PAST')})(?!\w)", re.IGNORECASE)
    return future, past, frozenset(table(lang, "cues", "NOT_PAST", frozenset()))  # type: ignore[arg-type]
