"""An act told as what the story's news came after: "The news came a day after Mali's junta suspended all
rotations of the mission's troops", "L'annonce intervient au lendemain de la suspension ...", "Die
Nachricht kam einen Tag, nachdem die Junta ... ausgesetzt hatte".

The subject points at the act the story tells (the news, the decision, the move), so the act after "after"
happened that many days before the day the story tells: the sentence's one event is that act, of that day.
Only a count of days ("a day", "two days"): "comes days after" gives no day. Patterns and counts per
language (``CAME_AFTER``, ``CAME_AFTER_COUNTS`` in store/languages/<code>/acts.py).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from store.about.acts import ACT_TYPES
from store.about.countries import event_countries
from store.about.event_types import classify_event
from store.dates.resolve import ResolvedDate
from store.extraction.sentence_event import sentence_event
from store.languages import table
from store.model import Event


@cache
def _came_after(language: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    rx = table(language, "acts", "CAME_AFTER", None)
    counts = table(language, "acts", "CAME_AFTER_COUNTS", {}) or {}
    return (re.compile(str(rx), re.IGNORECASE) if rx else None), dict(counts)  # type: ignore[call-overload]


def _days(match: re.Match[str], counts: dict[str, int]) -> int | None:
    token = next((g for g in match.groupdict().values() if g), "").lower()
    return int(token) if token.isdigit() else counts.get(token)


def act_before_the_news(
    doc_name: str,
    sentence: str,
    start: int,
    end: int,
    occurrence: int,
    day: ResolvedDate | None,
    language: str,
) -> Event | None:
    """The act ``sentence`` tells as what the story's news came after, dated that many days before ``day``
    (the day the story tells), or None when the sentence is no such thing."""
    pattern, counts = _came_after(language)
    if pattern is None or day is None or day.value.day is None or day.inferred:
        return None
    found = pattern.search(sentence)
    days = _days(found, counts) if found else None
    if found is None or not days:
        return None
    act = sentence[found.end() :]
    kind = classify_event(act, language)
    countries = event_countries(act, language)
    if kind not in ACT_TYPES or not countries:
        return None  # no act of a government after "after" ("nachdem ... ausgesetzt hatte" is its day's)
    when = dt.date.fromisoformat(day.iso) - dt.timedelta(days=days)
    event = sentence_event(
        doc_name, sentence, occurrence, (start, end), language, kind, countries, told=act, titled=sentence
    )
    event.date, event.date_precision, event.date_text = when.isoformat(), "day", found.group(0).strip()
    event.date_reason = f"{event.date_text!r}: {days} day(s) before the day the story tells ({day.iso})"
    return event
