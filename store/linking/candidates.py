"""Which stored events a new one could be linked with, found through an index instead of a scan.

Linking compares pairs (``store.linking.compatibility.compatible``); comparing a new
event with every stored one would make each ingest cost the size of the store. Events
are filed once per run under the keys a compatible pair must share:

- a date bucket (``homes``/``looks``: the same day, a day apart, a month holding the day,
  an inferred year's day and month, by type family), and
- something that identifies the occurrence (``identity_keys``): a shared place, a shared
  country that is not common in the store, or, for the rare kinds that link on their date
  and countries alone (a coup, the end of a mission), the same type and the same countries;
  the end of one named force (``store.linking.force_ends``) by its name.

A vote (``store.linking.votes``) is also filed by its day and month, whatever its type and
places: two reports of one vote meet there. Otherwise ``compatible`` accepts no pair without
one of those (it requires a shared place or specific country, or the same rare type with the
same countries), so searching only the buckets an event shares a key with finds every pair a
full scan would, and no other.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from store.about.main_clause import refers_back
from store.about.organisations import organisations_in
from store.linking.act_evidence import next_month, previous_month
from store.linking.camp_towns import camp_town
from store.linking.compatibility import (
    ACTS,
    FAMILY,
    ONCE_PER_ACTOR,
    RARE_IN_YEAR,
    RARE_ON_DAY,
    WILDCARD,
    WITHDRAWAL_FAMILIES,
    Profile,
    when,
)
from store.linking.force_ends import force_keys
from store.linking.harm_places import harm_place
from store.linking.operation_context import operation_keys
from store.linking.party_keys import FiledKeys, looked_keys
from store.linking.profiles import ECHO_DAYS
from store.linking.recalled_votes import vote_month_home
from store.linking.sole_act_of_day import DayActs
from store.linking.type_match import decision_told, terms_told
from store.linking.votes import VOTE_TYPES, filed_as_vote

Key = tuple[str, ...]
RARE = RARE_IN_YEAR | RARE_ON_DAY  # kinds that may link on date, type and countries alone


def _families(p: Profile) -> tuple[str, ...]:
    """The type families ``p`` can link with: its own and statements', or every one for a statement."""
    if p.type in (WILDCARD, "other"):  # a statement or an untyped report may tell any kind
        return tuple(sorted(set(FAMILY.values())))
    return _typed_families(p.family, p.type)


@lru_cache(maxsize=256)
def _typed_families(family: str, kind: str) -> tuple[str, ...]:
    out = {family, FAMILY[WILDCARD], "other"}
    if family in WITHDRAWAL_FAMILIES:  # stages of a withdrawal told of one day may be one occurrence
        out |= WITHDRAWAL_FAMILIES
    if kind in VOTE_TYPES:  # a vote and what a vote decided, recalled by its month (``recalled_votes``)
        out |= {FAMILY["vote"]} | ({FAMILY[t] for t in VOTE_TYPES} if kind == "vote" else set())
    return tuple(sorted(out))


@lru_cache(maxsize=4096)
def _near_days(date: str) -> tuple[str, ...]:
    day = dt.date.fromisoformat(date)
    return tuple((day + dt.timedelta(days=k)).isoformat() for k in (-1, 0, 1))


@lru_cache(maxsize=4096)
def _later_days(date: str) -> tuple[str, ...]:
    day = dt.date.fromisoformat(date)
    return tuple((day + dt.timedelta(days=k)).isoformat() for k in range(2, ECHO_DAYS + 1))


@lru_cache(maxsize=512)
def near_month_days(month_day: str) -> tuple[str, ...]:
    """A day and month and its neighbours, any year ("03-01" -> "02-29", "03-01", "03-02")."""
    return tuple(d[5:] for d in _near_days(f"2000-{month_day}"))


def homes(p: Profile) -> tuple[Key, ...]:
    """The date buckets ``p`` is filed in, so that every event it may be compatible with finds it."""
    return _homes(p.family, p.type, p.date, p.precision, p.inferred, bool(p.places or p.countries))


def vote_home(date: Any, precision: Any, kind: Any, sentence: Any, language: Any) -> Key | None:
    """Where a vote is filed beside its date buckets: by day and month (``compatible`` reads the year),
    so that two reports of one vote meet whatever type each was given."""
    if not isinstance(date, str) or len(date) != 10 or not isinstance(sentence, str):
        return None
    if precision not in ("day", None, ""):  # a record without its precision: a full date is a day
        return None
    if (kind or "other") not in VOTE_TYPES:
        return None
    return ("vote", date[5:]) if filed_as_vote(sentence, str(language or "")) else None


def record_homes(event: Mapping[str, Any]) -> tuple[Key, ...]:
    """``homes`` read straight from a stored record (no profile: the whole store is filed)."""
    date, precision, kind = event.get("date"), event.get("date_precision"), event.get("type")
    sentence, language = event.get("sentence"), event.get("language")
    votes = (vote_home(date, precision, kind, sentence, language),)
    if not event.get("date_inferred"):
        votes += (vote_month_home(date, precision, kind, sentence, language),)
    found = tuple(v for v in votes if v is not None)
    return (*_plain_homes(event), *found) if found else _plain_homes(event)


