"""What tells that two reports sharing a day tell one act when their types say little: a proper name or a
count both sentences give, a diplomat both name; and what says a sentence counts several of its kind."""

from __future__ import annotations

import re

from store.about.event_types import names_envoy
from store.about.office_holders import holder_names
from store.about.organisations import organisations_in
from store.linking.date_match import DateMatch
from store.linking.names import shared_names_of
from store.linking.profiles import Profile
from store.linking.votes import VOTE_TYPES


def says_several(p: Profile) -> bool:
    """A sentence that counts two or more of its kind on its one date ("two coups in 2022")."""
    return p.sentence_events == 1 and any(unit == "coups" and value >= 2 for unit, value in p.figures)


def may_vote(p: Profile) -> bool:
    """Whether ``p`` may be a vote linking reads as one: a day and a type a decision is given."""
    return p.precision == "day" and p.type in VOTE_TYPES


def shared_names(a: Profile, b: Profile) -> frozenset[str]:
    return shared_names_of(a.text, a.language) & shared_names_of(b.text, b.language)


def shared_figures(a: Profile, b: Profile) -> list[str]:
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


def same_act(a: Profile, b: Profile) -> list[str]:
    """What says two reports sharing a country tell one act: a proper name both sentences give, or a
    count both give ("300 soldiers" / "300 Soldaten"); empty when nothing does."""
    if not a.countries & b.countries:
        return []
    return [f"same name {n}" for n in sorted(shared_names(a, b))] + [
        f"same figure {f}" for f in shared_figures(a, b)
    ]


def same_object(a: Profile, b: Profile) -> list[str]:
    """What says two reports of one type of act on the same countries are about one object: a name both
    give (``same_act``), or a regional organisation both name in their own words, as an envoy's body is
    an expulsion's object ("the special representative of the Economic Community of West African
    States" / "représentant spécial de la Cédéao"); empty when nothing does."""
    named = organisations_in(a.text, a.language) & organisations_in(b.text, b.language)
    return same_act(a, b) + (
        [f"same organisation {n}" for n in sorted(named)] if a.countries & b.countries else []
    )


def same_organisation_left(a: Profile, b: Profile) -> list[str]:
    """What says two withdrawals of one day, at any stage, are one government leaving one organisation: the
    organisation both sentences name and a country both name ("a annoncé ce mardi son retrait de
    l'Organisation internationale de la Francophonie" / "said on Tuesday it was leaving the International
    Organisation of La Francophonie"); empty when either is missing."""
    if not a.countries & b.countries:
        return []
    named = organisations_in(a.text, a.language) & organisations_in(b.text, b.language)
    return [f"same organisation {n}" for n in sorted(named)]


def same_plan(a: Profile, b: Profile, common: frozenset[str]) -> list[str]:
    """What says two plans, each dated only by its report's day, recall one commitment: the same type, the
    same deadline, a count both give and a country both name ("Paris s'est engagé à retirer ses quelque
    1 400 militaires d'ici la fin de l'année" / "Pháp cam kết rút toàn bộ khoảng 1.400 quân ... trước cuối
    năm nay"); empty when anything is missing. The country is one not every report names: the host of a
    corpus about it says nothing of whose plan it is."""
    if a.type != b.type or not a.target or a.target != b.target or not (a.countries & b.countries) - common:
        return []
    figures = shared_figures(a, b)
    return [f"the same plan (by {a.target}, {figures[0]})"] if figures else []


def recalled_plan(a: Profile, b: Profile, common: frozenset[str]) -> DateMatch | None:
    """A plan whose sentence dates only its deadline (its report's day stands in, the latest day it can
    have been made) and the same plan dated when it was made, that month or the month before: one
    commitment ("Paris s'est engagé à retirer ses quelque 1 400 militaires d'ici la fin de l'année" on 10
    October / "France agreed last month to withdraw its roughly 1,400 troops ... by the end of the year").
    Only with the same deadline, a count and a country not every report names (``same_plan``)."""
    recall, made = (a, b) if a.deadline_only else (b, a)
    if not recall.deadline_only or made.deadline_only or recall.family != "announce":
        return None
    if (
        recall.precision != "day"
        or made.precision not in ("day", "month")
        or recall.inferred
        or made.inferred
    ):
        return None
    if not (recall.date and made.date) or made.date >= recall.date:
        return None
    if made.date[:7] not in (recall.date[:7], previous_month(recall.date)):
        return None
    plan = same_plan(a, b, common)
    if not plan:
        return None
    return DateMatch(1, f"made {made.date}, recalled on {recall.date} ({plan[0].removeprefix('the ')})")


