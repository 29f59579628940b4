"""Filtering events: one definition shared by ``export`` and the browser.

``EventFilter.matches`` tests one event; the browser's ``store.browse.Selector``
runs the same predicates (``in_date_range``, ``has_any_country``, the folded
``filter_words`` in ``search_key``) over precomputed arrays of 100,000 events.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from store.errors import MaliTuiError
from store.text.fold import fold

MAX_TERM_WORDS = 5  # the longest country or force name typed as one term ("Vương quốc Anh")
SHORT_NAME = 4  # letters: a country or force name this short matches only from the start of a word


def search_key(event: dict[str, Any]) -> str:
    """What the free-text filter looks in: sentence, title and places, folded."""
    parts = [event.get("sentence") or "", event.get("title") or "", " ".join(event.get("places") or ())]
    return fold("\n".join(parts))


def filter_words(text: str) -> tuple[str, ...]:
    """The words of the free-text filter, folded: an event matches when its key holds every one."""
    return tuple(fold(text).split())


def word_spans(text: str, words: str) -> list[tuple[int, int]]:
    """Where the filter's ``words`` occur in ``text`` (offsets into ``text``), as the filter matches them.

    Case and accents are folded as for the search key (``cote`` marks "Côte"),
    character by character, so each folded position maps back to the
    character it came from; overlapping hits are merged.
    """
    needles = filter_words(words)
    if not needles or not text:
        return []
    folded: list[str] = []
    origin: list[int] = []
    seen: dict[str, str] = {}
    for i, ch in enumerate(text):
        f = seen.get(ch)
        if f is None:
            f = seen[ch] = fold(ch)
        folded.append(f)
        origin.extend([i] * len(f))
    haystack = "".join(folded)
    hits: list[tuple[int, int]] = []
    for needle in needles:
        at = haystack.find(needle)
        while at != -1:
            hits.append((origin[at], origin[at + len(needle) - 1] + 1))
            at = haystack.find(needle, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(hits):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_PARTIAL = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


@lru_cache(maxsize=65536)  # a corpus has a few thousand distinct dates for 100k events
def date_bounds(value: str) -> tuple[str, str]:
    """First and last day covered by a partial ISO date: "2023-06" → 2023-06-01..2023-06-30."""
    m = _PARTIAL.match(value)
    if not m:
        raise MaliTuiError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year = int(m[1])
    if m[3]:
        month, day = int(m[2]), int(m[3])
        try:
            calendar.weekday(year, month, day)
        except ValueError:
            raise MaliTuiError(f"not a date: {value!r}") from None
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        return iso, iso
    if m[2]:
        month = int(m[2])
        if not 1 <= month <= 12:
            raise MaliTuiError(f"not a date: {value!r}")
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def shown_date(event: dict[str, Any]) -> str:
    """The event's date cut to its precision (``2023-06``), empty when undated."""
    return date_at_precision(event.get("date"), event.get("date_precision"))


def date_at_precision(date: str | None, precision: str | None) -> str:
    """``date`` cut to ``precision`` ("month": ``2023-06``), empty when there is none."""
    date = date or ""
    return date[: {"day": 10, "month": 7, "year": 4}.get(precision or "", len(date))]


class InvertedRangeError(MaliTuiError):
    """A date range whose start is after its end ("2024-01..2022"): it would match nothing, silently."""


def parse_range(text: str) -> tuple[str | None, str | None]:
    """Parse "2022", "2022-02..2023-06", "2022..", "..2023" into day bounds.

    Raises ``MaliTuiError`` on a malformed date and ``InvertedRangeError`` when
    the range ends before it starts.
    """
    text = text.strip()
    if not text:
        return None, None
    if ".." in text:
        lo, _, hi = text.partition("..")
        since = date_bounds(lo)[0] if lo.strip() else None
        until = date_bounds(hi)[1] if hi.strip() else None
        if since and until and since > until:
            raise InvertedRangeError(
                f"inverted range: {lo.strip()} is after {hi.strip()} (write {hi.strip()}..{lo.strip()})"
            )
        return since, until
    lo, hi = date_bounds(text)
    return lo, hi