def _plain_homes(event: Mapping[str, Any]) -> tuple[Key, ...]:
    fields = (
        event.get("date"),
        event.get("date_precision"),
        event.get("type"),
        bool(event.get("date_inferred")),
        bool(event.get("places") or event.get("countries")),
    )
    try:
        return _record_homes(*fields)
    except TypeError:  # a damaged record (a list for a date): worked out without the cache
        return _record_homes.__wrapped__(*fields)


@lru_cache(maxsize=1 << 16)  # stored records repeat their dates and types: each combination once
def _record_homes(date: Any, precision: Any, kind: Any, inferred: bool, named: bool) -> tuple[Key, ...]:
    date, precision = when({"date": date, "date_precision": precision})
    kind = str(kind or "other")
    return _homes(FAMILY.get(kind, "other"), kind, date, precision, inferred, named)


def _homes(
    f: str, kind: str, d: str | None, precision: str | None, inferred: bool, named: bool
) -> tuple[Key, ...]:
    # An untyped report links only on its day, with a place or with its countries and a shared name, or
    # on its month at the town of a departure its words name (``recalled_at_town``). A type no family
    # lists (one added to extraction before linking knew it) is filed with the untyped reports' family,
    # but at every precision, as ``compatible`` links it: it is a type all the same.
    if not d or (kind == "other" and not (named and precision in ("day", "month"))):
        return ()
    if precision == "day":
        if inferred:
            return ((f, "d", d), (f, "mdi", d[5:]), (f, "mi", d[5:7]))
        return ((f, "d", d), (f, "md", d[5:]), (f, "dm", d[:7]))
    if inferred:
        return ()
    if precision == "month":
        return ((f, "m", d[:7]), (f, "mm", d[5:7]))
    if kind in RARE_IN_YEAR or kind in ONCE_PER_ACTOR:
        return ((f, "y", d[:4]),)
    return ()


def looks(p: Profile) -> tuple[Key, ...]:
    """The date buckets to search for ``p``'s candidates (the mirror of ``homes``)."""
    if not homes(p):
        return ()
    d, out = p.date or "", []
    for echo in sorted(p.echoes):  # a statement told of an act days before: where that act is filed
        out += [(f, "d", echo) for f in _families(p)]
    if p.precision == "day" and not p.inferred and p.type != WILDCARD:
        # statements that may echo this act, said a few days after it (``profiles.echoed_days``)
        out += [(FAMILY[WILDCARD], "d", day) for day in _later_days(d)]
    if (
        p.family == "announce"
        and p.target
        and p.figures
        and not p.inferred
        and p.precision in ("day", "month")
    ):
        # a plan dated by its report and the same plan dated when it was made (``recalled_plan``)
        if p.deadline_only:
            out += [(p.family, k, m) for m in (previous_month(d), d[:7]) for k in ("dm", "m")]
        else:
            out += [(p.family, "dm", m) for m in {d[:7], next_month(d)}]
    for f in _families(p):
        if p.precision == "day" and p.inferred:
            out += [(f, "d", d), (f, "mm", d[5:7])] + [(f, "md", md) for md in near_month_days(d[5:])]
        elif p.precision == "day":
            out += [(f, "d", near) for near in _near_days(d)]
            out += [(f, "m", d[:7]), (f, "y", d[:4])] + [(f, "mdi", md) for md in near_month_days(d[5:])]
        elif p.precision == "month":
            out += [(f, "dm", d[:7]), (f, "m", d[:7]), (f, "y", d[:4]), (f, "mi", d[5:7])]
        else:
            months = [f"{d[:4]}-{m:02d}" for m in range(1, 13)]
            out += [(f, "y", d[:4])] + [(f, kind, m) for m in months for kind in ("m", "dm")]
    return tuple(out)


def terms_keys(p: Profile) -> tuple[Key, ...]:
    """A decision ending a mission and the plan its report dates only by its deadline meet by their
    report (``type_match.terms_of_a_decision``)."""
    return (("terms", p.doc),) if terms_told(p) or decision_told(p) else ()


def _record_terms_keys(e: Mapping[str, Any]) -> tuple[Key, ...]:
    """``terms_keys`` read straight from a stored record (the fields ``profiles.profile`` reads for them)."""
    kind, date = e.get("type"), e.get("date")
    if not date or e.get("date_inferred"):
        return ()
    plan = FAMILY.get(str(kind), "") == "announce" and bool(e.get("target_date")) and not e.get("date_text")
    decision = kind == "mission_ended" and bool(e.get("date_text")) and when(e)[1] == "day"
    return (("terms", str(e.get("doc"))),) if plan or decision else ()


