"""When two groups of reports may become one cluster: nothing between them contradicts, and what is not
linked is tied through a report both are linked to.

A pair of reports lacks a link for one of two reasons. They contradict each other: days apart beyond
their precision, two towns, two specific countries, two kinds of occurrence, an analyst's "different".
Or neither says enough to link on its own: one names the town, the other only the country; one is dated
to the month, the other to the day; a wire lead and an explainer's sentence. Requiring a link between
every two members (strict complete linkage) keeps the second kind apart for want of evidence nobody could
have; merging through any chain would put two camps together. Two groups join here when

- every pair across them is linked, or contradicts nothing: ``compatibility.judge`` refused it only for
  want of evidence, and, stricter than a link (whose evidence answers for what differs), its dates can
  be one date at their precision (not a day apart), its places are not two (a capital and a town
  count), neither names a country the other lacks while lacking one the other names, neither is an
  untyped sentence told hours beside its report's act, and neither is a statement naming nothing of the
  other's kind, unless the group links it with a report of that kind; and
- every pair across them that is not linked has a report of the joined group linked to both (a chain of
  weak evidence, A with B, B with C, C with D, does not put A with D).

A difference of kind between two withdrawal stages (an announcement, a departure, a handover) is no
contradiction when the joined group already links a report of one of the two kinds with the other
report: those reports read that announcement and that departure as one act (the month-dated "Wagner
announced it was leaving" beside "Wagner said on Friday it was withdrawing", told as an announcement the
same day by a third report). An announcement and a completion that no report ties stay apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from store.about.places import is_region
from store.linking.compatibility import Evidence, Profile
from store.linking.date_match import date_match
from store.linking.kinds import WILDCARD, WITHDRAWAL_FAMILIES
from store.linking.type_match import tells

# What ``compatibility.judge`` says when it finds nothing against a pair, only too little for it.
NO_EVIDENCE = "evidence"


class Links(Protocol):
    """What the test reads of a clustering run: links, refusals, profiles, and the countries every
    report names (``common_countries``)."""

    common: frozenset[str]

    def edge(self, a: str, b: str) -> Evidence | None: ...

    def refusal(self, a: str, b: str) -> str: ...

    def profile(self, i: str) -> Profile: ...


def contradicts(graph: Links, a: str, b: str, group: Sequence[str] | None = None) -> bool:
    """Whether ``a`` and ``b`` (not linked) cannot report one occurrence. ``group`` is the joined group
    whose links may show two withdrawal stages are one act; None when any group might (the test is then
    a necessary condition for every group holding the pair)."""
    why = graph.refusal(a, b)
    if not why:
        return False  # linked
    if why not in (NO_EVIDENCE, "type"):
        return True
    pa, pb = graph.profile(a), graph.profile(b)
    if not one_date(pa, pb) or elsewhere(pa, pb) or other_parties(pa, pb, graph.common):
        return True
    others = () if group is None else [c for c in group if c not in (a, b)]
    for x, y in ((pa, pb), (pb, pa)):
        if x.type == "other" and x.beside_previous:
            return True
        if (
            says_nothing_of(x, y)
            and group is not None
            and not any(_tied(graph, c, y.family, x.id) for c in others)
        ):
            return True
    if why == NO_EVIDENCE:
        return False
    if pa.family == pb.family or not {pa.family, pb.family} <= WITHDRAWAL_FAMILIES:
        return True
    if group is None:
        return False
    return not any(_tied(graph, c, pa.family, b) or _tied(graph, c, pb.family, a) for c in others)


def one_date(a: Profile, b: Profile) -> bool:
    """Whether the two dates can be one date at their precision: the same day, or a month or a year
    holding the other's day. A day apart is a link's tolerance (a statement the day after its act), for
    which the link's own evidence answers; two reports that nothing links are two days."""
    found = date_match(a, b)
    return found is not None and not found.day_apart


def elsewhere(a: Profile, b: Profile) -> bool:
    """Whether each names a place (not a region) and they share none: a link may read a capital as where
    its act was told, but two reports that nothing links, at two places, are two occurrences (the
    Niamey air base and the Agadez base the same month)."""
    sites_a = {p for p in a.places if not is_region(p)}
    sites_b = {p for p in b.places if not is_region(p)}
    return bool(sites_a and sites_b and not sites_a & sites_b)


def other_parties(a: Profile, b: Profile, common: frozenset[str]) -> bool:
    """Whether each names a country the other does not (leaving out those every report names): a link
    may read a contingent's nationality beside its host's, but two reports that nothing links, one of
    Burkina Faso and Niger leaving a regional force, one of France leaving Niger, are two occurrences."""
    specific_a, specific_b = a.countries - common, b.countries - common
    return bool(specific_a - specific_b and specific_b - specific_a)


def says_nothing_of(statement: Profile, other: Profile) -> bool:
    """Whether ``statement`` is a statement whose sentence names nothing of ``other``'s kind ("the
    minister condemned the junta" beside a departure): something else said that day, unless a link
    with a report of that kind says it is told of that occurrence in words the cues do not know
    ("Heute geht ein wichtiger Einsatz zu Ende", linked to the departure its report tells)."""
    return (
        statement.type == WILDCARD and other.type not in (WILDCARD, "other") and not tells(statement, other)
    )


def _tied(graph: Links, c: str, family: str, other: str) -> bool:
    """Whether ``c`` is a report of ``family`` linked to ``other``."""
    return graph.profile(c).family == family and graph.edge(c, other) is not None


def may_join(xs: Iterable[str], ys: Iterable[str], graph: Links, is_echo: Callable[[str], bool]) -> bool:
    """Whether the groups ``xs`` and ``ys`` may be one cluster (echoes left out: they are their principal's
    report)."""
    xs = [a for a in xs if not is_echo(a)]
    ys = [b for b in ys if not is_echo(b)]
    group = xs + ys
    loose = []
    for a in xs:
        for b in ys:
            if graph.edge(a, b) is None:
                if contradicts(graph, a, b, group):
                    return False  # most merges that fail stop at their first pair
                loose.append((a, b))
    for a, b in loose:
        if not any(c not in (a, b) and graph.edge(a, c) and graph.edge(b, c) for c in group):
            return False
    return True


def may_stand_with(xs: Iterable[str], b: str, graph: Links, is_echo: Callable[[str], bool]) -> bool:
    """A test ``b`` passes whenever a group holding it may join ``xs`` (``may_join``): it contradicts none
    of them. Cheap, and enough to rule out most links before a group's history is read."""
    if is_echo(b):
        return True
    return not any(graph.edge(a, b) is None and contradicts(graph, a, b) for a in xs if not is_echo(a))
