"""Filtering events: one definition shared by ``export`` and the browser.

``EventFilter.matches`` tests one event; the browser's ``store.browse.Selector``
runs the same predicates (``in_date_range``, ``has_any_country``, the folded
``filter_words`` in ``search_key``) over precomputed arrays of 100,000 events.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from store.errors import MaliTuiError
from store.text.fold import fold


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
    date = event.get("date") or ""
    size = {"day": 10, "month": 7, "year": 4}.get(event.get("date_precision") or "", len(date))
    return date[:size]


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
    """What the user asked to see; an empty filter shows everything."""

    text: str = ""
    countries: frozenset[str] | None = None  # None: no country filter
    types: frozenset[str] | None = None
    since: str | None = None  # inclusive day bound, ISO
    until: str | None = None
    _needles: tuple[str, ...] = field(default=(), init=False, repr=False)

    def __post_init__(self) -> None:
        self._needles = filter_words(self.text)

    @property
    def is_empty(self) -> bool:
        return not (
            self._needles or self.countries is not None or self.types is not None or self.since or self.until
        )

    def matches(self, event: dict[str, Any], key: str | None = None) -> bool:
        """``key`` is the event's precomputed ``search_key`` when the caller has one."""
        if self.types is not None and event.get("type") not in self.types:
            return False
        if self.countries is not None and not has_any_country(event.get("countries") or (), self.countries):
            return False
        if self.since or self.until:
            date = event.get("date")
            if not in_date_range(date_bounds(date) if date else None, self.since, self.until):
                return False
        if self._needles:
            return has_every_word(key if key is not None else search_key(event), self._needles)
        return True

    def apply(self, events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        return (e for e in events if self.matches(e))


SORT_ORDER = "date,doc,start"
"""Names ``sort_key``'s order in the store file, whose events are in it: change it with ``sort_key``."""


def sort_key(event: dict[str, Any]) -> tuple[int, str, str, int]:
    """Date order, undated last; ties keep document order."""
    date = event.get("date")
    return (0 if date else 1, date or "", event.get("doc") or "", event.get("start") or 0)
