"""Stored events filed by date, a home's events worked out only when asked (settling a correction).

``store.linking.candidates.CandidateIndex`` files every event under every home, which a batch of
new reports needs; settling reads a few homes, so it files only the dates that hold them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from store.linking.candidates import CandidateIndex, Key, _plain_homes, record_homes

# The date strings a home's value is cut from, by the home's kind: (date length, kind, slice).
_PARTS: dict[int, tuple[tuple[str, slice], ...]] = {
    10: (
        ("d", slice(None)),
        ("md", slice(5, None)),
        ("mdi", slice(5, None)),
        ("dm", slice(None, 7)),
        ("mi", slice(5, 7)),
    ),
    7: (("m", slice(None)), ("mm", slice(5, 7))),
    4: (("y", slice(None)),),
}


class DateFiling:
    """Events grouped by their date string; a home's events worked out the first time it is asked for.

    ``CandidateIndex.add`` files every event under every home (a few hundred
    milliseconds at 100,000 events), which a batch of new reports needs;
    settling a correction (``store.linking.settling``) reads a few homes. A
    home's value is a part of an event's date (``_homes``), so its events are
    among those whose date has that part, checked with ``record_homes``.
    """

    def __init__(self, events: Iterable[Mapping[str, Any]]) -> None:
        self.by_date: dict[Any, list[Mapping[str, Any]]] = defaultdict(list)
        for e in events:
            date = e.get("date")
            self.by_date[date if isinstance(date, str) else None].append(e)
        self._dates: dict[tuple[str, str], list[str]] | None = None
        self._done: set[tuple[str, str] | None] = set()
        self._dated: set[str] = set()  # dates whose events are filed
        self._filed: dict[Key, list[Mapping[str, Any]]] = defaultdict(list)

    def filed(self, home: Key) -> list[Mapping[str, Any]]:
        """The events ``CandidateIndex.add`` would file under ``home``.

        The events of each date that has ``home``'s part are filed once, under all their homes
        (every type family, every part), so each event's homes are worked out at most once.
        """
        if len(home) == 2 and home[0] in ("vote", "votem"):
            return self._votes(home)
        part = (home[1], home[2]) if len(home) == 3 else None
        if part not in self._done:
            self._done.add(part)
            for date in self._dates_with(part) if part is not None else ():
                if date in self._dated:
                    continue
                self._dated.add(date)
                for e in self.by_date[date]:
                    for found in _plain_homes(e):  # a vote home is filed by ``_votes``
                        self._filed[found].append(e)
        return self._filed.get(home, [])

    def _dates_with(self, part: tuple[str, str]) -> list[str]:
        """The dates whose ``part`` (a kind of home and its value: ("md", "10-21")) is that value."""
        if self._dates is None:
            self._dates = defaultdict(list)
            for date in self.by_date:
                for kind, cut in _PARTS.get(len(date), ()) if date else ():
                    self._dates[(kind, date[cut])].append(date)
        return self._dates.get(part, [])

    def _votes(self, home: Key) -> list[Mapping[str, Any]]:
        """A vote home (``vote_home``: day and month) holds the votes of that day and month in any year; a
        month's (``recalled_votes.vote_month_home``) the votes told of a day of that month or of the month."""
        if home not in self._done:
            self._done.add(home)  # type: ignore[arg-type]
            parts = [("md", home[1])] if home[0] == "vote" else [("dm", home[1]), ("m", home[1])]
            for date in (d for part in parts for d in self._dates_with(part)):
                self._filed[home].extend(e for e in self.by_date[date] if home in record_homes(e))
        return self._filed.get(home, [])


class FiledIndex(CandidateIndex):
    """A ``CandidateIndex`` over events filed by date (``DateFiling``): a home's events are worked out
    the first time a search reaches it, so that a few new events cost what they search, not the store."""

    def __init__(self, common: frozenset[str], events: Iterable[Mapping[str, Any]]) -> None:
        super().__init__(common)
        self.filing = DateFiling(events)

    def add(self, event: Mapping[str, Any]) -> None:
        raise TypeError("a FiledIndex files its events when it is made")

    def filed(self, home: Key) -> Iterable[Mapping[str, Any]]:
        return self.filing.filed(home)

    def files(self, home: Key) -> bool:
        split = self._split.get(home)
        if split is None and not self.filing.filed(home):
            split = self._split[home] = {}  # nothing there: asked once
        return split is None or bool(split)
