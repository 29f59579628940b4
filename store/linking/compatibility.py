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

from dataclasses import dataclass
from functools import lru_cache

from store.about.places import place_country, spans_countries
from store.linking.act_evidence import (
    may_vote,
    points_at,
    recalled_plan,
    said_of_one_object,
    same_act,
    same_envoy,
    same_holder,
    same_medium,
    same_object,
    same_organisation_left,
    same_plan,
    says_several,
    told_next_day,
)
from store.linking.date_match import DateMatch, background_of, date_match, other_deadlines
from store.linking.decided_acts import vote_beside_move
from store.linking.envoy_expelled import envoy_expelled_that_month
from store.linking.force_ends import same_force_ended
from store.linking.hosts import acting_in, different_actors, different_hosts
from store.linking.identifying_parties import identifying_party
from store.linking.kinds import (
    ACTS,
    DECLARED_PAIR,
    FAMILY,
    HOSTED_FAMILIES,
    ONCE_PER_ACTOR,
    RARE_IN_YEAR,
    RARE_ON_DAY,
    WILDCARD,
    WITHDRAWAL_FAMILIES,
)
from store.linking.listed_countries import spread_over_a_list
from store.linking.listed_days import listed_days
from store.linking.named_camps import counts_camps, other_camps
from store.linking.next_day_lead import lead_of_next_day
from store.linking.operation_context import same_operation
from store.linking.place_context import camp_in_capital, context_place, other_town
from store.linking.place_hosts import place_hosts
from store.linking.places_abroad import places_abroad
from store.linking.plan_beside_act import plan_beside_act, vote_beside_camp
from store.linking.profiles import Profile, profile, when
from store.linking.recalled_at_town import recalled_at_town
from store.linking.recalled_votes import recalled_vote
from store.linking.said_plans import said_plan_beside_act
from store.linking.same_office import same_office
from store.linking.silent_reports import silent_report
from store.linking.sole_act_of_day import DayActs
from store.linking.speech_of_one_day import host_only_act, untyped_speech
from store.linking.spelled_places import spelled_places
from store.linking.type_match import (
    declared_start,
    published_after,
    stages_of_one_act,
    tells,
    terms_of_a_decision,
    type_match,
)
from store.linking.untyped_telling import untyped_telling
from store.linking.votes import same_vote, vote_of

__all__ = [
    "DECLARED_PAIR",
    "FAMILY",
    "HOSTED_FAMILIES",
    "ONCE_PER_ACTOR",
    "RARE_IN_YEAR",
    "RARE_ON_DAY",
    "WILDCARD",
    "WITHDRAWAL_FAMILIES",
    "DateMatch",
    "Evidence",
    "Profile",
    "compatible",
    "date_match",
    "judge",
    "profile",
    "when",
]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why two events are one occurrence: a strength (stronger links merge first) and a short reason."""

    score: int
    reason: str
    identity: int = 0  # what identified the occurrence: 3 a shared place, 2 a shared specific country
    day_apart: bool = False


def nested(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports' countries are one within the other (and not empty)."""
    return bool(a and b) and (a <= b or b <= a)


def common_only(a: Profile, b: Profile, specific_a: frozenset[str], specific_b: frozenset[str]) -> bool:
    """Two reports of one kind naming only countries every report names, one of them all the other's
    ("Takuba's European partners will leave the country too" beside "France will withdraw from Mali", in a
    store about France and Mali): the country one leaves out identifies nothing, so it contradicts nothing.
    Only when the same countries act in both: "Mali will leave the G5 Sahel" is not France's withdrawal."""
    if a.type != b.type or specific_a or specific_b or not nested(a.countries, b.countries):
        return False
    acting = acting_in(a.text, a.countries)
    return bool(acting) and acting == acting_in(b.text, b.countries)


def planned_end(plan: Profile, act: Profile) -> bool:
    """A completion ``plan``'s sentence sets only a deadline for ("les deux parties négocient la remise des
    autres camps avant juillet", dated by its report's day), beside ``act``, a completion its report dates
    with no deadline ahead: what is to be done by a day is not what was done on another."""
    return plan.deadline_only and plan.family == "end" and act.family == "end" and not act.target


def compatible(a: Profile, b: Profile, common: frozenset[str]) -> Evidence | None:
    """The evidence that ``a`` and ``b`` report one occurrence, or None."""
    found = judge(a, b, common)
    return found if isinstance(found, Evidence) else None