@dataclass(frozen=True, slots=True)
class Term:
    """One term of the free text: a word or a name of several words ("ai cap", "cote d'ivoire").

    A term that names a country (in any supported language or form) also finds
    the events of that country, whatever their language; one that names a
    multinational force ("minusma", "takuba") also finds its other names, and,
    for a UN mission, the reports of its host countries that speak of the UN or
    its peacekeepers in any language ("LHQ", "casques bleus"). Every term still
    finds its own text. Matching reads only the search key and the countries:
    fast on every keystroke, whatever the size of the store.
    """

    needle: str  # folded
    country: str | None = None
    force: str | None = None  # a multinational force's id (``store.board.forces``)
    also: tuple[str, ...] = ()  # the force's other names, folded
    un_hosts: frozenset[str] = frozenset()  # a UN mission's host countries

    @property
    def is_plain(self) -> bool:
        return self.country is None and self.force is None

    @property
    def _word(self) -> re.Pattern[str]:
        return _word_start(self.needle)

    @property
    def _whole_word(self) -> bool:
        """A short name must start a word ("uk" is in "Timbuktu", "oman" in "woman"); a longer one need
        not ("egypt" in "egyptian"), which keeps 100,000 keys free of a regex each."""
        return not self.is_plain and len(self.needle) <= SHORT_NAME

    def in_text(self, key: str) -> bool:
        """A plain term anywhere ("cote" in "côte"); a short name from a word's start."""
        if not self._whole_word:
            return self.needle in key
        return self.needle in key and self._word.search(key) is not None

    def select(
        self, indices: list[int], keys: Sequence[str], countries: Sequence[frozenset[str]]
    ) -> list[int]:
        """The ``indices`` (ascending) whose event ``matches``, for a browser holding keys and country sets:
        the same rule as ``matches``, as C-level passes over 100,000 events rather than one call each."""
        needle = self.needle
        found = {i for i in indices if needle in keys[i]}
        if self._whole_word:
            word = self._word
            found = {i for i in found if word.search(keys[i])}
        if self.country is not None:
            code = self.country
            found.update(i for i in indices if code in countries[i])
        for name in self.also:
            found.update(i for i in indices if name in keys[i])
        if self.un_hosts:
            from store.board.forces import un_in_key

            hosts = self.un_hosts
            found.update(i for i in indices if not hosts.isdisjoint(countries[i]) and un_in_key(keys[i]))
        return sorted(found)

    def matches(self, key: str, countries: Iterable[str] = ()) -> bool:
        """``key``: the event's ``search_key``; ``countries``: its countries."""
        if self.in_text(key):
            return True
        if self.country is not None and self.country in countries:
            return True
        if any(name in key for name in self.also):
            return True
        if self.un_hosts and not self.un_hosts.isdisjoint(countries):
            from store.board.forces import un_in_key

            return un_in_key(key)
        return False


@lru_cache(maxsize=512)
def _word_start(needle: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(needle)}")


@lru_cache(maxsize=512)
def search_terms(text: str, host: str | None = None) -> tuple[Term, ...]:
    """The terms of ``text``; the corpus's ``host`` country (named by nearly every event) stays a word."""
    from store.about.country_terms import country_of
    from store.board.forces import force_called, search_names

    words = text.split()
    terms: list[Term] = []
    i = 0
    while i < len(words):
        for size in range(min(MAX_TERM_WORDS, len(words) - i), 0, -1):
            span = tuple(words[i : i + size])
            needle = fold(" ".join(span))
            force = force_called(" ".join(span))
            if force is not None and force.country is None:
                hosts = frozenset(force.hosts) if force.un else frozenset()
                terms.append(Term(needle, force=force.id, also=search_names(force), un_hosts=hosts))
                break
            if force is not None:  # a national operation: its name, in any language ("Barkhane")
                terms.append(Term(needle))
                break
            code = country_of(span)
            if code is not None:
                terms.append(Term(needle, country=None if code == host else code))
                break
            if size == 1:
                terms.append(Term(needle))
        i += size
    return tuple(terms)


