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

from store.about.country_terms import name_pattern, names_of, normal_text
from store.board.forces import Force, force_by_id, forces_named, un_force_for, un_named

__all__ = [
    "BOARD_TYPES",
    "Hosts",
    "corpus_forces",
    "corpus_host",
    "corpus_hosts",
    "event_forces",
    "split_key",
]

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

# Words right before a country that make it the place a force is in, goes to or leaves; read on
# ``normal_text`` (folded, punctuation as spaces): "khỏi" is "khoi", "ở" is "o", "l'" is "l".
_HOST_CUES = re.compile(
    r"(?:\bfrom|\bin|\binto|\bto|\bout of|\bleaves?|\bleft|\bleaving|\bquit(?:s|ting)?|\bexit(?:ed|s)?"
    r"|\binside|\bdu|\bau|\ben|\bhors du|\bquitt\w*|\bdepuis le|\bdans le|\bvers"
    r"|\bkhoi|\btai|\bo|\broi|\bsang)"
    r" (?:the |le |la |l |les )?$"
)
# "Egypt and Germany", "la Suède et le Danemark", "Đức và Anh": countries acting together.
_JOINED = re.compile(r"^ (?:(?:and|et|va|as well as|ainsi que) )?(?:the |le |la |l )?$")

# code, role ("actor", "host", ""), host cue before it, start, end
Mention = tuple[str, str, bool, int, int]


@dataclass(frozen=True, slots=True)
class Hosts:
    """Where forces are, corpus-wide: the most reported country, and every country a report says a
    force is in or leaves ("left Niger"), so that "Niger's junta ordered French troops out" is France in
    Niger while "the UK will withdraw, citing Russian mercenaries" stays the UK in the corpus's host."""

    default: str | None
    known: frozenset[str] = frozenset()


def _event_mentions(event: dict[str, Any]) -> tuple[Mention, ...]:
    if event.get("type") not in BOARD_TYPES:
        return ()
    return _mentions(event.get("sentence") or "", tuple(dict.fromkeys(event.get("countries") or ())))


def corpus_hosts(events: Iterable[dict[str, Any]]) -> Hosts:
    """The corpus's host and every country a withdrawal or deployment is said to be in."""
    listed = list(events)
    return _hosts(listed, [_event_mentions(e) for e in listed])


def corpus_forces(events: list[dict[str, Any]]) -> tuple[Hosts, list[tuple[str, ...]]]:
    """The corpus's hosts and each event's board keys, reading each sentence once (the browser's board)."""
    mentions = [_event_mentions(e) for e in events]
    hosts = _hosts(events, mentions)
    return hosts, [event_forces(e, hosts, m) for e, m in zip(events, mentions, strict=True)]


def _hosts(events: list[dict[str, Any]], mentions: list[tuple[Mention, ...]]) -> Hosts:
    counts: Counter[str] = Counter()
    cued: Counter[str] = Counter()
    acting: Counter[str] = Counter()
    for event, found in zip(events, mentions, strict=True):
        countries = set(event.get("countries") or ())
        counts.update(countries)
        cued.update({c for c, role, cue, _, _ in found if cue and role != "actor"})
        acting.update({c for c, role, _, _, _ in found if role == "actor"})
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


@lru_cache(maxsize=8192)
def _mentions(sentence: str, countries: tuple[str, ...]) -> tuple[Mention, ...]:
    """Where the sentence names each of the event's countries, and the role its wording gives it.

    Extraction already found the countries; here only their names (CLDR, in
    every language read) are looked for, in the folded sentence. A country the
    sentence implies without its name ("French troops", "Paris", "Barkhane",
    "Mỹ") is an actor, unless a multinational force named there serves in it
    ("MINUSMA": Mali is where it is). A few names per event, not a lexicon
    scan: 100,000 events take seconds.
    """
    text = normal_text(sentence)
    found: list[Mention] = []
    for code in countries:
        pattern = name_pattern(code)
        named = pattern is not None and any(n in text for n in names_of(code))
        hits = list(pattern.finditer(text)) if named and pattern is not None else []
        if not hits:
            served = any(f.country is None and code in f.hosts for f in forces_named(sentence))
            found.append((code, "host" if served else "actor", False, -1, -1))
        for m in hits:
            cue = bool(_HOST_CUES.search(text, max(0, m.start() - 24), m.start()))
            found.append((code, "", cue, m.start(), m.end()))
    return tuple(sorted(found, key=lambda m: m[3]))


def named_hosts(
    sentence: str, countries: tuple[str, ...], capitals: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The countries ``sentence`` says a force is in or leaves ("out of Chad", "khỏi Tchad"); when it
    says none, the countries it names by name or by their ``capitals`` (a government speaking:
    "N'Djamena announced"), not those only implied as a force ("French troops"). Linking reads it to
    tell one force leaving two hosts on one day apart."""
    mentions = _mentions(sentence, countries)
    cued = frozenset(code for code, role, cue, _, _ in mentions if cue and role != "actor")
    named = frozenset(code for code, role, _, start, _ in mentions if role != "actor" and start >= 0)
    return cued or named | (capitals & frozenset(countries))


def acting_countries(sentence: str, countries: tuple[str, ...]) -> frozenset[str]:
    """The countries ``sentence`` implies as actors ("German MPs", "lawmakers in Berlin"); else those it
    names by name with no "in", "from", "khỏi" before them ("Spain's lower house", not "in Mali")."""
    mentions = _mentions(sentence, countries)
    implied = frozenset(code for code, role, _, _, _ in mentions if role == "actor")
    hosts = {code for code, role, cue, _, _ in mentions if cue or role == "host"}
    return implied or frozenset(code for code, role, _, start, _ in mentions if start >= 0) - hosts


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
    text = normal_text(sentence) if len(named) > 1 and last_end >= 0 else ""
    for code, start, end in named[1:]:
        if start < 0 or start < last_end:
            continue  # implied again ("French"), or named again inside the last name
        if not _JOINED.match(text[last_end:start]):
            break
        actors.append(code)
        last_end = end
    return actors


def event_forces(
    event: dict[str, Any], hosts: Hosts | str | None, mentions: tuple[Mention, ...] | None = None
) -> tuple[str, ...]:
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
    if mentions is None:
        mentions = _mentions(sentence, tuple(countries))
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