def _sites(p: Profile) -> frozenset[str]:
    return _sites_of(p.places) if p.places else p.places


@lru_cache(maxsize=1 << 14)  # asked per pair, of a few place sets
def _sites_of(places: frozenset[str]) -> frozenset[str]:
    return frozenset(x for x in places if not spans_countries(x))


def judge(a: Profile, b: Profile, common: frozenset[str], days: DayActs | None = None) -> Evidence | str:
    """The evidence that ``a`` and ``b`` report one occurrence, or why not, in a word ("date", "type",
    "town", "country", "host", "actor", "vote", "evidence"): ``bench/clusters.py --errors`` sorts by it.
    ``days`` reads the store's acts of each day (``sole_act_of_day``); without it only the pair counts."""
    if a.id == b.id:
        return "same event"
    when = date_match(a, b) or recalled_plan(a, b, common)
    if when is None or background_of(a, b) or other_deadlines(a, b) or plan_beside_act(a, b):
        return "date"  # a plan "by December" told on the day of an act is not that act
    kind = type_match(a, b) or declared_start(a, b, when) or stages_of_one_act(a, b, when)
    terms = terms_of_a_decision(a, b, when) if kind is None else None
    kind = kind or terms
    if kind is None or vote_beside_move(a, b) or vote_beside_camp(a, b):
        return "type"  # a vote and the troops' moves it decides, a camp left that day: two acts
    towns_a, towns_b = a.towns, b.towns
    if towns_a and towns_b and not towns_a & towns_b:
        return "town"  # two camps, two towns: two occurrences (a region or a capital may be where it is told)
    if other_town(a, b):
        return "town"  # one names its camp, the other's report names another one
    if places_abroad(a, b):
        return "town"  # Camp Castor in Gao / the Niamey base: two countries, neither named by the other
    if counts_camps(a) != counts_camps(b):
        return "town"  # "returned two camps to Senegal": several handovers, not one of them
    if other_camps(a, b):
        return "town"  # "le camp Maréchal" / "le camp Saint-Exupéry": two camps, though in one city
    sites_a, sites_b = _sites(a), _sites(b)  # a region over several countries ("the Sahel") is no site
    if a.doc == b.doc and sites_a and sites_b and not sites_a & sites_b and not camp_in_capital(a, b):
        # One report telling two sentences of one day at two places (the base handed over in the desert, a
        # team staying on in the capital) tells two occurrences: across reports a capital may be only
        # where it was told, within one the writer names each where it happened.
        return "town"
    if planned_end(a, b) or planned_end(b, a):
        return "date"  # "negotiate handing over the other camps before July": not a camp handed over
    if said_plan_beside_act(a, b):
        return "date"  # "said the crews would be home by September" / "flew their last mission yesterday"
    plan: list[str] = []
    if a.deadline_only and b.deadline_only and not towns_a & towns_b:
        # Two plans each dated by the day its report was written share that day, not an act: only a camp
        # both name says they tell one plan ("must leave Kidal by 30 November"); a country does not, unless
        # the same deadline and a count both give say which commitment both recall.
        plan = same_plan(a, b, common)
        if not plan:
            return "date"
    specific_a, specific_b = a.countries - common, b.countries - common
    # Countries keep two reports apart only when each names one and they share none, leaving out the
    # country of a town they both name: a contingent's nationality beside a town is no conflict with a
    # report naming only the town's country ("the Goundam camp, after the Ivorian contingent left" / "the
    # Goundam base was handed to the Malian army"); two contingents at one camp still are, in a capital
    # too: the host both name is no shared evidence ("Italian troops left Niamey" / "German troops left
    # Niamey" the next day are two departures).
    # The host one report names through its town and the other by name ("quitté Niamey" / "la capitale
    # nigérienne") is no shared evidence either (place_hosts).
    host = frozenset(c for t in a.places & b.places if (c := place_country(t))) | place_hosts(a, b)
    told_a, told_b = specific_a - host, specific_b - host
    if told_a and told_b and not told_a & told_b:
        return "country"
    host = frozenset(c for t in towns_a & towns_b if (c := place_country(t)))
    if (
        not towns_a & towns_b  # a camp both name says which country it is in
        and a.family in HOSTED_FAMILIES
        and b.family in HOSTED_FAMILIES
        and different_hosts(
            a.text, a.countries, b.text, b.countries, (a.places, b.places), (a.language, b.language)
        )
    ):
        return "host"  # one force leaving two hosts (Chad, Senegal): two occurrences
    if different_actors(a.text, a.countries - host, b.text, b.countries - host):
        return "actor"  # two countries each acting in its own report (Britain, Côte d'Ivoire leaving Mali)
    vote_a = vote_of(a.text, a.language, a.countries) if may_vote(a) else None
    vote_b = vote_of(b.text, b.language, b.countries) if vote_a and may_vote(b) else None
    if vote_a and vote_b:
        if when.strength < 2 or not same_vote(vote_a, vote_b):
            return "vote"  # two bodies, two days or two missions: two votes
        body = vote_a[0].replace(":", " ")
        return Evidence(2 * when.strength + 3, f"{when.text}, the same vote ({body})", 3)
    spelt = spelled_places(a, b)  # a camp one report found, spelt in the other's sentence
    places = sorted(a.places & b.places | spelt)
    listed = spread_over_a_list(a, b, common) or listed_days(a, b, common)  # countries spread over a list
    countries = [] if listed else sorted(specific_a & specific_b)
    identity = 3 * bool(places) + 2 * bool(countries)
    reasons = [when.text]
    if places:
        reasons.append("same place " + ", ".join(places))
    if countries:
        reasons.append("same country " + ", ".join(countries))
    same_kind = a.type == b.type and bool(a.countries) and a.countries == b.countries
    rare_year = same_kind and a.type in RARE_IN_YEAR and not (says_several(a) or says_several(b))
    rare_day = (same_kind or common_only(a, b, specific_a, specific_b)) and a.type in RARE_ON_DAY
    # Two plans each dated only by its report's day share the day they were written, not a decision: a
    # plan is rare on its day only when a report dates it ("announced on Friday").
    rare_day = (
        rare_day
        and when.strength >= 2
        and not (a.family == b.family == "announce" and a.report_day and b.report_day)
    )
    if kind[0] < 0:
        # An untyped report: only its day and its town say it (a capital or a region, where statements
        # are made, does not), or, with a country both name, a name both sentences give (a person, an
        # unlisted site: "l'ambassadeur de France, Joël Meyer") or a count both give.
        town = bool(towns_a & towns_b or spelt)
        # An untyped sentence told hours before or after its own report's act ("Wenige Stunden zuvor war
        # der Außenminister in N'Djamena") is another moment of that day: a name it shares with another
        # report's act of that day is that act's background, not the same occurrence.
        beside = (a.type == "other" and a.beside_previous) or (b.type == "other" and b.beside_previous)
        act = [] if town or when.strength < 2 or beside else same_act(a, b) or same_envoy(a, b, countries)
        ok = when.strength >= 2 and (town or bool(act))
        reasons.extend(act)
        if not ok:
            act = silent_report(a, b, when, common)  # an act told in words the types do not know
            act = act or untyped_speech(a, b, when, common)  # one thing said that day, no act told
            act = act or same_operation(a, b, when)  # one named operation's act that day
            act = act or untyped_telling(a, b, when, countries)  # its words tell the other's act
            act = act or recalled_at_town(a, b, when)  # "the departure from Kidal in October"
            ok = bool(act)
            reasons.extend(act)
    elif kind[0] == 0:
        # A statement links when its sentence names the other's kind of occurrence, on its day with
        # what identifies it, or the day before at the same place: "said on Sunday" of a departure
        # on Saturday.
        statement, other = (a, b) if a.type == WILDCARD else (b, a)
        ok = tells(statement, other) and (
            (bool(identity) and when.strength >= 2)
            or (when.day_apart and bool(places))
            or published_after(statement, other, when, countries)
            or points_at(statement, other)
        )
        if not ok and tells(statement, other) and when.strength >= 2 and other.type in ACTS:
            # A statement pointing back at an act, on the day of another report's act of that kind: a
            # name or an organisation its act's sentence and the other give says it is that act.
            act = said_of_one_object(statement, other)
            ok = bool(act)
            reasons.extend(act)
        if not ok:
            act = silent_report(a, b, when, common) or host_only_act(a, b, when, common)
            act = act or same_operation(a, b, when)  # one named operation's act that day
            act = act or recalled_at_town(a, b, when)  # "after the one at Gossi in April"
            ok = bool(act)
            reasons.extend(act)
        if ok and points_at(statement, other):
            reasons.append("a statement pointing back at its sentence")
    elif when.strength == 0:
        ok = rare_year or (a.type == b.type and a.type in ONCE_PER_ACTOR and bool(countries))
    elif when.strength == 1:
        ok = rare_year or (bool(identity) and kind[0] >= (2 if when.day_apart else 1))
        if ok and (a.type in ACTS or a.type == WILDCARD) and specific_a != specific_b and not places:
            # "Cairo will suspend its contingent" on the 15th, "the government suspended rotations" in
            # July: a country one names and the other does not is another government's act that month,
            # unless a name both give says whose ("Olivier Salgado"). Two statements a day apart are
            # two speakers alike ("Niger broke with Kyiv on Tuesday" / "Stockholm said on Wednesday it
            # would phase out its aid", both naming Ukraine).
            act = same_act(a, b) or same_medium(a, b)
            ok = bool(act)
            reasons.extend(act)
        elif not ok and same_kind and a.type in ACTS and when.day_apart and told_next_day(a, b):
            # One act on one object, told on its day and in the next day's lead dated only by its report
            # ("ont déclaré lundi persona non grata ... de la Cédéao" / "has told the ECOWAS envoy to
            # leave", Tuesday): a name or an organisation both give says it is one.
            act = same_object(a, b)
            ok = bool(act)
            reasons.extend(act)
        elif not ok and a.type in RARE_ON_DAY and not when.day_apart and a.precision != b.precision:
            # One person's decision of a kind, told of a day and recalled in its month ("annoncé par
            # Emmanuel Macron en février" / "Macron anunció el jueves"): the office holder both name.
            act = same_holder(a, b) or same_office(a, b)  # the person, or the office he holds
            ok = bool(act)
            reasons.extend(act)
        if not ok:  # the day's lead, filed the day after the end at a town it tells
            act = lead_of_next_day(a, b, when) or envoy_expelled_that_month(a, b, when)
            ok = bool(act)
            reasons.extend(act)
    else:
        ok = bool(identity) or rare_day or rare_year
        if not ok and a.type == b.type and a.type in ACTS and nested(a.countries, b.countries):
            # One act on one person that day, both naming the same countries and no place (only the
            # country every report names, say): a name both give says it is one ("declared Hamidou
            # Boly persona non grata" / "yêu cầu ông Hamidou Boly ... rời khỏi"), even when one also
            # names a country in passing ("citing the Russian mercenaries" beside Borrell's suspension)
            act = same_object(a, b)
            ok = bool(act)
            reasons.extend(act)
        if not ok and a.family in WITHDRAWAL_FAMILIES and b.family in WITHDRAWAL_FAMILIES:
            # One government leaving one organisation that day, told as announced or as begun: the
            # organisation both name says which withdrawal it is (no place or foreign country names it).
            act = same_organisation_left(a, b)
            ok = bool(act)
            reasons.extend(act)
        if not ok:  # one act of that day, one report naming its camp and the other only in its report
            act = context_place(a, b, when, common)
            ok = bool(act)
            reasons.extend(act)
    if not ok and kind[0] > 0 and when.strength >= 1 and specific_a == specific_b:
        act = same_force_ended(
            a, b, when.strength
        )  # one named force ends once ("Takuba ended on Thursday" / "in June")
        ok = bool(act)
        reasons.extend(act)
    if plan:  # what lets two plans dated by their reports through the date check says which one
        ok = True
        reasons.extend(plan)
    ok = ok or terms is not None  # a decision's terms, told in its own report
    if not ok:  # who acted or spoke: the day's only act, a person, an organisation, an envoy at a place
        act = identifying_party(a, b, when, days if kind[0] > 0 else None)
        ok = bool(act)
        reasons.extend(act)
    if not ok:  # one body's vote on one country, told of its day and recalled in its month
        act = recalled_vote(a, b, when, common)
        ok = bool(act)
        reasons.extend(act)
    if not ok:
        return "evidence"
    if not identity and (rare_year or rare_day):
        span = "year" if rare_year else "day"
        reasons.append(f"one {a.type.replace('_', ' ')} a {span} in {', '.join(sorted(a.countries))}")
    reasons.append(kind[1])
    score = 2 * when.strength + identity + max(kind[0], 0)
    return Evidence(score, ", ".join(reasons), identity, when.day_apart)
