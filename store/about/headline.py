"""An event's English headline from its sentence: who acts, what, where, how many.

``titles.make_title`` assembles the parts; this module finds them in the
sentence (``actors``: the subject of the event's verb; the places of its
clause; an English gist for an event of no known type).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from store.about.actors import clause_actor, clause_places
from store.about.countries import country_name, find_countries
from store.about.titles import english_gist, make_title, primary_actor


def event_title(
    sentence: str,
    language: str,
    event_type: str,
    countries: list[str],
    figures: list[dict[str, Any]],
    places: list[str],
    target: str | None,
) -> str:
    """ "Egypt: withdrawal completed, 460 troops": who acts (the subject of the event's verb), what,
    where (in that clause), how many; ingest and corrections both title events with it."""
    gist = english_gist(sentence) if event_type == "other" and language == "en" else None
    if gist is not None:
        actor = clause_actor(sentence, language, countries, event_type, gist.verb, subject_only=True)
        if actor is None and gist.subject:
            actor = gist.subject[:1].upper() + gist.subject[1:]
    else:
        actor = _actor(sentence, language, countries, event_type)
    where = clause_places(sentence, language, event_type, places)
    return make_title(
        event_type, countries, figures, where, target, actor=actor, gist=gist.words if gist else None
    )


def _actor(sentence: str, language: str, countries: list[str], event_type: str) -> str | None:
    """Who leads the title; a coup belongs to the country it happens in, not to its critics."""
    return _actor_of(sentence, language, tuple(countries), event_type)


@lru_cache(maxsize=1 << 12)  # titling a store again (a rule changed, a correction) asks the same sentences
def _actor_of(sentence: str, language: str, countries: tuple[str, ...], event_type: str) -> str | None:
    if not countries:
        return None
    if event_type == "coup":  # named outright ("Le Niger"), not by a demonym ("troupes françaises")
        named = [
            m.code for m in find_countries(sentence, language) if m.via != "demonym" and m.code in countries
        ]
        return country_name(named[0] if named else countries[0])
    return clause_actor(sentence, language, countries, event_type) or primary_actor(
        sentence, language, countries
    )
