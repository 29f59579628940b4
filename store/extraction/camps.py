"""One event per camp: "handed over the camps of Ber and Goundam on Sunday" tells two acts of one day.

Linking keeps two camps apart (two towns, two occurrences), so one event naming both camps could join
neither camp's other reports. A sentence telling one act of a withdrawal (a handover, a departure, on
one date or none) at towns joined by "and" or a comma ("Ber et de Goundam", "Ber và Goundam") gives
one event per town, each with that town and the sentence's other places. Towns named otherwise ("Ber,
near Timbuktu", "left Ber and returned to Goundam", a route's ends) stay one event.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from itertools import pairwise

from store.about.countries import capital_place
from store.about.headline import event_title
from store.about.places import is_region, place_spans
from store.about.places_in_passing import places_in_passing
from store.languages import table
from store.model import Event, event_id

# The acts of one day at one camp: a withdrawal's start or end, a camp handed over.
CAMP_ACTS = frozenset({"withdrawal_completed", "withdrawal_started", "handover"})


@cache
def _joined(language: str) -> re.Pattern[str]:
    """What may stand between two joined towns: a comma or an "and" word, and at most one short word
    ("et de", "and the", "y la")."""
    code = (language or "").split("-")[0].lower()
    words = table(code, "text", "AND_WORDS", ()) or table("en", "text", "AND_WORDS", ())
    body = "|".join(re.escape(w) for w in words)  # type: ignore[union-attr]
    return re.compile(rf"(?i)^\s*(?:,\s*(?:(?:{body})\s+)?|(?:{body})\s+)(?:[^\W\d]{{1,4}}['’]?\s*)?$")


def joined_towns(sentence: str, language: str, places: list[str]) -> list[str]:
    """The towns of ``places`` that ``sentence`` names in one run joined by "and" or commas (two or
    more), in their order; [] when it names them otherwise."""
    towns = {p for p in places if not is_region(p) and capital_place(p) != p}
    if len(towns) < 2:
        return []
    towns = (towns - places_in_passing(sentence, language)) or towns  # as linking reads its towns
    spans = [(s, e, p) for s, e, p in place_spans(sentence, language) if p in towns]
    if len({p for _, _, p in spans}) != len(spans) or len(spans) < 2:
        return []  # a town named twice: told in more than one way
    joined = _joined(language)
    for (_, end, _), (start, _, _) in pairwise(spans):
        if not joined.match(sentence[end:start]):
            return []
    return [p for _, _, p in spans]


def one_per_camp(events: list[Event], sentence: str, language: str, doc: str, occurrence: int) -> list[Event]:
    """``events`` of one sentence, the one act told at joined towns split into one event per town (the
    first keeps its id; the others take ids of their own, stable for the same sentence)."""
    if len(events) != 1 or events[0].type not in CAMP_ACTS:
        return events
    event = events[0]
    towns = joined_towns(sentence, language, event.places)
    if not towns:
        return events
    others = [p for p in event.places if p not in towns]
    out = [dataclasses.replace(event, places=[towns[0], *others])]
    for k, town in enumerate(towns[1:], start=1):
        twin = dataclasses.replace(
            event, id=event_id(doc, sentence, occurrence, 100 + k), places=[town, *others]
        )
        twin.countries, twin.figures = list(event.countries), [dict(f) for f in event.figures]
        out.append(twin)
    for one in out:  # each titled by its own camp, as ingest titles any event ("handover in Goundam")
        one.title = event_title(
            sentence, language, one.type, one.countries, one.figures, one.places, one.target_date
        )
    return out
