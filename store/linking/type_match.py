"""Whether two events' types can tell one occurrence: the same type, one family, a statement reporting
it, or two stages of one withdrawal told of one day."""

from __future__ import annotations

from store.about.event_types import declared, reported_kinds
from store.linking.date_match import DateMatch
from store.linking.kinds import DECLARED_PAIR, WILDCARD, WITHDRAWAL_FAMILIES
from store.linking.profiles import Profile
from store.linking.votes import VOTE_TYPES


def type_match(a: Profile, b: Profile) -> tuple[int, str] | None:
    if a.type == b.type:
        return (2, "same type") if a.type != "other" else (-1, "both without a type")
    if a.family == b.family and a.family not in ("other", WILDCARD):
        return 1, f"related types ({a.type}, {b.type})"
    if "vote" in (a.type, b.type) and {a.type, b.type} <= VOTE_TYPES:
        # a vote and a report typed by what it decided, or not at all: as an untyped report, it is one
        # occurrence when both are the same vote (store/linking/votes.py)
        return -1, "a vote and a report of what it decided"
    if WILDCARD in (a.type, b.type) and "other" not in (a.type, b.type):
        return 0, "a statement reporting it"
    if "other" in (a.type, b.type):
        return -1, "one report without a type"
    return None


def declared_start(a: Profile, b: Profile, when: DateMatch) -> tuple[int, str] | None:
    """An announcement and, on its day, a departure told as someone's declaration ("Mali is leaving
    the group, the government said in a statement"): one declaration, told once as a plan and once
    as a move under way. Days apart, a start nobody declared, or a plan its sentence does not date (the
    report's day stands in: "Paris has pledged to pull its troops out by the end of the year" beside the
    convoy the junta said left on Tuesday), they stay two occurrences."""
    if {a.family, b.family} != DECLARED_PAIR or when.strength < 2:
        return None
    start = a if a.family == "start" else b
    plan = b if start is a else a
    if plan.report_day or not declared(start.text, start.language):
        return None
    return 1, "an announcement and the departure it declares, the same day"


def stages_of_one_act(a: Profile, b: Profile, when: DateMatch) -> tuple[int, str] | None:
    """Two stages of a withdrawal told of one day (an announcement, a start, a completion, a handover)
    by reports naming the same camp, or the same countries: one act read two ways ("Britain will bring
    its troops home early, the minister told MPs on Monday" / "London announced on Monday the early
    withdrawal"). Days apart they stay two occurrences; what differs (a town, a host, a force) keeps
    them apart below. A stage dated only by its report's day ("the troops are to leave by late summer"
    in Monday's report) was not told of that day."""
    if a.family == b.family or not {a.family, b.family} <= WITHDRAWAL_FAMILIES or when.strength < 2:
        return None
    if (a.report_day or b.report_day) and not (a.target and a.target == b.target):
        # A stage dated only by its report's day was not told of that day, unless both give the same
        # deadline: one commitment, told once with its day ("decided on Tuesday to end its role by May
        # 2024") and once as the report's news ("Die Bundeswehr soll ihren Einsatz bis Mai 2024 beenden").
        return None
    if a.towns & b.towns or (a.countries and a.countries == b.countries):
        return 1, f"withdrawal stages told of one day ({a.type}, {b.type})"
    return None


def tells(statement: Profile, other: Profile) -> bool:
    """Whether a statement's sentence names the kind of occurrence ``other`` is ("the army said the
    last soldiers crossed the border" tells a completed withdrawal; "the minister condemned the
    junta" tells none): a statement with nothing of the kind is another occurrence on the same day."""
    return other.type in reported_kinds(statement.told or statement.text, statement.language)


def published_after(statement: Profile, other: Profile, when: DateMatch, countries: list[str]) -> bool:
    """A statement dated the day after the act it tells, naming the same countries, at least one of
    them specific to this act (not one every report of the store names): the communiqué published on
    Tuesday about Monday's departure, which names no place ("a annoncé l'état-major dans un communiqué
    publié ce mardi"). The day before the act, with a country the other lacks, or when either names a
    town (one camp's departure the day before the last one), it is another one."""
    return (
        when.day_apart
        and bool(countries)
        and not statement.towns
        and not other.towns
        and statement.countries == other.countries
        and bool(statement.date and other.date and statement.date > other.date)
    )


def terms_of_a_decision(a: Profile, b: Profile, when: DateMatch) -> tuple[int, str] | None:
    """A plan whose sentence dates only its deadline, told in the report of a decision that ends a mission
    on its own day ("Le Conseil de sécurité a voté vendredi la fin de la mission" / "La résolution prévoit le
    retrait des casques bleus d'ici le 31 décembre"): the deadline is the decision's own terms, one
    occurrence. Only within one report, on the day the decision's sentence gives, and when the plan names
    no country the decision does not (another government's plan told that day is its own)."""
    if a.doc != b.doc or when.strength < 2 or when.day_apart:
        return None
    plan, decision = (a, b) if a.family == "announce" else (b, a)
    if plan.family != "announce" or not (terms_told(plan) and decision_told(decision)):
        return None
    if not plan.countries <= decision.countries:
        return None
    return 1, "the deadline the decision its report tells sets"


def terms_told(p: Profile) -> bool:
    """A plan dated only by its deadline (its report's day stands in for the day it was decided)."""
    return p.family == "announce" and p.deadline_only and not p.inferred


def decision_told(p: Profile) -> bool:
    """The end of a mission decided on a day its own sentence gives."""
    return p.type == "mission_ended" and p.precision == "day" and not (p.report_day or p.inferred)
