"""A vote's count told after the vote is that vote: "Russia on Wednesday vetoed the draft. / Thirteen of the
fifteen members voted in favour of the text, and China abstained."

The count names no day (the sentence before gave it) and often no body or country of the vote ("the text",
"Dự thảo ... nhận được 13 phiếu thuận"); the countries it names are how members voted, not who acted.
So the sentence reports the vote told right before it (in its paragraph or the next): its type, day,
countries and places, marked inferred like any act dated by its neighbour. Only a sentence with no date
of its own whose words count votes (``VOTE_TALLY`` in store/languages/<code>/cues.py), right after a
sentence that dates a vote itself (never after another count: "a rival draft won only one vote" is
another vote), and nothing (a background word, a future) moves it off that day.
"""

from __future__ import annotations

import re
from functools import cache

from store.about.vote_types import VOTE
from store.dates.continuation import continues_the_day
from store.dates.tense_cues import cues_language
from store.extraction.sentence_event import sentence_event
from store.languages import table
from store.model import Event

__all__ = ["counted_vote", "tally_of"]


@cache
def _tally(language: str) -> re.Pattern[str] | None:
    rx = table(language, "cues", "VOTE_TALLY", None) or table(cues_language(language), "cues", "VOTE_TALLY")
    return re.compile(str(rx), re.IGNORECASE) if rx else None


def counted_vote(previous: list[Event]) -> Event | None:
    """The vote the sentence before dates (the last, not inferred, a deadline beside it or not), if any."""
    votes = [e for e in previous if e.type == VOTE and e.date and not e.date_inferred]
    return votes[-1] if votes else None


def tally_of(
    events: list[Event],
    doc_name: str,
    sentence: str,
    span: tuple[int, int],
    occurrence: int,
    vote: Event,
    language: str,
) -> list[Event]:
    """``events`` of ``sentence`` (which has no date of its own), or its one event as part of ``vote`` when
    it counts that vote's ballots."""
    pattern = _tally(language)
    counted = pattern.search(sentence) if pattern is not None else None
    if counted is None:
        return events
    rest = sentence[: counted.start()] + " " * len(counted[0]) + sentence[counted.end() :]
    if not continues_the_day(rest, language):  # the count's own words ("stimmten für") tell no plan
        return events
    if any(e.date or e.target_date for e in events):
        return events
    event = sentence_event(doc_name, sentence, occurrence, span, language, VOTE, list(vote.countries))
    event.places, event.figures = list(vote.places), []  # the ballots counted are no force's size
    event.title = vote.title
    event.date, event.date_precision, event.date_inferred = vote.date, vote.date_precision, True
    event.date_reason = (
        f"no date of its own: the count of the vote told right before, on {vote.date} "
        "(inferred: a vote's tally is told after the vote)"
    )
    return [event]
