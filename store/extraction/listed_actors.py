"""A list of actors each given its own day: "three allies announced their exit: Britain on the 14th,
Côte d'Ivoire on the 15th and Germany on the 22nd", "Londres le 14, Abidjan le 15 et Berlin le 22".

The sentence yields one event per day (``store.extraction.events``), each of the whole sentence's
countries; but each day is the act of the country named right before it in the list, and only that one.
An item is the text from the previous day (or the colon or the start of the sentence) to its own day;
it must be short (a name and a preposition: at most ``_ITEM_WORDS`` words) and name exactly one
country, for every item, or nothing changes.
"""

from __future__ import annotations

import re

from store.about.countries import event_countries
from store.dates.resolve import ResolvedDate
from store.model import Event

_ITEM_WORDS = 4
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def each_day_its_actor(
    events: list[Event], whens: list[ResolvedDate | None], sentence: str, language: str
) -> None:
    """Give each of ``events`` (dated by ``whens``, in the sentence's order) the one country its list item
    names, when ``sentence`` lists one actor per day."""
    if len(events) < 2 or len(whens) != len(events) or any(w is None for w in whens):
        return
    spans = sorted((w.mention.start, w.mention.end, k) for k, w in enumerate(whens) if w is not None)
    opened = sentence.rfind(":", 0, spans[0][0])
    start = opened + 1 if opened >= 0 else 0
    owners: dict[int, list[str]] = {}
    for begin, end, k in spans:
        item = sentence[start:begin]
        countries = event_countries(item, language)
        if len(countries) != 1 or len(_WORDS.findall(item)) > _ITEM_WORDS:
            return
        owners[k] = countries
        start = end
    for k, event in enumerate(events):
        if owners[k][0] in event.countries:
            event.countries = list(owners[k])