def in_date_range(bounds: tuple[str, str] | None, since: str | None, until: str | None) -> bool:
    """Whether an event covering ``bounds`` (first and last day) overlaps ``since..until``; undated never."""
    if bounds is None:
        return False
    return not (since and bounds[1] < since) and not (until and bounds[0] > until)


def has_any_country(codes: frozenset[str] | list[str] | tuple[str, ...], wanted: frozenset[str]) -> bool:
    """Whether an event involving ``codes`` is about any of the ``wanted`` countries."""
    return not wanted.isdisjoint(codes)


def has_every_word(key: str, needles: tuple[str, ...]) -> bool:
    """Whether a folded search key holds every folded filter word (as a substring: "withdr" finds)."""
    return all(n in key for n in needles)


@dataclass(slots=True)
class EventFilter:
    """What the user asked to see; an empty filter shows everything.

    ``force`` is a board row's key ("EG@ML": Egypt's forces in Mali,
    ``store.board.assign``), found with the corpus's ``host`` and ``known_hosts``
    (``store.board.assign.Hosts``); ``word_host`` is the country most events name,
    which stays a plain word in the text. ``apply`` works them out from the events
    it is given when the caller does not know them.
    """

    text: str = ""
    countries: frozenset[str] | None = None  # None: no country filter
    types: frozenset[str] | None = None
    since: str | None = None  # inclusive day bound, ISO
    until: str | None = None
    force: str | None = None
    host: str | None = None
    known_hosts: frozenset[str] = frozenset()  # ``store.board.assign.Hosts.known``
    word_host: str | None = None  # ``store.board.assign.corpus_host``
    _needles: tuple[str, ...] = field(default=(), init=False, repr=False)

    def __post_init__(self) -> None:
        self._needles = filter_words(self.text)

    @property
    def is_empty(self) -> bool:
        return not (
            self._needles
            or self.countries is not None
            or self.types is not None
            or self.since
            or self.until
            or self.force
        )

    @property
    def terms(self) -> tuple[Term, ...]:
        return search_terms(self.text, self.word_host) if self._needles else ()

    def matches(
        self, event: dict[str, Any], key: str | None = None, forces: tuple[str, ...] | None = None
    ) -> bool:
        """``key``: the event's precomputed ``search_key``; ``forces``: its board keys, when known."""
        if self.types is not None and event.get("type") not in self.types:
            return False
        if forces is None and self.force:
            from store.board.assign import Hosts, event_forces

            forces = event_forces(event, Hosts(self.host, self.known_hosts))
        if self.force and self.force not in (forces or ()):
            return False
        if self.countries is not None and not has_any_country(event.get("countries") or (), self.countries):
            return False
        if self.since or self.until:
            date = event.get("date")
            if not in_date_range(date_bounds(date) if date else None, self.since, self.until):
                return False
        if self._needles:
            haystack = key if key is not None else search_key(event)
            countries = event.get("countries") or ()
            return all(t.matches(haystack, countries) for t in self.terms)
        return True

    def apply(self, events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """The events that match, the host taken from ``events`` themselves when not given."""
        if (self.word_host is None and self._needles) or (self.host is None and self.force):
            from store.board.assign import corpus_host, corpus_hosts

            events = [e for e in events if not e.get("rejected")]
            if self.word_host is None:
                self.word_host = corpus_host(events)
            if self.host is None and self.force:
                hosts = corpus_hosts(events)
                self.host, self.known_hosts = hosts.default, hosts.known
        return (e for e in events if self.matches(e))


SORT_ORDER = "date,doc,start"
"""Names ``sort_key``'s order in the store file, whose events are in it: change it with ``sort_key``."""


def sort_key(event: dict[str, Any]) -> tuple[int, str, str, int]:
    """Date order, undated last; ties keep document order."""
    date = event.get("date")
    return (0 if date else 1, date or "", event.get("doc") or "", event.get("start") or 0)
