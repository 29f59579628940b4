"""Grouping events into occurrences: complete linkage over pairwise evidence, updated incrementally.

A cluster is a set of events that all report one occurrence: no pair of its
members contradicts (days, places, countries, kinds: ``store.linking.cohesion``),
and a pair that is not linked (``store.linking.compatibility``) is tied through a
member linked to both, never merely chained (A with B and B with C does not put A
with C when A and C are two camps). Clusters are built per connected component of
the link graph by merging the strongest links first; ties are broken by event ids,
so the same events always give the same clusters whatever the order they were
ingested in.

A cluster's id is its earliest member's event id: the first in timeline order
(``store.query.sort_key``: date, undated last, then document and offset), ties
broken by the smaller id. Analyst decisions ("these two events are / are not
the same occurrence", keyed by event ids) override the evidence.

Incremental: ingest (``relink``) works out again only what new or removed
records can change (``store.linking.local_update``); ``cluster_events`` with
``touched`` events clusters again the connected components that hold them
(corrections, decisions). Every other event keeps its stored cluster, and the
result is the same as clustering the whole store. Links are found through
``store.linking.candidates``, which compares each event only with those sharing
a date bucket and something that identifies an occurrence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from store.about.main_clause import refers_back
from store.linking.candidates import CandidateIndex
from store.linking.cohesion import may_join
from store.linking.common_countries import common_countries
from store.linking.compatibility import Evidence, Profile, judge, profile
from store.linking.profiles import echoed_days
from store.query import sort_key

ANALYST_SAME = "an analyst said these report the same occurrence"

Pair = tuple[str, str]


def pair(a: str, b: str) -> Pair:
    return (a, b) if a <= b else (b, a)


@dataclass(frozen=True, slots=True)
class Decisions:
    """Analyst decisions by event-id pairs: the same occurrence, or different ones."""

    same: frozenset[Pair] = frozenset()
    different: frozenset[Pair] = frozenset()

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]]) -> Decisions:
        same, different = set(), set()
        for row in rows:
            a, b, what = row.get("a"), row.get("b"), row.get("decision")
            if not isinstance(a, str) or not isinstance(b, str) or a == b:
                continue
            (same if what == "same" else different if what == "different" else set()).add(pair(a, b))
        return cls(frozenset(same), frozenset(different - same))

    def ids(self) -> set[str]:
        return {i for p in (*self.same, *self.different) for i in p}


@dataclass(frozen=True, slots=True)
class Assignment:
    cluster: str
    size: int
    link: tuple[str, str] | None  # (the member it is linked to, the reason), None for the cluster's root


class _Profiles(dict):
    """Full profiles, worked out the first time linking reads an event (most events never are)."""

    def __init__(self, by_id: Mapping[str, Mapping[str, Any]], counts: Counter[tuple[Any, Any]]) -> None:
        super().__init__()
        self.by_id, self.counts = by_id, counts
        self._ends: dict[tuple[Any, Any], str] | None = (
            None  # (doc, end) -> sentence, built when first needed
        )
        self._sentences: dict[tuple[Any, Any], list[Mapping[str, Any]]] | None = None

    def __missing__(self, event_id: str) -> Profile:
        e = self.by_id[event_id]
        p = self[event_id] = profile(
            e, self.counts[(e.get("doc"), e.get("start"))], self._before(e), self._echoes(e)
        )
        return p

    def _echoes(self, e: Mapping[str, Any]) -> frozenset[str]:
        """The days of the acts a statement's own sentence tells a few days before it (``echoed_days``)."""
        if e.get("type") != "statement" or self.counts[(e.get("doc"), e.get("start"))] < 2:
            return frozenset()
        if self._sentences is None:
            self._sentences = defaultdict(list)
            for x in self.by_id.values():
                self._sentences[(x.get("doc"), x.get("start"))].append(x)
        return echoed_days(e, self._sentences[(e.get("doc"), e.get("start"))])

    def _before(self, e: Mapping[str, Any]) -> str:
        """The sentence just before a statement that points back at it ("Das gab Macron bekannt"), if an
        event of the same document was read from it; "" otherwise."""
        if e.get("type") != "statement" or not refers_back(
            str(e.get("sentence") or ""), str(e.get("language") or "")
        ):
            return ""
        if self._ends is None:
            self._ends = {
                (x.get("doc"), x.get("end")): str(x.get("sentence") or "") for x in self.by_id.values()
            }
        start = e.get("start")
        if not isinstance(start, int):
            return ""
        for gap in (1, 2, 0):  # the sentence ends one or two characters (a space, a newline) before
            found = self._ends.get((e.get("doc"), start - gap))
            if found:
                return found
        return ""


