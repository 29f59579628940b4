"""Re-clustering only what new events can change, with the answer of clustering the whole store again.

``store.linking.clusters`` merges the strongest links first (complete linkage,
ties by event ids). Clustering a whole connected component again after an
ingest reads everything the new events are chained to: in a store where many
reports are compatible with a few neighbours, one component holds tens of
thousands of events, and an ingest of one report re-links them all.

This module runs the same greedy merge over the new store but follows only the
events whose cluster can differ. It reads the stored clusters as the outcome of
the same merge over the store before the ingest (which ingest keeps true) and
replays a stored cluster's own history (its internal links, strongest first)
when it needs to know what that cluster looked like at some point of the merge.
A link between two events whose clusters have not changed is decided as it was;
so only the links of *tracked* events are followed, in merge order:

- tracked from the start: new events, the clusters of events that left, and
  events whose standing may have changed (one that a new report of another town
  turns into a bridge between two towns, one that lost such a report);
- a stored cluster is tracked from the moment a tracked cluster merges with a
  part of it, and every link of its members is followed from then on;
- a link from a tracked cluster that is what it was at that point of the
  stored history (never the case for a new event's) is decided as it was: no
  merge. Otherwise the stored side is compared with it (first only its own
  event, which rules out most links: a candidate of a candidate that cannot be
  with the new event's cluster), and followed only if they merge.

Everything else keeps its stored cluster. The clusters are those of
``cluster_events`` over the whole store (tests/test_local_update.py compares them
on random stores, with replaced documents and analysts' decisions). A stored
cluster that the current rules would not form (a store clustered by older
rules) is left as it is until the merge reaches it.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from typing import Any

from store.linking.clusters import (
    ANALYST_SAME,
    Assignment,
    Decisions,
    Pair,
    _earliest,
    _Graph,
    _Profiles,
    _sentence_counts,
    _spanning_links,
    apply_assignments,
    cluster_events,
)
from store.linking.cohesion import may_stand_with
from store.linking.common_countries import Tally, common_of, tally
from store.linking.compatibility import Evidence, compatible
from store.linking.date_filing import FiledIndex
from store.linking.sole_act_of_day import rivals
from store.linking.stored_clusters import START, Groups, History, Key, Stored, fits, link_key
from store.storage.gc_pause import paused_gc


def relink_locally(
    rows: Sequence[MutableMapping[str, Any]],
    new: set[str],
    removed: Sequence[Mapping[str, Any]],
    decisions: Decisions,
    also: Iterable[str] = (),
) -> int:
    """``store.linking.clusters.relink``: the clusters of every record the ingest can change, in place;
    the stored clusters of ``also`` are worked out again too."""
    # a relink builds many small objects beside a large store: no garbage to look for, nothing to keep frozen
    with paused_gc(freeze=False):
        counts = _tally(rows)
        common = common_of(counts)
        by_id = {str(e["id"]): e for e in rows}
        added, gone = tally(by_id[i] for i in new if i in by_id), tally(removed)
        if common_of(counts - added + gone) != common:  # what identifies an occurrence moved: all again
            return apply_assignments(rows, cluster_events(rows, decisions, None, common))
        lost = {r.get("cluster") for r in removed if r.get("cluster")}
        seeds = set(new) | decisions.ids() | set(also)
        seeds.update(str(r["id"]) for r in rows if not r.get("cluster") or r.get("cluster") in lost)
        if not seeds:
            return 0
        index = FiledIndex(common, rows)
        graph = _Graph(_Profiles(by_id, _sentence_counts(rows)), common, decisions, index)
        found = local_clusters(graph, rows, new, seeds, removed)
        return apply_assignments((by_id[i] for i in found), found)  # the rows themselves, in place


def _tally(rows: Iterable[Mapping[str, Any]]) -> Tally:
    """``common_countries.tally`` of many events, counted by (document, countries) first: a store
    repeats a few combinations."""
    combinations = Counter((str(e.get("doc")), tuple(c)) for e in rows if (c := e.get("countries")))
    result = Tally()
    for (doc, combination), n in combinations.items():
        result.docs[doc] += n
        for code in set(combination):
            result.counts[code] += n
    return result


class _LocalRun:
    """One incremental clustering: the tracked events, their clusters, and the links still to decide."""

    def __init__(self, graph: _Graph, stored: Stored) -> None:
        self.graph, self.stored = graph, stored
        self._near: dict[str, list[tuple[str, Evidence]]] = {}
        self._torn: dict[str, bool] = {}
        self._echo: dict[tuple[Any, Any], dict[str, str]] = {}
        self._history: dict[str, History] = {}
        self.groups = Groups((), graph, self.is_echo)
        self.entered: set[str] = set()  # stored clusters (their ids) whose members are tracked
        self.unfaithful: set[str] = set()  # stored clusters whose history says nothing of the new run
        self.heap: list[tuple[Key, str, str]] = []
        self.pushed: set[Pair] = set()

    # What the merge reads of one event: its links, whether it bridges two towns, whose echo it is.
    def near(self, i: str) -> list[tuple[str, Evidence]]:
        found = self._near.get(i)
        if found is None:
            found = self._near[i] = self.graph.neighbours(i)
        return found

    def torn(self, i: str) -> bool:
        """``clusters._bridges``: compatible with reports of two different towns (and not an echo)."""
        found = self._torn.get(i)
        if found is None:
            profiles = self.graph.profiles
            towns = [t for n, _ in self.near(i) if (t := profiles[n].towns)]
            found = any(not x & y for n, x in enumerate(towns) for y in towns[n + 1 :])
            found = self._torn[i] = found and self.echo(i) is None
        return found

    def echo(self, i: str) -> str | None:
        """``clusters._echoes`` over the events of ``i``'s sentence (echoes pair only those)."""
        e = self.graph.profiles.by_id[i]
        where = (e.get("doc"), e.get("start"))
        if self.graph.profiles.counts[where] < 2:
            return None
        found = self._echo.get(where)
        if found is None:
            group = self.stored.sentence(where)
            profiles, g = self.graph.profiles, self.graph
            ids = sorted(group)
            later_of: dict[str, str] = {}
            for n, a in enumerate(ids):
                for b in ids[n + 1 :]:
                    ev = g.edge(a, b)
                    if ev is None or not ev.day_apart:
                        continue
                    pa, pb = profiles[a], profiles[b]
                    if pa.sentence != pb.sentence:
                        continue
                    first, later = (a, b) if (pa.date or "", a) < (pb.date or "", b) else (b, a)
                    later_of.setdefault(later, first)
            found = self._echo[where] = {e: p for e, p in later_of.items() if p not in later_of}
        return found.get(i)

    def is_echo(self, i: str) -> bool:
        return self.echo(i) is not None

    def history(self, cluster: str) -> History:
        found = self._history.get(cluster)
        if found is None:
            found = self._history[cluster] = History(self, self.stored.members(cluster))
        return found

    # Tracking.
    def enter(self, cluster: str, t: Key | None) -> None:
        """Track a stored cluster from link ``t`` on: its members as they were then, all their links."""
        if cluster in self.entered:
            return
        self.entered.add(cluster)
        members = self.stored.members(cluster)
        self.groups.add(members)
        if t is not START:
            for i, part in self.history(cluster).at(t).items():
                for j in part:
                    self.groups.merge(i, j)
        for i in members:
            for other, ev in self.near(i):
                key = link_key(i, other, ev)
                p = (key[1], key[2])
                if p not in self.pushed and (t is None or key > t):
                    self.pushed.add(p)
                    heapq.heappush(self.heap, (key, key[1], key[2]))

    def start(self, seeds: Iterable[str]) -> None:
        """Track the stored clusters of ``seeds`` from the start, as new: echoes joined, no history."""
        todo = sorted({self.stored.cluster_of(i) for i in seeds})
        echoes: dict[str, str] = {}
        while todo:
            cluster = todo.pop()
            if cluster in self.entered:
                continue
            self.unfaithful.add(cluster)
            self.enter(cluster, START)
            for i in self.stored.members(cluster):
                p = self.echo(i)
                if p is not None:
                    echoes[i] = p
                    todo.append(self.stored.cluster_of(p))  # an echo joins its principal at the start
        for e, p in sorted(echoes.items()):
            self.groups.merge(p, e)

    def faithful(self, root: str, t: Key) -> bool:
        """Whether a tracked cluster is what the stored history says it was just before link ``t``."""
        members = self.groups.members[root]
        cluster = self.stored.cluster_of(members[0])
        if cluster in self.unfaithful or any(self.stored.cluster_of(i) != cluster for i in members):
            return False
        return self.history(cluster).at(t)[members[0]] == frozenset(members)

    def run(self) -> None:
        g, groups, heap = self.graph, self.groups, self.heap
        while heap:
            key, a, b = heapq.heappop(heap)
            ev = g.edge(a, b)
            if ev is None:
                continue
            if a not in groups.root:
                a, b = b, a
            ra = groups.find(a)
            if b in groups.root:
                rb = groups.find(b)
                if ra == rb or not groups.fits(ra, rb):
                    continue
                if (self.torn(a) or self.torn(b)) and ev.reason != ANALYST_SAME:
                    continue
                groups.merge(a, b)
                continue
            # b's stored cluster is untracked: it is what its history says it was before this link.
            if self.faithful(ra, key):
                continue  # both sides as they were: decided as it was, apart
            mine = groups.members[ra]
            if not may_stand_with(mine, b, g, self.is_echo):
                continue  # b itself cannot be with a's cluster: most links stop here
            analyst = ev.reason == ANALYST_SAME
            if self.torn(a) and not analyst:
                continue
            cluster = self.stored.cluster_of(b)
            if not fits(mine, self.history(cluster).at(key)[b], g, self.is_echo):
                continue
            if self.torn(b) and not analyst:
                continue
            self.enter(cluster, key)
            groups.merge(a, b)

    def assignments(self) -> dict[str, Assignment]:
        out: dict[str, Assignment] = {}
        by_id = self.graph.profiles.by_id
        for root, group in self.groups.members.items():
            if len(group) == 1:
                out[root] = Assignment(root, 1, None)
                continue
            cid = _earliest(group, by_id)
            ids = sorted(group)
            edges = {}
            for n, a in enumerate(ids):
                for b in ids[n + 1 :]:
                    ev = self.graph.edge(a, b)
                    if ev is not None:
                        edges[(a, b)] = ev
            links = _spanning_links(cid, group, edges)
            for i in group:
                out[i] = Assignment(cid, len(group), links.get(i))
        return out


