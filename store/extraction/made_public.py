"""The day an act was made public is not the day it was done.

"The junta has suspended its cooperation with Paris, the state broadcaster reported on Thursday." / "..., a
rapporté jeudi la radio nationale" / "..., berichtete der Staatsrundfunk am Donnerstag" / "..., informó el
jueves la radio" / "..., đài phát thanh đưa tin hôm thứ Năm": the day sits in the attribution after the
act, so it dates the report of the act. Beside a day the act's own words give ("suspended ... on Tuesday,
the broadcaster reported on Thursday") it is no second day of that act; alone, it dates the act for want
of better, and the reason says so (the act was done on that day or before it). The verbs of making known
are ``MADE_PUBLIC`` of each language's ``dates.py``, beside its verbs of saying.
"""

from __future__ import annotations

import re
from functools import cache

from store.dates.date_mention import DateMention
from store.dates.lexicon import alternation
from store.dates.resolve import ResolvedDate
from store.dates.tense import _clause, saying_pattern
from store.dates.vocabulary import language_attr

__all__ = ["made_public_on", "report_days_aside"]

_TELLS_NOTHING = frozenset({"other", "statement"})
NOTE = "the day the act was made public (an attribution's day): it was done on that day or before"


@cache
def _made_public(language: str) -> re.Pattern[str] | None:
    words = language_attr(language, "MADE_PUBLIC", ()) or ()
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(words)})(?!\w)") if words else None


def made_public_on(sentence: str, mention: DateMention, language: str) -> bool:
    """Whether ``mention`` sits in an attribution after the act (a clause of its own, not the sentence's
    first, with a verb of saying or of making known): it dates the report of the act."""
    lo, hi = _clause(sentence, mention.start, mention.end)
    if lo == 0 or not sentence[:lo].rstrip().endswith(","):
        return False
    public = _made_public(language)
    clause = sentence[lo:hi]
    return saying_pattern(language).search(clause) is not None or (
        public is not None and public.search(clause) is not None
    )


def report_days_aside(
    plans: list[tuple[ResolvedDate | None, str]], sentence: str, language: str
) -> list[tuple[ResolvedDate | None, str]]:
    """``plans`` without those dated by the report of the act when another plan tells the same kind of act
    on a day of its own words (a report typed otherwise, a statement, stays: it is the saying's day)."""
    public = [p for p in plans if p[0] is not None and made_public_on(sentence, p[0].mention, language)]
    own = {p[1] for p in plans if p not in public and p[1] not in _TELLS_NOTHING}
    return [p for p in plans if p not in public or p[1] not in own]
