"""A sentence that tells how the act told just before it was delivered, pointing at it: "Mali's junta said
late Monday it was ending its defence accords with France. / The announcement was read out on state
television by government spokesman Colonel Abdoulaye Maiga."

It tells no act of its own (no date, no event): it goes on telling the one before, so that act's event is
told to the end of it (the analyst sees who read it and where; no second event repeats the act). Only when
the sentence before dates an act to the day and this one opens with a pronoun or noun pointing at it and a
verb of delivering it (``ACT_DELIVERED`` in store/languages/<code>/cues.py).
"""

from __future__ import annotations

import re
from functools import cache

from store.languages import table
from store.model import Event


@cache
def _delivered(language: str) -> re.Pattern[str] | None:
    rx = table(language, "discourse", "ACT_DELIVERED", None)
    return re.compile(str(rx), re.IGNORECASE) if rx else None


def told_on(previous: list[Event], text: str, end: int, sentence: str, language: str) -> bool:
    """Tell the one dated act of ``previous`` (the events of the sentence right before) to ``end`` when
    ``sentence`` (no date, no event of its own) tells how that act was delivered; whether it did."""
    pattern = _delivered(language)
    if pattern is None or not pattern.search(sentence):
        return False
    if len(previous) != 1:
        return False  # two acts (or dates) before: which one was delivered is not said
    act = previous[0]
    if not act.date or act.date_precision != "day" or act.date_inferred or act.target_date:
        return False
    act.end, act.sentence = end, text[act.start : end]
    return True