def local_clusters(
    graph: _Graph,
    rows: Sequence[Mapping[str, Any]],
    new: Iterable[str],
    seeds: Iterable[str],
    removed: Sequence[Mapping[str, Any]] = (),
    stored: Stored | None = None,
) -> dict[str, Assignment]:
    """The clusters of every event whose cluster may differ from its stored one, after ``new`` events
    joined the store and ``removed`` records left it; the stored clusters of ``seeds`` (among them the
    new events) are not trusted. ``rows`` are the live events ``graph`` holds (or ``stored`` reads
    them through indexes a reader keeps: ``store.linking.local_settling``)."""
    new = set(new)
    stored = Stored(rows, graph.profiles.by_id, new) if stored is None else stored
    run = _LocalRun(graph, stored)
    seeds = {s for s in seeds if s in stored.by_id} | (new & stored.by_id.keys())
    seeds |= _standing_changed(run, new & seeds, seeds, removed)
    # an act joining or leaving a day may turn whether that day holds one act (``sole_act_of_day``)
    changed = [*(stored.by_id[i] for i in sorted(new & stored.by_id.keys())), *removed]
    seeds |= {i for i in rivals(graph.index, changed) if i in stored.by_id}
    run.start(seeds)
    run.run()
    return run.assignments()


def _standing_changed(
    run: _LocalRun, new: set[str], seeds: set[str], removed: Sequence[Mapping[str, Any]]
) -> set[str]:
    """Stored events that new or removed reports may have made, or stopped being, a bridge between towns.

    A new report of a town can make a neighbour a bridge (which then keeps apart from all); that only
    changes something in a stored cluster of several. A removed report of a town may end a bridge.
    """
    out: set[str] = set()
    profiles, stored = run.graph.profiles, run.stored
    for i in sorted(new):
        if not profiles[i].towns:
            continue
        for other, _ in run.near(i):
            if other not in seeds and len(stored.members(stored.cluster_of(other))) > 1 and run.torn(other):
                out.add(other)
    if removed:
        gone = _Profiles({str(r.get("id")): r for r in removed}, _counts(removed))
        index, common = run.graph.index, run.graph.common
        for r in removed:
            p = gone[str(r.get("id"))]
            if not p.towns:
                continue
            for other in index.candidates(p):
                if other not in seeds and compatible(p, profiles[other], common) is not None:
                    out.add(other)
    return out


def _counts(rows: Iterable[Mapping[str, Any]]) -> Counter[tuple[Any, Any]]:
    return Counter((e.get("doc"), e.get("start")) for e in rows)
