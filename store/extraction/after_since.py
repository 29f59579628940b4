"""An act told as the first "since" something: it came after that date, on the story's day.

"Gossi est la première des trois bases à être rendue depuis l'annonce du retrait en février": February is
when the state began ("since the announcement"), not the day the base was handed back; the report tells that
act on its own day, told a sentence or a paragraph before. So a sentence whose only dates start a state
(``store.dates.since_background``), which counts its act among those since ("the first", "la troisième":
``COUNTED_SINCE`` in ``store/languages/<code>/dates.py``) and which, read without its "since" phrase, still
tells an act (not a state: "the camp had been held since 2013", "Depuis juin, les patrouilles sont
suspendues") gives its events the story's day, of that act's type, when that day is later than every
"since" date. Marked inferred: the sentence itself names no day.
"""

from __future__ import annotations

import re
from functools import cache

from store.about.event_types import classify_event
from store.about.headline import event_title
from store.dates.resolve import ResolvedDate
from store.dates.since_background import starts_a_state, state_phrase_start
from store.dates.vocabulary import language_attr
from store.model import Event

VAGUE = {"other", "statement"}
"""Types that tell no act: a sentence read without its "since" phrase that tells only these is a state."""


@cache
def _counted(language: str) -> re.Pattern[str] | None:
    words = language_attr(language, "COUNTED_SINCE", None)
    return re.compile(words, re.IGNORECASE) if words else None


def only_since_dates(sentence: str, resolved: list[ResolvedDate], language: str) -> list[ResolvedDate]:
    """The sentence's past dates when every one of them starts a state (none otherwise)."""
    dated = [r for r in resolved if not r.future]
    if not dated or not all(starts_a_state(sentence, r.mention, language) for r in dated):
        return []
    return dated


def date_after_since(
    events: list[Event],
    sentence: str,
    resolved: list[ResolvedDate],
    story_day: ResolvedDate | None,
    language: str,
) -> None:
    """Give ``events`` dated by a "since" alone the story's day, when it comes after that "since"."""
    since = only_since_dates(sentence, resolved, language)
    if not since or story_day is None or story_day.value.day is None:
        return
    day = story_day.value
    if any(day.iso() <= r.iso for r in since):
        return  # the story's day is no later than what it came after: not its act
    texts = {r.mention.text for r in since}
    opens = min(state_phrase_start(sentence, r.mention, language) for r in since)
    counted = _counted(language)
    if counted is None or not counted.search(sentence[:opens]):
        return  # "Depuis début juin, les patrouilles sont suspendues": the state began then, no act after
    act = sentence
    for r in since:  # "à être rendue depuis l'annonce du retrait en février": the act, without its "since"
        start = state_phrase_start(sentence, r.mention, language)
        act = act[:start] + " " * (r.mention.end - start) + act[r.mention.end :]
    act_type = classify_event(act, language)
    if act_type in VAGUE:
        return  # "le camp était tenu depuis leur arrivée en 2013": a state, told with no act of the day
    for e in events:
        if e.date is None or e.date_text not in texts or e.target_date:
            continue
        e.date, e.date_precision, e.date_inferred = day.iso(), "day", True
        e.date_reason = (
            f"{e.date_text!r} is what its act came after (a state's start); no day of its own: "
            f"the story's day {day.iso()} (inferred)"
        )
        e.date_text, e.date_mod = None, None
        e.type = act_type  # what the sentence tells, not the "since" phrase ("l'annonce du retrait")
        e.title = event_title(act, language, act_type, e.countries, e.figures, e.places, None)
