"""Occurrences as timeline rows: which row shows each report, and which rows a filter lets through.

The linker gives every stored event a ``cluster`` (the id of the occurrence it
reports) and a ``cluster_size``. A browser showing one row per occurrence needs
three answers, fast at 100,000 events and one definition each:

- which reports form an occurrence (``group_reports``: the ``cluster`` field;
  an event without one, or rejected by an analyst, is an occurrence of one);
- which row shows it (``OccurrenceRows.row_of``): the row of its *lead* report,
  the best-supported report that carries the occurrence's date, so that the rows
  keep the timeline's date order without sorting occurrences apart;
- which occurrences a filter lets through (``OccurrenceRows.rows_for``): an
  occurrence passes when **any** of its reports passes. Filtering is decided per
  report (``store.query``), then mapped to occurrences.

Only occurrences of two or more reports are built as ``Occurrence`` records, and
only when shown; a lone report is shown as itself, which keeps building this cheap.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

import numpy as np

from store.linking.conflicts import best_date
from store.linking.occurrences import Occurrence, occurrence_of
from store.linking.settling import StoredLinks, overrides, with_overrides
from store.linking.sources import forget_sentence_words

if TYPE_CHECKING:
    from store.browse import Corpus

TABLE_LIMIT = 16_000_000  # flags (bytes) a keystroke may mark to find distinct values without sorting


@dataclass(frozen=True, slots=True)
class Grouping:
    """Occurrences of two or more reports, by cluster id (independent of any display order).

    Only what placing the rows needs is worked out here: the reports of each
    cluster and the occurrence's date (``store.linking.conflicts.best_date``). The
    full ``Occurrence`` (ranked reports, sources, link reasons, conflicts) is built
    when a row or the reports panel first needs it (``OccurrenceRows.occurrence_of``):
    counting sources compares sentences, which takes seconds for every cluster of
    a large store and milliseconds for a screenful.
    """

    clusters: dict[str, list[Mapping[str, Any]]]  # cluster id -> its reports (event records)
    dates: dict[str, str | None]  # cluster id -> the occurrence's date

    @property
    def linked_reports(self) -> int:
        return sum(map(len, self.clusters.values()))


def group_reports(events: Iterable[Mapping[str, Any]]) -> Grouping:
    """The events' occurrences of several reports, from their ``cluster`` field.

    Rejected events are not reports of anything (an analyst said they are not
    events): they are left out, and an occurrence they leave with one report is
    a lone report again.
    """
    by_cluster: dict[str, list[Mapping[str, Any]]] = {}
    for event in [e for e in events if e.get("cluster_size", 2) != 1]:  # most reports are alone: skip fast
        cluster = event.get("cluster")
        if not cluster or event.get("rejected") or event.get("cluster_size", 2) < 2:
            continue
        by_cluster.setdefault(cluster, []).append(event)
    clusters = {cluster: members for cluster, members in by_cluster.items() if len(members) > 1}
    return Grouping(clusters, _dates(clusters))


_LAST_DATES: dict[tuple[int, ...], tuple[list[Mapping[str, Any]], str | None]] = {}


def _dates(clusters: dict[str, list[Mapping[str, Any]]]) -> dict[str, str | None]:
    """Each occurrence's ``best_date``, reused from the previous grouping for a cluster of the very same
    event records (a correction replaces the records it changes, never edits one in place): after a
    correction only the occurrences it touched are dated again. Only the last grouping's are kept."""
    global _LAST_DATES
    last, kept = _LAST_DATES, {}
    out: dict[str, str | None] = {}
    for cluster, members in clusters.items():
        key = tuple(map(id, members))
        found = last.get(key)
        if found is None or any(a is not b for a, b in zip(found[0], members, strict=True)):
            found = (members, best_date(members)[0])
            forget_sentence_words()  # one cluster's sentences are compared among themselves only
        kept[key] = found
        out[cluster] = found[1]
    _LAST_DATES = kept
    return out


