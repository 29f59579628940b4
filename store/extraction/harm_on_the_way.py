"""Harm told right after a dated act, with no date of its own, is of that act's day: the toll of an attack
told over two sentences ("Ten soldiers were killed in the attack on Sunday. / Some 25 others were
wounded."), and the attack on the troops as they left ("The peacekeepers left the camp on Sunday. / The
convoy came under fire on the road, and three were wounded.").

News tells one incident over a few sentences, as ``store.dates.continuation.same_day`` reads for the stages
of a withdrawal. Here the sentence before dates an attack or a toll (or a withdrawal's stage, when this
sentence names the movement: a convoy, the road, the journey: ``ON_THE_WAY`` in
``store/languages/<code>/cues.py``) to the day, by its own words (not inferred, no plan); this one tells an
attack or a toll, with no date, no background word and no future (``continues_the_day``), not as a
comment on the act ("This is one of the deadliest attacks in years"), and names no other place than the
act before; one that names no country is of the act's (and of the country of its towns).
"""

from __future__ import annotations

import re
from functools import cache

from store.about.places import place_country
from store.dates.continuation import DAY_ACTS, continues_the_day
from store.dates.tense_cues import cues_language
from store.languages import table
from store.model import Event

HARM = frozenset({"attack", "casualties"})


@cache
def _on_the_way(language: str) -> re.Pattern[str]:
    words = table(cues_language(language), "movements", "ON_THE_WAY", ()) or ()
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)  # type: ignore[union-attr]
    return re.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)" if body else r"(?!)")


@cache
def _comment(language: str) -> re.Pattern[str]:
    """ "This is one of the deadliest attacks in years", "Đây là ...": a sentence opening by pointing at the
    act told before (``GOES_ON``) says what it was, it tells no harm of its own."""
    words = table(cues_language(language), "dates", "GOES_ON", ()) or ()
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)  # type: ignore[union-attr]
    return re.compile(rf"^\W*(?:{body})" if body else r"(?!)")


def _dated(event: Event) -> bool:
    return event.date_precision == "day" and not event.date_inferred and not event.target_date


def harm_that_day(events: list[Event], previous: list[Event], sentence: str, language: str) -> None:
    """Date the undated attacks and tolls of ``events`` (this sentence's, which gives no date) by the act of
    a day the sentence right before told (``previous``)."""
    undated = [e for e in events if e.date is None and e.type in HARM]
    if not undated or not continues_the_day(sentence, language) or _comment(language).search(sentence):
        return
    acts = [e for e in previous if _dated(e) and e.type in HARM]
    if not acts and _on_the_way(language).search(sentence):
        acts = [e for e in previous if _dated(e) and e.type in DAY_ACTS]
    if not acts:
        return
    last = acts[-1]
    for e in undated:
        if set(e.places) - set(last.places):
            continue  # "Gunmen also attacked a patrol near Gao": another place, another incident
        e.date, e.date_precision, e.date_inferred = last.date, "day", True
        if not e.countries:  # "The convoy came under fire": in the country the act before was in
            e.countries = sorted(set(last.countries) | {c for p in last.places if (c := place_country(p))})
        e.date_reason = (
            f"no date of its own: harm told right after an act of {last.date} "
            "(inferred: news tells one incident over a few sentences)"
        )
