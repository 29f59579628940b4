"""A date that starts a state ("since the July 2023 coup") is no day the sentence tells an act on.

"The last French soldiers left Niger on Friday, ending a presence contested since the July 2023 coup.
Two weeks earlier, the army had handed over its base": "two weeks earlier" counts from Friday, not from
July 2023. The "since" may govern the date itself ("since July") or a noun phrase holding it ("depuis le
coup d'Etat de juillet 2023", "seit dem Putsch im Juli 2023", "desde el golpe de julio de 2023"); its
words are the ``since`` roles of each ``store/languages/<code>/dates.py``.
"""

from __future__ import annotations

import re
from functools import cache

from store.dates.date_mention import DateMention
from store.dates.vocabulary import language_attr

PHRASE_SPAN = 40
"""How far before the date a "since" may open the noun phrase that holds it."""


@cache
def _since(language: str) -> re.Pattern[str]:
    roles: dict[str, str] = language_attr(language, "ROLES", {}) or {}
    words = sorted((re.escape(w) for w, role in roles.items() if role == "since"), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    # the last "since" before the date, with no clause break or verb-like comma between
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(words)})(?!\w)[^,;:.()\"“”«»]*$")


def starts_a_state(sentence: str, mention: DateMention, language: str) -> bool:
    """Whether ``mention`` dates the start of a state: "since" governs it or the phrase holding it."""
    if mention.role == "since":
        return True
    before = sentence[max(0, mention.start - PHRASE_SPAN) : mention.start]
    return _since(language).search(before) is not None


def state_phrase_start(sentence: str, mention: DateMention, language: str) -> int:
    """Where the "since" phrase holding ``mention`` opens ("depuis l'annonce du retrait en février"); the
    mention's own start when no "since" word comes before it."""
    start = max(0, mention.start - PHRASE_SPAN)
    found = _since(language).search(sentence[start : mention.start])
    return start + found.start() if found is not None else mention.start