@dataclass(slots=True)
class OccurrenceRows:
    """A ``Grouping`` placed in one list of events (the timeline's order): indices, not ids.

    ``rep_of[i]`` is the row (an event index) that shows event ``i``'s occurrence;
    ``members[row]`` are that occurrence's reports, best-supported first. The numpy
    arrays (``rows`` = ``rep_of``, each report's country combination, which countries
    each combination names) let a filter over 100,000 reports be mapped to
    occurrences and counted per country without a Python loop per report.
    """

    rep_of: list[int]
    members: dict[int, tuple[int, ...]]
    events: Sequence[Mapping[str, Any]] = ()
    occurrence_at: dict[int, Occurrence] = field(default_factory=dict)  # built on first use
    all_rows: list[int] = field(default_factory=list)  # every row, ascending
    rows: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    combination: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    names: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), bool))  # combination x country
    codes: tuple[str, ...] = ()
    all_counts: dict[str, int] | None = None  # country_counts of every report, kept once worked out

    @property
    def count(self) -> int:
        """How many occurrences: rows of the timeline with no filter."""
        return len(self.all_rows)

    def row_of(self, index: int) -> int:
        return self.rep_of[index] if 0 <= index < len(self.rep_of) else index

    def members_of(self, index: int) -> tuple[int, ...]:
        """Every report of event ``index``'s occurrence (``(index,)`` for a lone report).

        Best-supported first once the occurrence was built (``occurrence_of``), in
        timeline order before.
        """
        return self.members.get(self.row_of(index), (index,))

    def occurrence_of(self, index: int) -> Occurrence | None:
        """Event ``index``'s occurrence when it has several reports, else ``None`` (built once, then kept)."""
        row = self.row_of(index)
        found = self.occurrence_at.get(row)
        if found is None and row in self.members:
            events, members = self.events, self.members[row]
            found = self.occurrence_at[row] = occurrence_of([events[i] for i in members])
            rank = {event_id: n for n, event_id in enumerate(found.members)}
            self.members[row] = tuple(sorted(members, key=lambda i: rank.get(events[i]["id"], len(rank))))
        return found

    def rows_for(self, report_rows: Sequence[int]) -> list[int]:
        """The occurrences (rows, ascending) with at least one report in ``report_rows`` (ascending)."""
        if not self.members:
            return list(report_rows)
        if len(report_rows) == len(self.rep_of):
            return self.all_rows
        return _distinct(self.rows[_indices(report_rows)], len(self.rep_of)).tolist()

    def shown_reports(self, rows: Iterable[int]) -> set[int]:
        """Every report of the occurrences on ``rows``."""
        shown = set(rows)
        members = self.members
        for row in [r for r in shown if r in members]:
            shown.update(members[row])
        return shown

    def country_counts(self, base: Sequence[int]) -> dict[str, int]:
        """Per country, the occurrences with a report in ``base`` that names it.

        ``base`` is what the filters other than the country one let through: the
        sidebar says how many occurrences checking each country would show. Each
        (occurrence, country) pair met counts once.
        """
        if not len(base) or not self.codes:
            return {}
        every = len(base) == len(self.rep_of)  # no filter but countries: the same answer every time
        if every and self.all_counts is not None:
            return dict(self.all_counts)
        reports, kinds, width = _indices(base), len(self.names), len(self.codes)
        pairs = _distinct(self.rows[reports] * kinds + self.combination[reports], len(self.rep_of) * kinds)
        rows, combinations = np.divmod(pairs, kinds)
        which, country = np.nonzero(self.names[combinations])
        met = _distinct(rows[which] * width + country, len(self.rep_of) * width)
        counts = np.bincount(met % width, minlength=width)
        found = {code: int(n) for code, n in zip(self.codes, counts.tolist(), strict=True) if n}
        if every:
            self.all_counts = dict(found)
        return found


def _indices(values: Sequence[int]) -> np.ndarray:
    return np.fromiter(values, dtype=np.int64, count=len(values))


