"""A vote's count told after the vote goes on telling that vote: "Russia on Wednesday vetoed the draft. /
Thirteen of the fifteen members voted in favour of the text, and China abstained."

The count names no day (the sentence before gave it) and often no body or country of the vote ("the text",
"Dự thảo ... nhận được 13 phiếu thuận"); the countries it names are how members voted, not who acted. It
reports no occurrence of its own: as ``told_on`` does for "The announcement was read out ...", the vote's
event is told to the end of it (the analyst reads the count with the vote; no second event repeats the
vote). Only for a sentence with no date nor event of its own whose words count votes (``VOTE_TALLY`` in
store/languages/<code>/cues.py), right after a sentence that dates a vote itself (not inferred), and when
nothing (a background word, a future) moves it off that day.
"""

from __future__ import annotations

import re
from functools import cache

from store.about.vote_types import VOTE
from store.dates.continuation import continues_the_day
from store.dates.tense_cues import cues_language
from store.languages import table
from store.model import Event

__all__ = ["tally_told_on"]


@cache
def _tally(language: str) -> re.Pattern[str] | None:
    rx = table(language, "votes", "VOTE_TALLY", None) or table(cues_language(language), "votes", "VOTE_TALLY")
    return re.compile(str(rx), re.IGNORECASE) if rx else None


def tally_told_on(previous: list[Event], text: str, end: int, sentence: str, language: str) -> bool:
    """Tell the last vote of ``previous`` (the events of the sentence right before; a deadline beside it
    or not) to ``end`` when ``sentence`` counts its ballots; whether it did."""
    pattern = _tally(language)
    counted = pattern.search(sentence) if pattern is not None else None
    if counted is None:
        return False
    rest = sentence[: counted.start()] + " " * len(counted[0]) + sentence[counted.end() :]
    if not continues_the_day(rest, language):  # the count's own words ("stimmten für") tell no plan
        return False
    votes = [e for e in previous if e.type == VOTE and e.date and not e.date_inferred]
    if not votes:
        return False
    vote = votes[-1]
    vote.end, vote.sentence = end, text[vote.start : end]
    return True
