"""Clusters that honour the analysts' corrections, worked out for only what the corrections change.

A correction is written beside the store and never rewrites it, so the stored
clusters may predate it (``store.linking.corrected``). A reader (an export, the
browser) settles them in memory. Re-clustering the connected components a
correction touches reads tens of thousands of events in a large store, while a
correction changes a handful: this module finds the events whose stored cluster
predates their correction through an index of event ids and hands them to the
local merge of ``store.linking.local_update`` as an ingest of one report: the old
record (the values its ``cluster_basis`` records) leaves, the corrected one joins
(``store.linking.local_settling``). Candidates come from the stored events filed
lazily by date (``store.linking.candidates``); the result is overrides (event id
-> cluster fields) instead of new lists of events. Should the corrections move
which countries are common in the store, the components are re-clustered instead.

The answer is that of clustering a corrected copy of every stored event again
(``store.linking.corrected.cluster_all``; tests/test_settling.py compares them on
random stores): the same live view (corrected values, rejected events left out),
the same common countries, the same sentence counts and the same candidates.

``StoredLinks`` is what settling reads of the stored events, built in one pass
and kept by a reader that settles again after each correction (the browser).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from itertools import compress
from operator import itemgetter, methodcaller, ne
from typing import Any

from store.linking.candidates import CandidateIndex, Key
from store.linking.clusters import Decisions, _Graph, _Profiles, cluster_subset
from store.linking.common_countries import Tally, common_of
from store.linking.date_filing import DateFiling
from store.linking.local_settling import BASIS, LiveStored, as_clustered, seeds_of_change
from store.linking.local_update import local_clusters
from store.linking.sole_act_of_day import rivals
from store.storage.corrections import apply_corrections, attach, is_active
from store.storage.gc_pause import paused_gc

LINK_FIELDS = ("cluster", "cluster_size", "cluster_link")

Fields = tuple[Any, Any, Any]  # (cluster, cluster_size, cluster_link)


class StoredLinks:
    """The stored events as settling reads them: by id, by date, by stored cluster, counted.

    One pass over the events; the candidate buckets (``filed``) are worked out from the
    date groups the first time a settle looks into them, and kept.
    """

    def __init__(self, rows: Iterable[Mapping[str, Any]]) -> None:
        self.rows = rows = list(rows)
        ids = list(map(itemgetter("id"), rows))
        if not all(type(i) is str for i in ids):
            ids = [str(i) for i in ids]
        self.ids = ids
        self.by_id: dict[str, Mapping[str, Any]] = dict(zip(ids, rows, strict=True))
        self.based = [i for i, e in zip(ids, rows, strict=True) if BASIS in e]  # settled with a correction
        self.flagged = [i for i, e in zip(ids, rows, strict=True) if e.get("rejected")]  # marked themselves

    @cached_property
    def filing(self) -> DateFiling:
        """The stored events filed by date, for candidates (``store.linking.candidates``)."""
        with paused_gc():
            return DateFiling(self.rows)

    @cached_property
    def sentences(self) -> SentenceCounts:
        """Events per (document, offset): how many events each sentence gave."""
        return SentenceCounts(self.rows)

    @cached_property
    def nonroot(self) -> dict[Any, list[str]]:
        """Cluster -> its members other than its root (most events are the root of a cluster of one)."""
        found: dict[Any, list[str]] = defaultdict(list)
        clusters = list(map(methodcaller("get", "cluster"), self.rows))
        for i, cluster in compress(zip(self.ids, clusters, strict=True), map(ne, clusters, self.ids)):
            if cluster:
                found[cluster].append(i)
        return found

    @cached_property
    def tally(self) -> Tally:
        """``store.linking.common_countries.tally`` of the stored events."""
        result = Tally()
        named = ((e.get("doc"), e.get("countries")) for e in self.rows)
        with paused_gc():
            combinations = Counter((str(doc), tuple(codes)) for doc, codes in named if codes)
        for (doc, combination), n in combinations.items():
            result.docs[doc] += n
            for code in set(combination):
                result.counts[code] += n
        return result

    def members(self, cluster: Any) -> list[str]:
        """The stored events whose ``cluster`` is ``cluster``."""
        root = self.by_id.get(cluster) if isinstance(cluster, str) else None
        own = [cluster] if root is not None and root.get("cluster") == cluster else []
        return own + self.nonroot.get(cluster, [])


class SentenceCounts:
    """Events per (document, offset), counted when asked from each document's list of offsets.

    A ``Counter`` of (document, offset) pairs would hold 100,000 new tuples for the
    few dozen sentences settling reads; these lists hold the offsets the events
    already have.
    """

    def __init__(self, rows: Iterable[Mapping[str, Any]]) -> None:
        self.starts: dict[Any, list[Any]] = defaultdict(list)
        self.ids: dict[Any, list[str]] = defaultdict(list)
        for e in rows:
            doc = e.get("doc")
            self.starts[doc].append(e.get("start"))
            self.ids[doc].append(str(e.get("id")))

    def __getitem__(self, key: tuple[Any, Any]) -> int:
        found = self.starts.get(key[0])
        return found.count(key[1]) if found else 0

    def events(self, key: tuple[Any, Any]) -> list[str]:
        """The ids of the events read from the sentence at ``key`` (document, offset)."""
        starts = self.starts.get(key[0])
        if not starts:
            return []
        return [i for i, s in zip(self.ids[key[0]], starts, strict=True) if s == key[1]]


class _LiveIndex(CandidateIndex):
    """The stored events' buckets with the corrected ones moved to their corrected homes."""

    def __init__(
        self,
        links: StoredLinks,
        common: frozenset[str],
        live: Mapping[str, Mapping[str, Any]],
        gone: set[str],
    ) -> None:
        super().__init__(common)
        self.links, self.replaced = links, set(live) | gone
        for e in live.values():
            self.add(e)

    def filed(self, home: Key) -> Iterator[Mapping[str, Any]]:
        replaced = self.replaced
        for e in self.links.filing.filed(home):
            if str(e.get("id")) not in replaced:
                yield e
        yield from self.by_home.get(home, ())

    def files(self, home: Key) -> bool:
        return True


