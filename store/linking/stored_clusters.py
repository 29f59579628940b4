"""What the stored clusters are and were: their members, their sentences, and the merges that made them.

``store.linking.local_update`` reads the stored clusters as the outcome of the
strongest-first merge of ``store.linking.clusters`` over the store before an
ingest. When a link from a changed cluster reaches a stored one, it needs that
cluster as it was at that point of the merge: ``History`` replays the cluster's
own internal links in merge order (no other link ever merged into it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

from store.linking.clusters import ANALYST_SAME, _Graph
from store.linking.cohesion import may_join
from store.linking.compatibility import Evidence

Key = tuple[int, str, str]  # merge order: the strongest link first, then by event ids
START: Key | None = None  # before the first link


def link_key(a: str, b: str, ev: Evidence) -> Key:
    return (-ev.score, a, b) if a <= b else (-ev.score, b, a)


def _before(key: Key, t: Key | None) -> bool:
    return t is not None and key < t


class Reader(Protocol):
    """What a replay reads of the run: the links, and whose echo or which bridge an event is."""

    graph: _Graph

    def echo(self, i: str) -> str | None: ...

    def is_echo(self, i: str) -> bool: ...

    def torn(self, i: str) -> bool: ...


class Stored:
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


class History:
    """A stored cluster's merges in order, replayed to say what it was at any point of the merge."""

    def __init__(self, run: Reader, members: list[str]) -> None:
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
                    internal.append((link_key(a, b, ev), ev))
        internal.sort()
        groups = Groups(self.members, g, run.is_echo)
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


class Groups:
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
        return fits(self.members[x], self.members[y], self.graph, self.is_echo)

    def merge(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        keep, gone = (ra, rb) if ra <= rb else (rb, ra)
        self.root[gone] = keep
        self.members[keep].extend(self.members.pop(gone))


def fits(xs: Iterable[str], ys: Iterable[str], graph: _Graph, is_echo: Callable[[str], bool]) -> bool:
    """Whether two groups may be one cluster, as ``clusters`` merges (``cohesion.may_join``)."""
    return may_join(xs, ys, graph, is_echo)
