"""Whether two events can report the same occurrence, and the evidence that says so.

Everything used here is language-neutral: what extraction already put on the
events (date and precision, type, ISO countries, canonical place names,
figures). A pair is compatible only when nothing contradicts it (dates at their
precision, type family, places, countries) and something identifies the
occurrence beyond its date and type: a specific place, a country that is not
in every report of the store, or a kind of occurrence rare enough that its
date and country say which one it is (a coup in one country in one year; the
end of a mission on one day). Two reports of a vote by one body on one day are one vote, unless
they name different missions (``store.linking.votes``). When in doubt there is no link: a false merge
hides an event, a missed link only repeats one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from store.about.countries import capital_place
from store.about.event_types import declared, names_envoy, reported_kinds
from store.about.places import is_region, place_country, places_in_passing
from store.linking.hosts import different_actors, different_hosts
from store.linking.names import shared_names_of
from store.linking.votes import VOTE_TYPES, same_vote, vote_of

# Types that tell one kind of occurrence: a completed withdrawal and a handed-over camp on one
# day are one occurrence; an announcement and a completion are not.
FAMILY: Mapping[str, str] = {
    "withdrawal_completed": "end",
    "handover": "end",
    "mission_ended": "end",
    "withdrawal_started": "start",
    "withdrawal_announced": "announce",
    "attack": "violence",
    "casualties": "violence",
    "coup": "coup",
    "deployment": "deployment",
    "agreement": "agreement",
    "statement": "statement",
    "other": "other",
}
WILDCARD = "statement"  # "X left, the army said": reported speech may carry any occurrence
RARE_IN_YEAR = frozenset({"coup"})  # one per country and year unless the text says two
RARE_ON_DAY = frozenset({"coup", "mission_ended", "withdrawal_announced", "agreement"})
ONCE_PER_ACTOR = frozenset({"withdrawal_completed"})  # a country completes its withdrawal once a year
DECLARED_PAIR = frozenset({"announce", "start"})  # "X is leaving, it said": a plan told as a move
WITHDRAWAL_FAMILIES = frozenset({"announce", "start", "end"})  # a force leaving a host, at any stage
HOSTED_FAMILIES = WITHDRAWAL_FAMILIES | {"statement"}  # and what is said of it ("Chad ended the pact")


@dataclass(frozen=True, slots=True)
class Profile:
    """The parts of an event record linking reads, prepared once per event."""

    id: str
    doc: str
    date: str | None
    precision: str | None
    inferred: bool
    type: str
    countries: frozenset[str]
    places: frozenset[str]
    # Its places that are towns or camps: not regions, not capitals (where statements are made), and
    # not a route's ends or a name in quotes ("the boat « Tombouctou », from Gao to Mopti, was hit near
    # Bamba") when it names another town: those are named in passing.
    towns: frozenset[str]
    figures: tuple[tuple[str, int], ...]  # (unit, value)
    sentence_events: int  # events extracted from the same sentence (a split "coups in 2020 and 2021")
    sentence: tuple[str, int] = ("", -1)  # (document, offset): events of one sentence share it
    text: str = ""  # the sentence, read only for a statement: which kinds of occurrence it tells
    language: str = ""
    # A plan whose sentence dates only its deadline ("the mission must leave before 31 December"): the
    # report's publication day stands in for the day it was decided (towns alone link two such plans).
    deadline_only: bool = False
    # A statement pointing back at the sentence before it ("Das gab Macron am Donnerstag bekannt"): that
    # sentence and its own, whose kinds of occurrence it tells (store/about/main_clause.py refers_back).
    told: str = ""

    @property
    def family(self) -> str:
        return FAMILY.get(self.type, "other")


def profile(event: Mapping[str, Any], sentence_events: int = 1, before: str = "") -> Profile:
    """What linking reads of ``event``; ``before`` is the sentence before it in its document, read only
    when the event is a statement that points back at it."""
    figures = tuple(
        (str(f.get("unit")), int(f["value"]))
        for f in event.get("figures") or ()
        if isinstance(f, Mapping) and isinstance(f.get("value"), int) and not isinstance(f.get("value"), bool)
    )
    date, precision = when(event)
    places = event.get("places") or ()
    sentence = str(event.get("sentence") or "")
    towns = frozenset(p for p in places if not is_region(p) and capital_place(p) != p)
    passing = places_in_passing(sentence, str(event.get("language") or "")) if len(towns) > 1 else frozenset()
    towns = (towns - passing) or towns
    return Profile(
        id=str(event.get("id")),
        doc=str(event.get("doc")),
        date=date,
        precision=precision,
        inferred=bool(event.get("date_inferred")),
        type=str(event.get("type") or "other"),
        countries=frozenset(event.get("countries") or ()),
        places=frozenset(places),
        towns=towns,
        figures=figures,
        sentence_events=sentence_events,
        sentence=(str(event.get("doc")), int(event.get("start") or 0)),
        text=str(event.get("sentence") or ""),
        language=str(event.get("language") or ""),
        deadline_only=bool(date and event.get("target_date") and not event.get("date_text")),
        told=f"{before} {sentence}" if before else "",
    )


def when(event: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The event's date and precision as linking reads them (both None when it has no usable date)."""
    precision = event.get("date_precision") or None
    date = event.get("date") or None
    if date and precision not in ("day", "month", "year"):
        precision = {10: "day", 7: "month", 4: "year"}.get(len(date))
    if date and not _valid(str(date), precision):
        return None, None  # a damaged record links with nothing rather than stopping an ingest
    return (date, precision) if precision else (None, precision)


