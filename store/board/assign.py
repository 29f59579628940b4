"""Which force, in which host country, an event is about: the board's rows and the ``force`` filter.

A force is a foreign country's contingent ("EG") or a multinational force
("minusma", "takuba"); its host is where it is deployed. Both come from the
event: its countries (as corrected), how the sentence names each of them (a
demonym or a capital is the actor: "French troops", "Paris"; a country after
"from", "out of", "khỏi", "du", "quitté le" is the host) and the named forces of
``store.board.forces``. When the sentence names no host, the corpus's own most
reported country is the host (``corpus_host``), never a fixed one: a corpus
about Chad puts France in Chad.

A key is ``ACTOR@HOST`` ("FR@ML", "minusma@ML"): the same string names a board
row, a ``store.query.EventFilter.force`` and a command-line ``--force``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from store.about.countries import find_countries
from store.board.forces import Force, force_by_id, forces_named, un_force_for, un_named

__all__ = ["BOARD_TYPES", "corpus_host", "event_forces", "split_key"]

BOARD_TYPES = frozenset(
    {
        "withdrawal_announced",
        "withdrawal_started",
        "withdrawal_completed",
        "deployment",
        "mission_ended",
        "handover",
    }
)
"""The types that say where a force is and when it goes; attacks and statements make no row."""

# Words right before a country that make it the place a force is in or leaves.
_HOST_CUES = re.compile(
    r"(?:\bfrom|\bin|\bout\s+of|\bleaves?|\bleft|\bleaving|\bquit(?:s|ting)?|\bexit(?:ed|s)?|\binside"
    r"|\bdu|\bau|\ben|\bhors\s+du|\bquitt\w*|\bdepuis\s+le|\bdans\s+le"
    r"|khỏi|\btại|\bở|\brời|\bsang)"
    r"\s+(?:the\s+|le\s+|la\s+|l'|les\s+)?$",
    re.IGNORECASE,
)
_ACTOR_VIAS = frozenset({"demonym", "capital", "mission"})


def corpus_host(events: Iterable[dict[str, Any]]) -> str | None:
    """The country most events name (Mali in a corpus about Mali, Chad in one about Chad)."""
    counts: Counter[str] = Counter()
    for event in events:
        counts.update(set(event.get("countries") or ()))
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], c))


def split_key(key: str) -> tuple[str, str]:
    """``"FR@ML"`` -> ``("FR", "ML")``."""
    actor, _, host = key.partition("@")
    return actor, host


@lru_cache(maxsize=8192)
def _mentions(sentence: str, language: str) -> tuple[tuple[str, str, bool], ...]:
    """(code, how it is named, host cue before it) for each country the sentence names."""
    found = []
    for m in find_countries(sentence, language):
        cue = bool(_HOST_CUES.search(sentence[max(0, m.start - 24) : m.start]))
        found.append((m.code, m.via, cue))
    return tuple(found)


def _host_of(
    countries: list[str], mentions: tuple[tuple[str, str, bool], ...], default: str | None
) -> str | None:
    scores: dict[str, float] = {}
    for position, code in enumerate(countries):
        scores[code] = 0.01 * position
    for code, via, cue in mentions:
        if code not in scores:
            continue
        if cue:
            scores[code] += 4
        if via in _ACTOR_VIAS:
            scores[code] -= 2
    if default in scores:
        scores[default] += 1  # type: ignore[index]
    if len(countries) == 1:
        only = countries[0]
        named_as_actor = any(code == only and via in _ACTOR_VIAS for code, via, _ in mentions)
        if only == default or (default is None and not named_as_actor):
            return only
        return default if default is not None else None
    if not scores:
        return default
    return max(scores, key=lambda c: scores[c])


def event_forces(event: dict[str, Any], default_host: str | None) -> tuple[str, ...]:
    """The board keys (``ACTOR@HOST``) of ``event``; empty for events of other types or with no force.

    Each foreign country the event names is a force (a national operation it
    names, like Barkhane, joins its country); with no foreign country, the
    multinational forces it names, else the host's UN mission when it speaks of
    the UN or peacekeepers.
    """
    if event.get("type") not in BOARD_TYPES:
        return ()
    sentence = event.get("sentence") or ""
    countries = list(dict.fromkeys(event.get("countries") or ()))
    mentions = _mentions(sentence, event.get("language") or "und")
    named = forces_named(sentence)
    host = _host_of(countries, mentions, default_host)
    if host is None:
        return ()
    actors = [c for c in countries if c != host]
    if not actors:
        actors = [f.country or f.id for f in named if f.country != host]
    if not actors and un_named(sentence):
        actors = [un_force_for(host).id]
    return tuple(f"{actor}@{host}" for actor in dict.fromkeys(actors))


def named_operations(event: dict[str, Any], actor: str) -> list[Force]:
    """The national operations of ``actor`` the event names ("Barkhane" for "FR")."""
    return [f for f in forces_named(event.get("sentence") or "") if f.country == actor]


def actor_force(actor: str) -> Force | None:
    """The lexicon's entry for a multinational actor id ("minusma"); None for a country code."""
    return None if actor.isupper() else force_by_id(actor)
