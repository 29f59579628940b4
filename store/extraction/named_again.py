"""An act told again by naming its site or itself, with no country of its own: "The last convoy left the
Timbuktu camp on Friday. / Die Übergabe verlief ohne Zwischenfälle." ("The handover went smoothly").

The second sentence names no country (the sentence before did), so the rule that keeps an undated act
only when it names a country or a figure drops it. Opening by naming again the site or the act of the
sentence before (``NAMED_AGAIN`` in store/languages/<code>/dates.py) says whose act it is: that act's
countries. ``same_day`` (store/dates/continuation.py) then dates it and gives it the site's places.
"""

from __future__ import annotations

from store.about.event_types import classify_event
from store.dates.continuation import DAY_ACTS, named_again
from store.extraction.sentence_event import sentence_event
from store.model import Event

__all__ = ["act_named_again"]


def act_named_again(
    events: list[Event],
    previous: list[Event],
    doc_name: str,
    sentence: str,
    span: tuple[int, int],
    occurrence: int,
    language: str,
) -> list[Event]:
    """``events``, or the one act ``sentence`` tells of the site or act of ``previous`` it names again."""
    if events or not named_again(sentence, language):
        return events
    acts = [e for e in previous if e.type in DAY_ACTS and e.date_precision == "day" and not e.date_inferred]
    kind = classify_event(sentence, language)
    if not acts or kind not in DAY_ACTS:
        return events
    return [sentence_event(doc_name, sentence, occurrence, span, language, kind, list(acts[-1].countries))]