def previous_month(date: str) -> str:
    """The month before ``date``'s ("2023-10-10" -> "2023-09")."""
    year, month = int(date[:4]), int(date[5:7])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


def next_month(date: str) -> str:
    """The month after ``date``'s ("2023-09" -> "2023-10")."""
    year, month = int(date[:4]), int(date[5:7])
    return f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}"


def points_at(statement: Profile, other: Profile) -> bool:
    """Whether ``statement`` points back at ``other``'s own sentence, in the same report ("... has told the
    envoy to leave within three days. The foreign ministry announced the decision on Monday"): it tells
    that act, and the day it gives is that act's."""
    return (
        statement.doc == other.doc
        and bool(statement.told and other.text)
        and statement.told.startswith(other.text)
    )


def said_of_one_object(statement: Profile, other: Profile) -> list[str]:
    """``same_object`` read in what a statement pointing back tells (the sentence before it and its own):
    "The foreign ministry announced the decision on Monday" after "told the special representative of the
    Economic Community of West African States to leave" names ECOWAS as the act's object."""
    if not statement.told:
        return []
    told = Profile(**{**{f: getattr(statement, f) for f in statement.__slots__}, "text": statement.told})
    return same_object(told, other)


def told_next_day(a: Profile, b: Profile) -> bool:
    """Whether the later of two reports a day apart is dated only by its report's day or its dateline and
    the earlier by its own words: a wire's lead filed the day after the act, with no day of its own
    ("DAKAR, Oct 26 (Reuters) - ... has told the envoy to leave within three days", of Monday's decision)."""
    if not (a.date and b.date) or a.date == b.date:
        return False
    earlier, later = (a, b) if a.date < b.date else (b, a)
    return later.filed_day and not earlier.filed_day and not earlier.inferred


# One broadcaster, however a report writes it ("RFI" / "Radio France Internationale"): the medium a ban
# names is the act's object, as a person is an expulsion's.
_BROADCASTERS = (
    ("RFI", re.compile(r"\b(?:RFI|Radio\s+France\s+Internationale)\b", re.IGNORECASE)),
    ("France 24", re.compile(r"\bFrance\s*24\b", re.IGNORECASE)),
    ("VOA", re.compile(r"\b(?:VOA|Voice\s+of\s+America)\b")),
    ("BBC", re.compile(r"\bBBC\b")),
    ("TV5 Monde", re.compile(r"\bTV5\s*Monde\b", re.IGNORECASE)),
    ("Deutsche Welle", re.compile(r"\bDeutsche\s+Welle\b", re.IGNORECASE)),
    ("Al Jazeera", re.compile(r"\bAl[\s-]+Jazeera\b", re.IGNORECASE)),
)


def same_medium(a: Profile, b: Profile) -> list[str]:
    """The one broadcaster two media bans name, when one names no government the other does not ("the
    suspension in December of Radio France Internationale" / "Burkina suspended RFI on Saturday"): a ban
    of that medium by another government names that government. Empty when they name two or more."""
    if a.type != "media_ban" or b.type != "media_ban":
        return []
    if not (a.countries <= b.countries or b.countries <= a.countries):
        return []  # "Mali cut RFI in March" / "Burkina cut RFI on 3 March": two governments, two acts
    named = [{n for n, rx in _BROADCASTERS if rx.search(p.text)} for p in (a, b)]
    if len(named[0]) != 1 or named[0] != named[1]:
        return []
    return [f"same broadcaster {next(iter(named[0]))}"]


def same_envoy(a: Profile, b: Profile, countries: list[str]) -> list[str]:
    """A diplomat both sentences name, with a country both name that not every report names ("gave
    France's ambassador three days to leave" / "trục xuất đại sứ Pháp"): one person, one act that day."""
    if not countries or not (names_envoy(a.text, a.language) and names_envoy(b.text, b.language)):
        return []
    return [f"a diplomat of {', '.join(countries)} in both"]


def same_holder(a: Profile, b: Profile) -> list[str]:
    """A listed office holder both sentences name, for two reports of one kind of decision whose countries
    are one within the other's, one dated to its month and one to a day of it ("Le retrait avait été
    annoncé par Emmanuel Macron en février" / "Emmanuel Macron a annoncé jeudi le retrait"): one person's
    decision of that kind that month. Names come from ``store.about.office_holders``, spelt alike in
    every language; a name outside it links nothing."""
    if a.type != b.type or not (a.countries and b.countries):
        return []
    if not (a.countries <= b.countries or b.countries <= a.countries):
        return []
    named = holder_names(a.text) & holder_names(b.text)
    return [f"same person {n}" for n in sorted(named)]