_DATE_FORMS = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "year": re.compile(r"\d{4}"),
}


@lru_cache(maxsize=65536)  # a store repeats its dates: check each once
def _valid(date: str, precision: str | None) -> bool:
    form = _DATE_FORMS.get(precision or "")
    if form is None or not form.fullmatch(date):
        return False
    try:
        dt.date.fromisoformat(f"{date}-01-01"[:10] if precision != "day" else date)
    except ValueError:
        return False
    return precision != "month" or 1 <= int(date[5:7]) <= 12


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why two events are one occurrence: a strength (stronger links merge first) and a short reason."""

    score: int
    reason: str
    identity: int = 0  # what identified the occurrence: 3 a shared place, 2 a shared specific country
    day_apart: bool = False


@dataclass(frozen=True, slots=True)
class _DateMatch:
    strength: int  # 3 same day, 2 inferred year same day/month, 1 a day apart or within a month, 0 year
    text: str
    day_apart: bool = False


def _with_year(date: str, year: str) -> str | None:
    try:
        return dt.date.fromisoformat(f"{year}{date[4:]}").isoformat()
    except ValueError:  # 29 February in another year
        return None


def _days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def date_match(a: Profile, b: Profile) -> _DateMatch | None:
    """How the two dates agree at their precision, or None when they cannot be one date."""
    if not a.date or not b.date:
        return None
    if a.precision == "day" and b.precision == "day":
        if a.inferred != b.inferred:  # the year of one is a guess: compare day and month
            if a.date[5:] == b.date[5:]:
                return _DateMatch(2, f"same day and month {a.date[5:]} (year inferred)")
            guess, stated = (a, b) if a.inferred else (b, a)
            moved = _with_year(guess.date, stated.date[:4])
            if moved is not None and _days_apart(moved, stated.date) == 1:
                return _DateMatch(
                    1, f"a day apart ({guess.date[5:]} / {stated.date[5:]}, year inferred)", True
                )
            return None
        if a.date == b.date:
            return _DateMatch(3, f"same day {a.date}")
        if not a.inferred and not b.inferred and _days_apart(a.date, b.date) == 1:
            return _DateMatch(1, f"a day apart ({min(a.date, b.date)} / {max(a.date, b.date)})", True)
        return None
    if a.inferred or b.inferred:
        day, other = (a, b) if a.precision == "day" else (b, a)
        if (
            day.inferred
            and not other.inferred
            and other.precision == "month"
            and day.date[5:7] == other.date[5:7]
        ):
            return _DateMatch(1, f"{day.date[5:]} within {other.date} (year inferred)")
        return None  # an inferred year at month or year precision says too little
    short, long = (a, b) if len(a.date) <= len(b.date) else (b, a)
    if not long.date.startswith(short.date):
        return None
    if short.precision == "month":
        inside = f"{long.date} within {short.date}" if long.date != short.date else f"same month {short.date}"
        return _DateMatch(1, inside)
    return _DateMatch(0, f"same year {short.date}")


def _type_match(a: Profile, b: Profile) -> tuple[int, str] | None:
    if a.type == b.type:
        return (2, "same type") if a.type != "other" else (-1, "both without a type")
    if a.family == b.family and a.family not in ("other", WILDCARD):
        return 1, f"related types ({a.type}, {b.type})"
    if WILDCARD in (a.type, b.type) and "other" not in (a.type, b.type):
        return 0, "a statement reporting it"
    if "other" in (a.type, b.type):
        return -1, "one report without a type"
    return None


def _declared_start(a: Profile, b: Profile, when: _DateMatch) -> tuple[int, str] | None:
    """An announcement and, on its day, a departure told as someone's declaration ("Mali is leaving
    the group, the government said in a statement"): one declaration, told once as a plan and once
    as a move under way. Days apart, or a start nobody declared, they stay two occurrences."""
    if {a.family, b.family} != DECLARED_PAIR or when.strength < 2:
        return None
    start = a if a.family == "start" else b
    if not declared(start.text, start.language):
        return None
    return 1, "an announcement and the departure it declares, the same day"


def _stages_of_one_act(a: Profile, b: Profile, when: _DateMatch) -> tuple[int, str] | None:
    """Two stages of a withdrawal told of one day (an announcement, a start, a completion, a handover)
    by reports naming the same camp, or the same countries: one act read two ways ("Britain will bring
    its troops home early, the minister told MPs on Monday" / "London announced on Monday the early
    withdrawal"). Days apart they stay two occurrences; what differs (a town, a host, a force) keeps
    them apart below."""
    if a.family == b.family or not {a.family, b.family} <= WITHDRAWAL_FAMILIES or when.strength < 2:
        return None
    if a.towns & b.towns or (a.countries and a.countries == b.countries):
        return 1, f"withdrawal stages told of one day ({a.type}, {b.type})"
    return None


def _tells(statement: Profile, other: Profile) -> bool:
    """Whether a statement's sentence names the kind of occurrence ``other`` is ("the army said the
    last soldiers crossed the border" tells a completed withdrawal; "the minister condemned the
    junta" tells none): a statement with nothing of the kind is another occurrence on the same day."""
    return other.type in reported_kinds(statement.told or statement.text, statement.language)


def _published_after(statement: Profile, other: Profile, when: _DateMatch, countries: list[str]) -> bool:
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


def _says_several(p: Profile) -> bool:
    """A sentence that counts two or more of its kind on its one date ("two coups in 2022")."""
    return p.sentence_events == 1 and any(unit == "coups" and value >= 2 for unit, value in p.figures)


def _may_vote(p: Profile) -> bool:
    """Whether ``p`` may be a vote linking reads as one: a day and a type a decision is given."""
    return p.precision == "day" and p.type in VOTE_TYPES


def _shared_names(a: Profile, b: Profile) -> frozenset[str]:
    return shared_names_of(a.text, a.language) & shared_names_of(b.text, b.language)


def _shared_figures(a: Profile, b: Profile) -> list[str]:
    """Counts both give of one thing, equal within a tenth ("about 300 soldiers" / "300 Soldaten"); small
    counts (under 10) are too common to say which act it is."""
    return sorted(
        {
            f"{va} {ua}"
            for ua, va in a.figures
            for ub, vb in b.figures
            if ua == ub and min(va, vb) >= 10 and abs(va - vb) <= 0.1 * max(va, vb)
        }
    )


def _same_act(a: Profile, b: Profile) -> list[str]:
    """What says two reports sharing a country tell one act: a proper name both sentences give, or a
    count both give ("300 soldiers" / "300 Soldaten"); empty when nothing does."""
    if not a.countries & b.countries:
        return []
    return [f"same name {n}" for n in sorted(_shared_names(a, b))] + [
        f"same figure {f}" for f in _shared_figures(a, b)
    ]


def _same_envoy(a: Profile, b: Profile, countries: list[str]) -> list[str]:
    """A diplomat both sentences name, with a country both name that not every report names ("gave
    France's ambassador three days to leave" / "trục xuất đại sứ Pháp"): one person, one act that day."""
    if not countries or not (names_envoy(a.text, a.language) and names_envoy(b.text, b.language)):
        return []
    return [f"a diplomat of {', '.join(countries)} in both"]


def compatible(a: Profile, b: Profile, common: frozenset[str]) -> Evidence | None:
    """The evidence that ``a`` and ``b`` report one occurrence, or None."""
    found = judge(a, b, common)
    return found if isinstance(found, Evidence) else None


def judge(a: Profile, b: Profile, common: frozenset[str]) -> Evidence | str:
    """The evidence that ``a`` and ``b`` report one occurrence, or why not, in a word ("date", "type",
    "town", "country", "host", "actor", "vote", "evidence"): ``bench/clusters.py --errors`` sorts by it."""
    if a.id == b.id:
        return "same event"
    when = date_match(a, b)
    if when is None:
        return "date"
    kind = _type_match(a, b) or _declared_start(a, b, when) or _stages_of_one_act(a, b, when)
    if kind is None:
        return "type"
    towns_a, towns_b = a.towns, b.towns
    if towns_a and towns_b and not towns_a & towns_b:
        return "town"  # two camps, two towns: two occurrences (a region or a capital may be where it is told)
    if a.deadline_only and b.deadline_only and not towns_a & towns_b:
        # Two plans each dated by the day its report was written share that day, not an act: only a camp
        # both name says they tell one plan ("must leave Kidal by 30 November"); a country does not.
        return "date"
    specific_a, specific_b = a.countries - common, b.countries - common
    # Countries keep two reports apart only when each names one and they share none, leaving out the
    # country of a town they both name: a contingent's nationality beside a town is no conflict with a
    # report naming only the town's country ("the Goundam camp, after the Ivorian contingent left" / "the
    # Goundam base was handed to the Malian army"); two contingents at one camp still are.
    host = frozenset(c for t in towns_a & towns_b if (c := place_country(t)))
    told_a, told_b = specific_a - host, specific_b - host
    if told_a and told_b and not told_a & told_b:
        return "country"
    if (
        not towns_a & towns_b  # a camp both name says which country it is in
        and a.family in HOSTED_FAMILIES
        and b.family in HOSTED_FAMILIES
        and different_hosts(a.text, a.countries, b.text, b.countries, (a.places, b.places))
    ):
        return "host"  # one force leaving two hosts (Chad, Senegal): two occurrences
    if different_actors(a.text, a.countries - host, b.text, b.countries - host):
        return "actor"  # two countries each acting in its own report (Britain, Côte d'Ivoire leaving Mali)
    vote_a = vote_of(a.text, a.language, a.countries) if _may_vote(a) else None
    vote_b = vote_of(b.text, b.language, b.countries) if vote_a and _may_vote(b) else None
    if vote_a and vote_b:
        if when.strength < 2 or not same_vote(vote_a, vote_b):
            return "vote"  # two bodies, two days or two missions: two votes
        body = vote_a[0].replace(":", " ")
        return Evidence(2 * when.strength + 3, f"{when.text}, the same vote ({body})", 3)
    places = sorted(a.places & b.places)
    countries = sorted(specific_a & specific_b)
    identity = 3 * bool(places) + 2 * bool(countries)
    reasons = [when.text]
    if places:
        reasons.append("same place " + ", ".join(places))
    if countries:
        reasons.append("same country " + ", ".join(countries))
    same_kind = a.type == b.type and bool(a.countries) and a.countries == b.countries
    rare_year = same_kind and a.type in RARE_IN_YEAR and not (_says_several(a) or _says_several(b))
    rare_day = same_kind and a.type in RARE_ON_DAY and when.strength >= 2
    if kind[0] < 0:
        # An untyped report: only its day and its town say it (a capital or a region, where statements
        # are made, does not), or, with a country both name, a name both sentences give (a person, an
        # unlisted site: "l'ambassadeur de France, Joël Meyer") or a count both give.
        town = bool(towns_a & towns_b)
        act = [] if town or when.strength < 2 else _same_act(a, b) or _same_envoy(a, b, countries)
        ok = when.strength >= 2 and (town or bool(act))
        reasons.extend(act)
    elif kind[0] == 0:
        # A statement links when its sentence names the other's kind of occurrence, on its day with
        # what identifies it, or the day before at the same place: "said on Sunday" of a departure
        # on Saturday.
        statement, other = (a, b) if a.type == WILDCARD else (b, a)
        ok = _tells(statement, other) and (
            (bool(identity) and when.strength >= 2)
            or (when.day_apart and bool(places))
            or _published_after(statement, other, when, countries)
        )
    elif when.strength == 0:
        ok = rare_year or (a.type == b.type and a.type in ONCE_PER_ACTOR and bool(countries))
    elif when.strength == 1:
        ok = rare_year or (bool(identity) and kind[0] >= (2 if when.day_apart else 1))
    else:
        ok = bool(identity) or rare_day or rare_year
    if not ok:
        return "evidence"
    if not identity and (rare_year or rare_day):
        span = "year" if rare_year else "day"
        reasons.append(f"one {a.type.replace('_', ' ')} a {span} in {', '.join(sorted(a.countries))}")
    reasons.append(kind[1])
    score = 2 * when.strength + identity + max(kind[0], 0)
    return Evidence(score, ", ".join(reasons), identity, when.day_apart)