@dataclass(slots=True)
class _Graph:
    """Profiles of the events, a candidate index for pairs, and the evidence found so far."""

    profiles: _Profiles
    common: frozenset[str]
    decisions: Decisions
    index: CandidateIndex
    evidence: dict[Pair, Evidence | None] = field(default_factory=dict)
    refusals: dict[Pair, str] = field(default_factory=dict)  # why a pair is not linked
    forced: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def __post_init__(self) -> None:
        for a, b in sorted(self.decisions.same):
            if a in self.profiles.by_id and b in self.profiles.by_id:
                self.forced[a].add(b)
                self.forced[b].add(a)

    def edge(self, a: str, b: str) -> Evidence | None:
        key = pair(a, b)
        if key in self.decisions.different:
            return None
        if key in self.decisions.same:
            return Evidence(100, ANALYST_SAME)
        if key not in self.evidence:
            found = judge(self.profiles[key[0]], self.profiles[key[1]], self.common, self.index.day_acts)
            self.evidence[key] = found if isinstance(found, Evidence) else None
            if not isinstance(found, Evidence):
                self.refusals[key] = found
        return self.evidence[key]

    def refusal(self, a: str, b: str) -> str:
        """Why ``a`` and ``b`` are not linked, in ``judge``'s word ("analyst" for an analyst's "different");
        "" when they are."""
        key = pair(a, b)
        if key in self.decisions.different:
            return "analyst"
        return "" if self.edge(a, b) is not None else self.refusals.get(key, "")

    def profile(self, event_id: str) -> Profile:
        return self.profiles[event_id]

    def neighbours(self, event_id: str) -> list[tuple[str, Evidence]]:
        p = self.profiles[event_id]
        seen: set[str] = {event_id}
        out: list[tuple[str, Evidence]] = []
        for other in (*self.index.candidates(p), *sorted(self.forced.get(event_id, ()))):
            if other in seen:
                continue
            seen.add(other)
            ev = self.edge(event_id, other)
            if ev is not None:
                out.append((other, ev))
        return out


def _sentence_counts(events: Sequence[Mapping[str, Any]]) -> Counter[tuple[Any, Any]]:
    return Counter((e.get("doc"), e.get("start")) for e in events)


def _graph(
    events: Sequence[Mapping[str, Any]], decisions: Decisions, common: frozenset[str] | None = None
) -> _Graph:
    by_id = {str(e["id"]): e for e in events}
    common = common_countries(events) if common is None else common
    index = CandidateIndex(common)
    for e in events:
        index.add(e)
    return _Graph(_Profiles(by_id, _sentence_counts(events)), common, decisions, index)


def cluster_events(
    events: Sequence[Mapping[str, Any]],
    decisions: Decisions | None = None,
    touched: Iterable[str] | None = None,
    common: frozenset[str] | None = None,
) -> dict[str, Assignment]:
    """The cluster of every event whose component holds a ``touched`` event (all events when None).

    ``common`` is ``common_countries(events)`` when the caller already has it.
    """
    return _cluster_from(_graph(events, decisions or Decisions(), common), touched)


def cluster_subset(
    by_id: Mapping[str, Mapping[str, Any]],
    sentence_counts: Mapping[tuple[Any, Any], int],
    index: CandidateIndex,
    decisions: Decisions,
    touched: Iterable[str],
) -> dict[str, Assignment]:
    """``cluster_events`` over events already filed elsewhere (``store.linking.settling``).

    ``by_id`` holds every event linking may read (it is only looked up, never walked),
    ``sentence_counts`` the events of each (document, offset) among them, and ``index``
    files them all with its ``common`` countries; only ``touched`` events' components are read.
    """
    graph = _Graph(_Profiles(by_id, sentence_counts), index.common, decisions, index)  # type: ignore[arg-type]
    return _cluster_from(graph, touched)


def _cluster_from(graph: _Graph, touched: Iterable[str] | None) -> dict[str, Assignment]:
    by_id = graph.profiles.by_id
    start = sorted(by_id) if touched is None else sorted({t for t in touched if t in by_id})
    done: set[str] = set()
    out: dict[str, Assignment] = {}
    for seed in start:
        if seed in done:
            continue
        component, edges = _component(graph, seed)
        done.update(component)
        out.update(_cluster_component(component, edges, graph, by_id))
    return out


def _component(graph: _Graph, seed: str) -> tuple[list[str], dict[Pair, Evidence]]:
    seen = {seed}
    todo = [seed]
    edges: dict[Pair, Evidence] = {}
    while todo:
        current = todo.pop()
        for other, ev in graph.neighbours(current):
            edges[pair(current, other)] = ev
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return sorted(seen), edges


def _earliest(ids: Iterable[str], by_id: Mapping[str, Mapping[str, Any]]) -> str:
    return min(ids, key=lambda i: (sort_key(dict(by_id[i])), i))