@lru_cache(maxsize=65536)  # a store repeats its places, countries and kinds: work each set out once
def identity_keys(
    places: frozenset[str],
    countries: frozenset[str],
    kind: str,
    common: frozenset[str],
    points_back: bool = False,
) -> tuple[Key, ...]:
    """What a compatible pair must share: a place, a specific country, or a rare kind with its countries.
    An act and a statement pointing back at the sentence before it ("The foreign ministry announced the
    decision on Monday") also share their countries: what that sentence names may say which act it is."""
    keys: list[Key] = [("p", place) for place in sorted(places)]
    keys += [("c", c) for c in sorted(countries - common)]
    if (kind in RARE or kind in ACTS) and countries:  # an act: a name both give may identify it
        keys.append(("k", kind, *sorted(countries)))
    if kind in ACTS or (kind in RARE_ON_DAY and countries <= common):  # one's countries within the other's
        keys += [("kc", kind, c) for c in sorted(countries)]  # (``compatibility.nested``, ``common_only``)
    if countries and (kind in ACTS or (kind == WILDCARD and points_back)):
        keys.append(("back", *sorted(countries)))
    return tuple(keys)


def organisation_keys(kind: str, countries: frozenset[str], sentence: Any, language: Any) -> tuple[Key, ...]:
    """A withdrawal's organisations with each of its countries: one government leaving one organisation
    that day links on them (``act_evidence.same_organisation_left``)."""
    if FAMILY.get(kind) not in WITHDRAWAL_FAMILIES or not countries:
        return ()
    names = organisations_in(str(sentence or ""), str(language or ""))
    return tuple(("org", n, c) for n in sorted(names) for c in sorted(countries))


def _points_back(kind: str, sentence: Any, language: Any) -> bool:
    """A statement opening by pointing at the sentence before it (``refers_back``)."""
    return kind == WILDCARD and refers_back(str(sentence or ""), str(language or ""))


class CandidateIndex:
    """Events filed by date bucket, each bucket split by identity key the first time it is searched.

    Filing reads each record once (its date and type); only the buckets a new event's
    neighbourhood reaches are ever split, so an ingest pays for the store once, lightly,
    and in full only for what it touches.
    """

    def __init__(self, common: frozenset[str]) -> None:
        self.common = common
        self.by_home: dict[Key, list[Mapping[str, Any]]] = defaultdict(list)
        self._split: dict[Key, dict[Key, list[str]]] = {}
        self.day_acts = DayActs(self)  # the one act of a kind a day holds (``sole_act_of_day``)
        self._party_keys = FiledKeys(self.day_acts)

    def keys(self, p: Profile) -> tuple[Key, ...]:
        places = p.places | {p.context} if p.context else p.places
        return (
            identity_keys(places, p.countries, p.type, self.common, _points_back(p.type, p.text, p.language))
            + organisation_keys(p.type, p.countries, p.text, p.language)
            + force_keys(p.type, p.text)
            + operation_keys(p.operations)
            + looked_keys(self.day_acts, p)  # who acted (``identifying_parties``)
            + terms_keys(p)
        )

    def add(self, event: Mapping[str, Any]) -> None:
        for home in record_homes(event):
            self.by_home[home].append(event)

    def filed(self, home: Key) -> Iterable[Mapping[str, Any]]:
        """The events filed under ``home`` (a subclass may file them lazily)."""
        return self.by_home.get(home, ())

    def files(self, home: Key) -> bool:
        """Whether anything may be filed under ``home``."""
        return home in self.by_home

    def _bucket(self, home: Key) -> dict[Key, list[str]]:  # never a vote home: candidates reads those
        split = self._split.get(home)
        if split is None:
            split = self._split[home] = defaultdict(list)
            for e in self.filed(home):
                places = frozenset(e.get("places") or ()) | camp_town(e) | harm_place(e)  # their modules
                countries = frozenset(e.get("countries") or ())
                if not places and isinstance(e.get("place_context"), str):  # ``place_context``
                    places = frozenset((e["place_context"],))
                kind = str(e.get("type") or "other")
                back = _points_back(kind, e.get("sentence"), e.get("language"))
                who = identity_keys(places, countries, kind, self.common, back)
                who += organisation_keys(kind, countries, e.get("sentence"), e.get("language"))
                who += force_keys(kind, e.get("sentence"))
                operations = e.get("operation_context") or ()
                who += operation_keys(frozenset(o for o in operations if isinstance(o, str)))
                who += self._party_keys(e)
                who += _record_terms_keys(e)
                for k in who:
                    split[k].append(str(e.get("id")))
        return split

    def candidates(self, p: Profile) -> list[str]:
        """Every filed event that may be compatible with ``p`` (with repeats, in a fixed order)."""
        out: list[str] = []
        votes = (vote_home(p.date, p.precision, p.type, p.text, p.language),)
        if not p.inferred:  # a vote recalled in its month and the reports of its day (``recalled_votes``)
            votes += (vote_month_home(p.date, p.precision, p.type, p.text, p.language),)
        for vote in votes:
            if vote is not None:
                out.extend(str(e.get("id")) for e in self.filed(vote))
        who = self.keys(p)
        if not who:
            return out
        for look in looks(p):
            if self.files(look):
                bucket = self._bucket(look)
                for k in who:
                    out.extend(bucket.get(k, ()))
        return out
