"""Another act told as of the same occasion as the one before it: "Der Bundestag hat am Freitag das Mandat
... verlängert. / In einer zweiten Abstimmung beendeten die Abgeordneten die deutsche Beteiligung an EUTM",
"Spain's lower house on Thursday approved ending ... / Deputies separately renewed for another year ...".

A second vote, another statement, a decision taken separately: the sentence names no day because the one
before gave it. It is an act of its own (its own type, never the first act's), of that day: inferred, as
``same_day`` dates an undated act of the paragraph. Only when the sentence before dates an act to the day
(no plan, not inferred) and nothing moves this one off that day (a background word, a future). Cues per
language (``SAME_OCCASION`` in store/languages/<code>/cues.py).
"""

from __future__ import annotations

import re
from functools import cache

from store.about.countries import event_countries
from store.about.event_types import classify_event
from store.dates.continuation import continues_the_day
from store.dates.tense_cues import cues_language
from store.extraction.sentence_event import sentence_event
from store.languages import table
from store.model import Event


@cache
def _same_occasion(language: str) -> re.Pattern[str] | None:
    rx = table(language, "discourse", "SAME_OCCASION", None) or table(
        cues_language(language), "discourse", "SAME_OCCASION"
    )
    return re.compile(str(rx), re.IGNORECASE) if rx else None


def occasion_act(previous: list[Event]) -> Event | None:
    """The act the sentence before dates to the day (the last), if any."""
    dated = [e for e in previous if e.date and e.date_precision == "day" and not e.date_inferred]
    dated = [e for e in dated if not e.target_date]
    return dated[-1] if dated else None


def another_act_that_day(
    events: list[Event],
    doc_name: str,
    sentence: str,
    span: tuple[int, int],
    occurrence: int,
    before: Event,
    language: str,
) -> list[Event]:
    """``events`` of ``sentence`` (which has no date of its own) dated to the day of ``before`` when the
    sentence tells another act of that occasion; an undated sentence of no strong type gets its one event."""
    pattern = _same_occasion(language)
    if pattern is None or not pattern.search(sentence) or not continues_the_day(sentence, language):
        return events
    if any(e.date for e in events):
        return events
    if not events:
        countries = event_countries(sentence, language) or list(before.countries)
        kind = classify_event(sentence, language)
        events = [sentence_event(doc_name, sentence, occurrence, span, language, kind, countries)]
    for e in events:
        e.date, e.date_precision, e.date_inferred = before.date, "day", True
        e.date_reason = (
            f"no date of its own: another act of the occasion told right before, on {before.date} "
            "(inferred: a second vote or statement of the same sitting)"
        )
    return events