class _LiveEvents(Mapping[str, Mapping[str, Any]]):
    """Event id -> the event linking reads: its corrected copy, the stored one, none when rejected."""

    def __init__(self, links: StoredLinks, corrected: Mapping[str, Mapping[str, Any]], gone: set[str]):
        self.stored, self.corrected, self.gone = links.by_id, corrected, gone

    def __getitem__(self, event_id: str) -> Mapping[str, Any]:
        if event_id in self.gone:
            raise KeyError(event_id)
        found = self.corrected.get(event_id)
        return found if found is not None else self.stored[event_id]

    def __contains__(self, event_id: object) -> bool:
        return event_id not in self.gone and (event_id in self.corrected or event_id in self.stored)

    def __iter__(self) -> Iterator[str]:
        return (i for i in self.stored if i not in self.gone)

    def __len__(self) -> int:
        return len(self.stored) - len(self.gone)


class _LiveCounts(dict):
    """Events per sentence among live ones: the stored counts less the rejected events'."""

    def __init__(self, links: StoredLinks, rejected: Iterable[Mapping[str, Any]]) -> None:
        super().__init__()
        self.links, self.less = links, Counter((e.get("doc"), e.get("start")) for e in rejected)

    def __missing__(self, key: tuple[Any, Any]) -> int:
        return self.links.sentences[key] - self.less[key]  # counted the first time a profile asks


def _by_event(correction_rows: Iterable[Mapping[str, Any]] | Mapping[str, Mapping[str, Any]]) -> dict:
    rows = correction_rows.values() if isinstance(correction_rows, Mapping) else correction_rows
    return {str(r["event_id"]): r for r in rows if isinstance(r, Mapping) and r.get("event_id")}