def _distinct(values: np.ndarray, bound: int) -> np.ndarray:
    """The distinct ``values`` (all in ``0..bound-1``), ascending.

    Marked in a table of ``bound`` flags when that stays small (no sort: a few
    milliseconds for 100,000 values); sorted when the range is too wide for one
    (many country combinations times many rows).
    """
    if bound > TABLE_LIMIT and bound > 8 * len(values):
        return np.unique(values)
    seen = np.zeros(bound, dtype=bool)
    seen[values] = True
    return np.flatnonzero(seen)


def corpus_rows(corpus: Corpus) -> OccurrenceRows:
    """The occurrences of ``corpus``, placed in its order: what the browser's worker builds.

    Grouped by settled clusters: a correction is written beside the store, whose
    stored clusters stay as they were, yet a rejected or re-dated report may have
    left its occurrence (``store.linking.settling``, as exports read them).
    """
    events = corpus.events
    if corpus.corrections or corpus.decided:
        found = overrides(
            stored_links(corpus), corpus.corrections, corpus.occurrence_decisions, corpus.decided
        )
        events = with_overrides(events, found, corpus.index_of)
    return place_rows(group_reports(events), corpus.events, corpus.index_of, corpus.country_sets)


_LINKS: WeakKeyDictionary[Corpus, StoredLinks] = WeakKeyDictionary()


def stored_links(corpus: Corpus) -> StoredLinks:
    """The corpus's events as stored (before corrections), filed once for settling.

    A corpus never changes what is stored (a correction only replaces what it shows),
    so the filing is kept with it and each later correction settles in milliseconds.
    """
    links = _LINKS.get(corpus)
    if links is None:
        links = _LINKS[corpus] = StoredLinks(corpus.extracted(i) for i in range(len(corpus.events)))
    return links


def place_rows(
    grouping: Grouping,
    events: Sequence[Mapping[str, Any]],
    index_of: Mapping[str, int],
    country_sets: Sequence[Hashable] | None = None,
) -> OccurrenceRows:
    """``grouping`` in the order of ``events`` (``index_of``: event id -> index in ``events``).

    Run in a worker: a pass over the events for their country combinations (``country_sets``:
    each event's, when the caller keeps them, as ``store.browse.Corpus`` does), then the linked
    reports only.
    """
    count = len(events)
    rep_of = list(range(count))
    members: dict[int, tuple[int, ...]] = {}
    shown = bytearray(b"\x01") * count  # rows: lone reports and each occurrence's lead
    position = index_of.get
    for cluster, reports in grouping.clusters.items():
        present = sorted(i for i in (position(e["id"]) for e in reports) if i is not None)
        if len(present) < 2:
            continue
        date = grouping.dates.get(cluster)
        # Its best-supported report, as ``occurrence_of`` ranks them: among reports of the occurrence's
        # date (so of one precision), a stated date before an inferred one, then by event id.
        dated = [i for i in present if events[i].get("date") == date] or present
        lead = min(dated, key=lambda i: (bool(events[i].get("date_inferred")), str(events[i]["id"])))
        members[lead] = tuple(present)
        for i in present:
            rep_of[i] = lead
            shown[i] = 0
        shown[lead] = 1
    if country_sets is None:
        country_sets = [tuple(e.get("countries") or ()) for e in events]
    combination_of = {combo: n for n, combo in enumerate(dict.fromkeys(country_sets))}
    combination = np.fromiter(map(combination_of.__getitem__, country_sets), dtype=np.int32, count=count)
    codes = tuple(sorted({c for combo in combination_of for c in combo}))
    column = {code: n for n, code in enumerate(codes)}
    names = np.zeros((max(1, len(combination_of)), max(1, len(codes))), dtype=bool)
    for combo, n in combination_of.items():
        for code in combo:
            names[n, column[code]] = True
    return OccurrenceRows(
        rep_of,
        members,
        events,
        {},
        list(compress(rep_of, shown)),  # a shown row is its own row: the same int objects
        np.asarray(rep_of, dtype=np.int64),
        combination,
        names,
        codes,
    )
