"""A plan's own day that is a deadline is its target, not the day of an act.

"Today is the deadline agreed for the end of the withdrawal" / "C'est aujourd'hui la date butoir fixée
pour la fin du retrait" / "Hoy vence el plazo para el fin de la retirada" / "Heute läuft die Frist für das
Ende des Abzugs ab" / "Hôm nay là hạn chót để hoàn tất việc rút quân": the sentence is a plan (typed so by
``about.withdrawals``: a deadline named before its completion word), and the day its words give is the
deadline's, told as close to the deadline noun as a subject or a copula puts it. It is the plan's target;
the plan is dated by its report like any plan whose sentence gives only what is planned, so it no longer
reads as an act of that day. The deadline nouns are each language's ``DEADLINE_NOUNS`` (``cues.py``).
"""

from __future__ import annotations

import re

from store.dates.resolve import ResolvedDate
from store.languages import table

__all__ = ["deadline_days"]

_PLANS = frozenset({"withdrawal_announced"})
_NEAR = 30  # "Today is the", "C'est aujourd'hui la", "Hoy vence el", "Heute läuft die", "Hôm nay là"


def _deadline_day(sentence: str, when: ResolvedDate, language: str) -> bool:
    """Whether a deadline noun stands within a few words of ``when``'s day, in its clause."""
    nouns = table(language, "movements", "DEADLINE_NOUNS") if language else None
    if not nouns:
        return False
    start, end = when.mention.start, when.mention.end
    after = sentence[end : end + _NEAR]
    before = sentence[max(0, start - _NEAR) : start]
    hit = re.search(str(nouns), after, re.IGNORECASE)
    if hit and not re.search(r"[.;:,!?]", after[: hit.start()]):
        return True
    hits = list(re.finditer(str(nouns), before, re.IGNORECASE))
    return bool(hits) and not re.search(r"[.;:,!?]", before[hits[-1].end() :])


def deadline_days(
    dated: list[ResolvedDate], targets: list[ResolvedDate], sentence_type: str, sentence: str, language: str
) -> tuple[list[ResolvedDate], list[ResolvedDate]]:
    """``dated`` split into the days that date the plan's telling and those that are its deadline (a
    plan's only, and only when every day of the sentence is one: an act's day of its own keeps it). A
    deadline given a date ahead ("approved on Friday, gives a deadline until December 31") is that date:
    the day beside it is the decision's."""
    if sentence_type not in _PLANS or not dated or targets:
        return dated, []
    deadlines = [r for r in dated if _deadline_day(sentence, r, language)]
    if len(deadlines) != len(dated):
        return dated, []
    return [], deadlines