def attached(links: StoredLinks, corrections: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """``store.storage.corrections.attach`` through the id index: the whole store is read only
    when a correction's event is gone and it may have re-attached to another of its sentence."""
    active = {cid: rec for cid, rec in corrections.items() if is_active(rec)}
    if all(cid in links.by_id for cid in active):
        return dict(active)
    return dict(attach(links.by_id.values(), corrections)[0])


def signature(record: Mapping[str, Any] | None) -> str | None:
    """What a correction changes, as stored in ``cluster_basis`` (None: no correction)."""
    if record is None or not is_active(record):
        return None
    what = {"fields": record.get("fields") or {}, "rejected": bool(record.get("rejected"))}
    return json.dumps(what, sort_keys=True, ensure_ascii=False)


def overrides(
    links: StoredLinks,
    correction_rows: Iterable[Mapping[str, Any]] | Mapping[str, Mapping[str, Any]],
    decision_rows: Iterable[Mapping[str, Any]],
    seeds: Iterable[str] = (),
) -> dict[str, Fields]:
    """Event id -> (cluster, cluster_size, cluster_link) for every event whose cluster the corrections
    change or may change (empty when every stored cluster already honours them).

    ``seeds`` are events whose stored clusters are worked out again from the start (the two events of
    a decision just made or dropped).
    """
    fixes = attached(links, _by_event(correction_rows))
    stored = links.by_id
    late = {i for i, rec in fixes.items() if stored[i].get(BASIS) != signature(rec)}
    late.update(i for i in links.based if i not in fixes and stored[i].get(BASIS) is not None)
    seeds = {s for s in map(str, seeds) if s in stored}
    if not late and not seeds:
        return {}
    live: dict[str, Mapping[str, Any]] = {}
    rejected = {i for i in links.flagged if i not in fixes}
    for i, rec in fixes.items():
        fixed = apply_corrections([stored[i]], {i: rec}, keep_rejected=True)[0]  # type: ignore[list-item]
        if fixed.get("rejected"):
            rejected.add(i)
        else:
            live[i] = fixed
    decisions = Decisions.from_rows(decision_rows)
    now = _tally(links, live, rejected | set(fixes))
    before = {i: as_clustered(stored[i]) for i in late}
    common = common_of(now)
    found: dict[str, Any] = {}
    if common == common_of(_shifted(now, live, before)):
        found = _settled_locally(links, common, live, rejected, late, before, seeds, decisions)
    else:  # what identifies an occurrence moved: the connected components of what changed, again
        clusters = {stored[i].get("cluster") for i in late | seeds if stored[i].get("cluster")}
        touched = late.union(seeds, *(links.members(c) for c in clusters)) - rejected
        index = _LiveIndex(links, common, live, rejected)
        moved = [*(live[i] for i in sorted(late) if i in live), *(r for r in before.values() if r)]
        touched |= rivals(index, moved) - rejected  # the acts of the days it joins or leaves
        if touched:  # else only rejected events moved (each alone): nothing to link
            sentence_counts = _LiveCounts(links, (stored[i] for i in rejected))
            by_id = _LiveEvents(links, live, rejected)
            found = cluster_subset(by_id, sentence_counts, index, decisions, touched)
    out: dict[str, Fields] = {
        i: (a.cluster, a.size, list(a.link) if a.link else None) for i, a in found.items()
    }
    out.update((i, (i, 1, None)) for i in rejected)  # a rejected event reports nothing: alone
    return out


def _settled_locally(
    links: StoredLinks,
    common: frozenset[str],
    live: Mapping[str, Mapping[str, Any]],
    rejected: set[str],
    late: set[str],
    before: Mapping[str, Mapping[str, Any] | None],
    seeds: set[str],
    decisions: Decisions,
) -> dict[str, Any]:
    """``store.linking.local_update.local_clusters`` with the late events' old records leaving and
    their corrected ones joining (``store.linking.local_settling``)."""
    stored = links.by_id
    by_id = _LiveEvents(links, live, rejected)
    index = _LiveIndex(links, common, live, rejected)
    counts = _LiveCounts(links, (stored[i] for i in rejected))
    graph = _Graph(_Profiles(by_id, counts), common, decisions, index)  # type: ignore[arg-type]
    new = {i for i in late if i in by_id}
    sentence_of = links.sentences.events
    view = LiveStored(by_id, new, rejected, links.members, sentence_of)
    seeds = seeds | new | seeds_of_change(late, stored, links.members, sentence_of, by_id)
    removed = [old for old in before.values() if old is not None]
    return local_clusters(graph, (), new, seeds, removed, stored=view)


def _tally(links: StoredLinks, live: Mapping[str, Mapping[str, Any]], changed: set[str]) -> Tally:
    """``store.linking.common_countries.tally`` of the live view from the stored tally."""
    result = Tally(Counter(links.tally.counts), Counter(links.tally.docs))
    for i in changed:
        for event, sign in ((links.by_id[i], -1), (live.get(i), 1)):
            values = event.get("countries") if event is not None else None
            if values:
                result.docs[str(event.get("doc"))] += sign
                for code in set(values):
                    result.counts[code] += sign
    return result


def _shifted(
    now: Tally, live: Mapping[str, Mapping[str, Any]], before: Mapping[str, Mapping[str, Any] | None]
) -> Tally:
    """The tally of the events as the stored clusters saw them: ``now`` with each late event's live
    values taken out and its values then put back."""
    result = Tally(Counter(now.counts), Counter(now.docs))
    for i, old in before.items():
        for event, sign in ((live.get(i), -1), (old, 1)):
            values = event.get("countries") if event is not None else None
            if values:
                result.docs[str(event.get("doc"))] += sign
                for code in set(values):
                    result.counts[code] += sign
    return result


def with_overrides(
    events: list[dict[str, Any]], found: Mapping[str, Fields], index_of: Mapping[str, int] | None = None
) -> list[dict[str, Any]]:
    """``events`` with the cluster fields of ``found``; an event whose fields are unchanged is kept as is.

    With ``index_of`` (event id -> index in ``events``) only the events of ``found`` are visited.
    """
    if not found:
        return events
    out = list(events)
    if index_of is None:
        places: Iterable[tuple[int, Fields]] = (
            (n, new) for n, e in enumerate(events) if (new := found.get(str(e.get("id")))) is not None
        )
    else:
        places = ((index_of[i], new) for i, new in found.items() if i in index_of)
    for n, new in places:
        e = out[n]
        if any(e.get(k) != v for k, v in zip(LINK_FIELDS, new, strict=True)):
            out[n] = {**e, **dict(zip(LINK_FIELDS, new, strict=True))}
    return out
