"""Which force, in which host country, an event is about: the board's rows and the ``force`` filter.

A force is a foreign country's contingent ("EG") or a multinational force
("minusma", "takuba"); its host is where it is deployed. Both come from the
event: its countries (as corrected), how the sentence names each of them (a
demonym or a capital is the actor: "French troops", "Paris"; a country after
"from", "out of", "khỏi", "du", "quitté le" is the host) and the named forces of
``store.board.forces``. When the sentence names no host, the corpus's own most
reported country is the host (``corpus_hosts``), never a fixed one: a corpus
about Chad puts France in Chad.

A key is ``ACTOR@HOST`` ("FR@ML", "minusma@ML"): the same string names a board
row, a ``store.query.EventFilter.force`` and a command-line ``--force``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from store.about.countries import find_countries
from store.board.forces import Force, force_by_id, force_called, forces_named, un_force_for, un_named

__all__ = ["BOARD_TYPES", "Hosts", "corpus_host", "corpus_hosts", "event_forces", "split_key"]

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
_ACTOR_VIAS = frozenset({"demonym", "capital"})
# "Egypt and Germany", "la Suède et le Danemark", "Đức và Anh": countries acting together.
_JOINED = re.compile(
    r"^(?:\s*,\s*|\s+(?:and|et|và|as\s+well\s+as|ainsi\s+que)\s+)(?:the\s+|le\s+|la\s+|l')?$", re.I
)

# code, role ("actor", "host", ""), host cue before it, start, end
Mention = tuple[str, str, bool, int, int]


@dataclass(frozen=True, slots=True)
class Hosts:
    """Where forces are, corpus-wide: the most reported country, and every country a report says a
    force is in or leaves ("left Niger"), so that "Niger's junta ordered French troops out" is France in
    Niger while "the UK will withdraw, citing Russian mercenaries" stays the UK in the corpus's host."""

    default: str | None
    known: frozenset[str] = frozenset()


def corpus_hosts(events: Iterable[dict[str, Any]]) -> Hosts:
    """The corpus's host and every country a withdrawal or deployment is said to be in."""
    counts: Counter[str] = Counter()
    cued: Counter[str] = Counter()
    acting: Counter[str] = Counter()
    for event in events:
        countries = set(event.get("countries") or ())
        counts.update(countries)
        if event.get("type") in BOARD_TYPES:
            mentions = _mentions(event.get("sentence") or "", event.get("language") or "und")
            cued.update({c for c, role, cue, _, _ in mentions if cue and role != "actor" and c in countries})
            acting.update({c for c, role, _, _, _ in mentions if role == "actor" and c in countries})
    if not counts:
        return Hosts(None)
    # The most reported country, less the reports that name it as a force ("French troops"), plus those
    # that say a force is in it or leaves it.
    default = min(counts, key=lambda c: (-(counts[c] - acting[c] + cued[c]), c))
    return Hosts(default, frozenset(cued))


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


def _role(code: str, via: str, text: str) -> str:
    """ "actor" for "French", "Paris", "Barkhane"; "host" for "MINUSMA" (Mali's mission); else ""."""
    if via in _ACTOR_VIAS:
        return "actor"
    if via == "mission":
        force = force_called(text)
        if force is not None and force.country is None and code in force.hosts:
            return "host"
        return "actor"
    return ""


@lru_cache(maxsize=8192)
def _mentions(sentence: str, language: str) -> tuple[Mention, ...]:
    """Each country the sentence names, with the role its wording gives it."""
    found = []
    for m in find_countries(sentence, language):
        cue = bool(_HOST_CUES.search(sentence[max(0, m.start - 24) : m.start]))
        found.append((m.code, _role(m.code, m.via, m.text), cue, m.start, m.end))
    return tuple(found)


def _host_of(countries: list[str], mentions: tuple[Mention, ...], hosts: Hosts) -> str | None:
    """The country after "from", "in", "khỏi"...; else the corpus's host when named, else a country other
    reports name as a host, else the corpus's host; else the one not named as an actor."""
    default = hosts.default
    cued = [code for code, role, cue, _, _ in mentions if cue and code in countries and role != "actor"]
    if cued:
        return default if default in cued else cued[-1]
    actors = {code for code, role, _, _, _ in mentions if role == "actor"}
    if default in countries and default not in actors:
        return default
    known = [c for c in countries if c in hosts.known and c not in actors]
    if known:
        return known[0]
    if default is not None:
        return default
    hosts = [code for code, role, _, _, _ in mentions if role == "host" and code in countries]
    if hosts:
        return hosts[0]
    others = [c for c in countries if c not in actors]
    return others[-1] if others else None


def _actors(countries: list[str], mentions: tuple[Mention, ...], host: str, sentence: str) -> list[str]:
    """The foreign country the sentence is about (the first it names), and those named with it ("X and Y")."""
    places = {code for code, role, cue, _, _ in mentions if cue and role != "actor"}
    named = [(code, start, end) for code, _, _, start, end in mentions if code in countries and code != host]
    named = [m for m in named if m[0] not in places]
    if not named:
        return [c for c in countries if c != host and c not in places][:1]
    actors, (_, _, last_end) = [named[0][0]], named[0]
    for code, start, end in named[1:]:
        if _JOINED.match(sentence[last_end:start]):
            actors.append(code)
            last_end = end
        elif start >= last_end:
            break
    return actors


def event_forces(event: dict[str, Any], hosts: Hosts | str | None) -> tuple[str, ...]:
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
    host = _host_of(countries, mentions, hosts if isinstance(hosts, Hosts) else Hosts(hosts))
    if host is None:
        return ()
    actors = _actors(countries, mentions, host, sentence)
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
