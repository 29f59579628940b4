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
on random stores, with replaced documents and analysts' decisions).
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from store.linking.clusters import (
    ANALYST_SAME,
    Assignment,
    Pair,
    _earliest,
    _Graph,
    _Profiles,
    _spanning_links,
)
from store.linking.compatibility import Evidence, compatible

Key = tuple[int, str, str]  # merge order: the strongest link first, then by event ids
START: Key | None = None  # before the first link


def _key(a: str, b: str, ev: Evidence) -> Key:
    return (-ev.score, a, b) if a <= b else (-ev.score, b, a)


def _before(key: Key, t: Key | None) -> bool:
    return t is not None and key < t


class _Stored:
    """The stored clusters and sentences of the live events, indexed the first time they are asked for
    (most events are alone in their cluster and are never asked about)."""

    def __init__(
        self, rows: Sequence[Mapping[str, Any]], by_id: Mapping[str, Mapping[str, Any]], new: set[str]
    ):
        self.rows, self.by_id, self.new = rows, by_id, new
        self._nonroot: dict[str, list[str]] | None = None
        self._sentences: dict[tuple[Any, Any], list[str]] | None = None

    def cluster_of(self, i: str) -> str:
        c = self.by_id[i].get("cluster")
        return c if isinstance(c, str) and c and i not in self.new else f"\0{i}"  # new, or never clustered

    def members(self, cluster: str) -> list[str]:
        """The live events whose ``cluster_of`` is ``cluster``."""
        if cluster.startswith("\0"):
            return [cluster[1:]]
        if self._nonroot is None:
            self._nonroot = defaultdict(list)
            for r in self.rows:
                c, i = r.get("cluster"), r.get("id")
                if c != i and isinstance(c, str) and c and str(i) not in self.new:
                    self._nonroot[c].append(str(i))
        own = [cluster] if cluster in self.by_id and self.cluster_of(cluster) == cluster else []
        return own + self._nonroot.get(cluster, [])

    def sentence(self, where: tuple[Any, Any]) -> list[str]:
        """The live events read from the sentence at ``where`` (document, offset)."""
        if self._sentences is None:
            self._sentences = defaultdict(list)
            for r in self.rows:
                self._sentences[(r.get("doc"), r.get("start"))].append(str(r.get("id")))
        return self._sentences.get(where, [])


class _History:
    """A stored cluster's merges in order, replayed to say what it was at any point of the merge."""

    def __init__(self, run: _LocalRun, members: list[str]) -> None:
        self.members = sorted(members)
        self.merges: list[tuple[Key, str, str]] = []
        self.echo: dict[str, str] = {}
        if len(self.members) == 1:
            return
        g = run.graph
        echo = {i: p for i in self.members if (p := run.echo(i)) is not None and p in self.members}
        self.echo = echo
        # A report that bridges two towns merges only with its echo or by an analyst's decision: one that
        # is neither an echo's principal nor in a decision is in a stored cluster of several as no bridge.
        principals = set(echo.values())
        torn = {i for i in self.members if (i in principals or i in g.forced) and run.torn(i)}
        internal = []
        for n, a in enumerate(self.members):
            for b in self.members[n + 1 :]:
                ev = g.edge(a, b)
                if ev is not None:
                    internal.append((_key(a, b, ev), ev))
        internal.sort()
        groups = _Groups(self.members, g, run.is_echo)
        for e, p in sorted(echo.items()):
            groups.merge(p, e)
        for key, ev in internal:
            a, b = key[1], key[2]
            if groups.find(a) == groups.find(b) or not groups.fits(groups.find(a), groups.find(b)):
                continue
            if (a in torn or b in torn) and ev.reason != ANALYST_SAME:
                continue
            groups.merge(a, b)
            self.merges.append((key, a, b))

    def at(self, t: Key | None) -> dict[str, frozenset[str]]:
        """Each member's cluster just before link ``t`` (before every link when ``t`` is ``START``)."""
        root = {i: i for i in self.members}

        def find(i: str) -> str:
            while root[i] != i:
                i = root[i]
            return i

        for e, p in self.echo.items():
            root[find(e)] = find(p)
        for key, a, b in self.merges:
            if not _before(key, t):
                break
            root[find(b)] = find(a)
        parts: dict[str, set[str]] = defaultdict(set)
        for i in self.members:
            parts[find(i)].add(i)
        return {i: frozenset(parts[find(i)]) for i in self.members}


class _Groups:
    """Union-find with member lists and the complete-linkage test, as ``clusters`` merges."""

    def __init__(self, ids: Iterable[str], graph: _Graph, is_echo: Callable[[str], bool]) -> None:
        self.root: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}
        self.graph, self.is_echo = graph, is_echo
        self.add(ids)

    def add(self, ids: Iterable[str]) -> None:
        for i in ids:
            self.root[i] = i
            self.members[i] = [i]

    def find(self, i: str) -> str:
        root = self.root
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    def fits(self, x: str, y: str) -> bool:
        return _fits(self.members[x], self.members[y], self.graph, self.is_echo)

    def merge(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        keep, gone = (ra, rb) if ra <= rb else (rb, ra)
        self.root[gone] = keep
        self.members[keep].extend(self.members.pop(gone))


def _fits(xs: Iterable[str], ys: Iterable[str], graph: _Graph, is_echo: Callable[[str], bool]) -> bool:
    """Every report of one side compatible with every report of the other (echoes left out)."""
    ys = [b for b in ys if not is_echo(b)]
    return all(graph.edge(a, b) is not None for a in xs if not is_echo(a) for b in ys)


class _LocalRun:
    """One incremental clustering: the tracked events, their clusters, and the links still to decide."""

    def __init__(self, graph: _Graph, stored: _Stored) -> None:
        self.graph, self.stored = graph, stored
        self._near: dict[str, list[tuple[str, Evidence]]] = {}
        self._torn: dict[str, bool] = {}
        self._echo: dict[tuple[Any, Any], dict[str, str]] = {}
        self._history: dict[str, _History] = {}
        self.groups = _Groups((), graph, self.is_echo)
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

    def history(self, cluster: str) -> _History:
        found = self._history.get(cluster)
        if found is None:
            found = self._history[cluster] = _History(self, self.stored.members(cluster))
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
                key = _key(i, other, ev)
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
            if not self.is_echo(b) and not _fits(mine, (b,), g, self.is_echo):
                continue  # b itself cannot be with a's cluster: most links stop here
            analyst = ev.reason == ANALYST_SAME
            if self.torn(a) and not analyst:
                continue
            cluster = self.stored.cluster_of(b)
            if not _fits(mine, self.history(cluster).at(key)[b], g, self.is_echo):
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
) -> dict[str, Assignment]:
    """The clusters of every event whose cluster may differ from its stored one, after ``new`` events
    joined the store and ``removed`` records left it; the stored clusters of ``seeds`` (among them the
    new events) are not trusted. ``rows`` are the live events ``graph`` holds."""
    new = set(new)
    stored = _Stored(rows, graph.profiles.by_id, new)
    run = _LocalRun(graph, stored)
    seeds = {s for s in seeds if s in stored.by_id} | (new & stored.by_id.keys())
    seeds |= _standing_changed(run, new & seeds, seeds, removed)
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
