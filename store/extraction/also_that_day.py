"""An act of the same kind told with "also" after the story's act, with no date of its own: "West African
leaders on Saturday lifted most of the sanctions on Niger. ... / The leaders also lifted financial and
economic sanctions on Guinea." ("L'organisation a également allégé les sanctions visant la Guinée", "En la
misma cumbre se levantaron las sanciones contra Guinea").

Such a sentence tells another act (its own countries, its own occurrence) decided at the sitting the
story told: of the story act's day, inferred. Its own words type it as one of the decisions a body takes
together (sanctions, suspensions, expulsions, bans, ties cut); the story's act is the earliest of that
type dated to the day by its own words in the sentences just before (``act_pointed_back`` reads them
alike). Only with a word saying "also" or "at the same summit" (``ALSO`` in
store/languages/<code>/pointing.py), a country of its own, and nothing moving it off that day (a
background word, a future).
"""

from __future__ import annotations

import re
from functools import cache

from store.about.countries import event_countries
from store.about.event_types import classify_event
from store.dates.continuation import continues_the_day
from store.extraction.act_pointed_back import told_of_its_day
from store.extraction.sentence_event import sentence_event
from store.languages import table
from store.model import Event

__all__ = ["also_that_day"]

# Decisions a body takes several of at one sitting, each on its own country or person.
_SITTING_ACTS = frozenset(
    {
        "sanctions",
        "sanctions_lifted",
        "suspension",
        "media_ban",
        "expulsion",
        "ties_cut",
        "activity_ban",
        "accord_ended",
    }
)


@cache
def _also(language: str) -> re.Pattern[str] | None:
    rx = table((language or "").split("-")[0].lower(), "pointing", "ALSO", None)
    return re.compile(str(rx), re.IGNORECASE) if rx else None


def also_that_day(
    told: list[Event],
    since: int,
    doc_name: str,
    sentence: str,
    span: tuple[int, int],
    occurrence: int,
    language: str,
) -> list[Event]:
    """The one event ``sentence`` (no date, no event of its own) tells as another act of the kind of an act
    of ``told`` (the report's events so far, from offset ``since`` on), of that act's day; none else."""
    also = _also(language)
    if also is None or not also.search(sentence):
        return []
    kind = classify_event(sentence, language)
    countries = event_countries(sentence, language)
    if kind not in _SITTING_ACTS or not countries or not continues_the_day(sentence, language):
        return []
    acts = [e for e in told if e.start >= since and e.type == kind and told_of_its_day(e, language)]
    if not acts:
        return []
    act = min(acts, key=lambda e: e.start)
    event = sentence_event(doc_name, sentence, occurrence, span, language, kind, countries)
    event.date, event.date_precision, event.date_inferred = act.date, "day", True
    event.date_reason = (
        f"no date of its own: another act of the kind its report told of {act.date} "
        f"({act.sentence[:60].strip()!r}), told as taken with it"
    )
    return [event]