def _cluster_component(
    component: list[str],
    edges: dict[Pair, Evidence],
    graph: _Graph,
    by_id: Mapping[str, Mapping[str, Any]],
) -> dict[str, Assignment]:
    if len(component) == 1:
        only = component[0]
        return {only: Assignment(only, 1, None)}
    root = {i: i for i in component}
    members: dict[str, list[str]] = {i: [i] for i in component}

    def find(i: str) -> str:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    echoes = _echoes(edges, graph)

    def fits(x: str, y: str) -> bool:
        return may_join(members[x], members[y], graph, echoes.__contains__)

    for echo, principal in sorted(echoes.items()):  # a sentence's statement date joins what it reports
        ra, rb = find(principal), find(echo)
        if ra != rb:
            keep, gone = (ra, rb) if ra <= rb else (rb, ra)
            root[gone] = keep
            members[keep].extend(members.pop(gone))
    torn = _bridges(component, edges, graph) - set(echoes)
    ordered = sorted(edges.items(), key=lambda kv: (-kv[1].score, kv[0]))
    for (a, b), ev in ordered:
        ra, rb = find(a), find(b)
        if ra == rb or not fits(ra, rb):
            continue
        if (a in torn or b in torn) and ev.reason != ANALYST_SAME:
            continue
        keep, gone = (ra, rb) if ra <= rb else (rb, ra)
        root[gone] = keep
        members[keep].extend(members.pop(gone))
    out: dict[str, Assignment] = {}
    for group in members.values():
        cid = _earliest(group, by_id)
        links = _spanning_links(cid, group, edges)
        for i in group:
            out[i] = Assignment(cid, len(group), links.get(i))
    return out


def _echoes(edges: dict[Pair, Evidence], graph: _Graph) -> dict[str, str]:
    """Events that only repeat another event of their sentence a day later, each with that event.

    "The convoy left on Saturday, the mission said on Sunday" can give two events of one sentence:
    the Sunday one is the statement of the Saturday one, one report, so it is linked with it and
    left out when the other reports are checked against the cluster.
    """
    found: dict[str, str] = {}
    for (a, b), ev in sorted(edges.items()):
        pa, pb = graph.profiles[a], graph.profiles[b]
        if not ev.day_apart or pa.sentence != pb.sentence:
            continue
        first, later = (a, b) if (pa.date or "", a) < (pb.date or "", b) else (b, a)
        found.setdefault(later, first)
    return {e: p for e, p in found.items() if p not in found}


def _bridges(component: list[str], edges: dict[Pair, Evidence], graph: _Graph) -> set[str]:
    """Events compatible with reports of two different towns ("left Aguelhok, 100 km from Tessalit").

    Which of the two occurrences such an event tells is a guess: it stays on its own.
    """
    near: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        near[a].append(b)
        near[b].append(a)
    torn: set[str] = set()
    for e in component:
        towns = [graph.profiles[n].towns for n in near.get(e, ()) if graph.profiles[n].towns]
        if any(not x & y for i, x in enumerate(towns) for y in towns[i + 1 :]):
            torn.add(e)
    return torn


def _spanning_links(root: str, group: list[str], edges: dict[Pair, Evidence]) -> dict[str, tuple[str, str]]:
    """Each member's strongest link towards the root (a maximum spanning tree, grown from the root)."""
    if len(group) == 1:
        return {}
    inside = {root}
    links: dict[str, tuple[str, str]] = {}
    rest = set(group) - inside
    while rest:
        best: tuple[int, str, str, Evidence] | None = None
        for x in sorted(inside):
            for y in sorted(rest):
                ev = edges.get(pair(x, y))
                if ev is not None and (best is None or (-ev.score, y, x) < (-best[0], best[1], best[2])):
                    best = (ev.score, y, x, ev)
        if best is None:  # cannot happen: a cluster grows only along links; keep the rest unlinked
            break
        _, y, x, ev = best
        links[y] = (x, ev.reason)
        inside.add(y)
        rest.discard(y)
    return links


def apply_assignments(rows: Iterable[MutableMapping[str, Any]], assignments: Mapping[str, Assignment]) -> int:
    """Write clusters onto event records in place; returns how many records changed."""
    changed = 0
    for row in rows:
        a = assignments.get(row.get("id"))  # type: ignore[arg-type]
        if a is None:
            continue
        link = list(a.link) if a.link else None
        now = (row.get("cluster"), row.get("cluster_size"), row.get("cluster_link"))
        if now != (a.cluster, a.size, link):
            row["cluster"], row["cluster_size"], row["cluster_link"] = a.cluster, a.size, link
            changed += 1
    return changed


def relink(
    rows: Sequence[MutableMapping[str, Any]],
    new_ids: Iterable[str],
    removed: Sequence[Mapping[str, Any]] = (),
    decisions: Decisions | None = None,
) -> int:
    """Bring the clusters of a store's event records up to date after documents were added or replaced.

    ``rows`` are every event record now in the store (changed in place), ``new_ids`` the events just
    written, ``removed`` the records they replaced. Returns how many records changed. Only what the
    new and removed records can change is worked out again (``store.linking.local_update``).
    """
    from store.linking.local_update import relink_locally  # it builds on this module

    return relink_locally(rows, set(new_ids), removed, decisions or Decisions())
