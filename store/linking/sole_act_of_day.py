"""One act of a kind told by every report of a day: the store holds no competing act of that kind then.

Reports of a withdrawal often name nothing that identifies it beyond the countries every report of the
store names ("the last French soldiers left Niger on Friday" / "Die letzten französischen Soldaten haben
am Freitag den Niger verlassen" / "22/12: những binh sĩ Pháp cuối cùng rời khỏi Niger", in a store about
France and Niger). An analyst links them because nothing else of that kind happened that day: had two
forces left two hosts, or one force two camps, the reports would name them.

That is decided from the store's own events, never from the pair alone. A day holds **one act** of a
kind (a family of withdrawal types: announced, begun, completed) when the acts of that family the store
dates to that day, all of them:

- name countries only among those of one of them, an actor and a host at most ("France, Niger";
  "Niger" alone is within it; "France, Mali" beside it is another act, as is "Germany, Niger");
- name at most one town (two camps are two occurrences) and the same organisations (leaving a bloc
  is not leaving a country).

Two reports of that family, both dated to that day by their own days (not a month, not a day apart),
naming countries within that act's (one of them may name none: "the mission said it had completed its
withdrawal"), then tell that act. The verdict reads every act filed on that
day, whatever the order they were ingested in; an ingest that adds or removes an act of that family
on that day works out the clusters of that day's acts again (``rivals``), so that an incremental
update gives the clusters of a full run.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from store.about.organisations import organisations_in
from store.linking.date_match import DateMatch
from store.linking.kinds import FAMILY, WITHDRAWAL_FAMILIES
from store.linking.profiles import Profile, _acting_countries, when
from store.linking.spelled_places import towns_of

MOST_COUNTRIES = 2  # an actor and its host: three countries are a coalition, told act by act

_FAMILY_WORDS = {
    "announce": "announced withdrawal",
    "start": "withdrawal begun",
    "end": "completed withdrawal",
}


class Filing(Protocol):
    """What the verdict reads of a store: the events filed under a date bucket (``CandidateIndex``)."""

    def filed(self, home: tuple[str, ...]) -> Iterable[Mapping[str, Any]]: ...


def _acts_home(event: Mapping[str, Any]) -> tuple[str, str] | None:
    """(family, day) of an act this rule reads: a withdrawal of some stage dated to a day."""
    family = FAMILY.get(str(event.get("type") or "other"))
    if family not in WITHDRAWAL_FAMILIES:
        return None
    date, precision = when(event)
    return (family, date) if date and precision == "day" else None


def one_act(acts: Iterable[Mapping[str, Any]]) -> frozenset[str] | None:
    """The countries of the one act ``acts`` (every act of a family on a day) tell, or None when they
    tell two or more (see the module)."""
    acts = list(acts)
    sets = {_acting_countries(e, str(e.get("sentence") or "")) for e in acts}
    widest = frozenset().union(*sets) if sets else frozenset()
    if not widest or len(widest) > MOST_COUNTRIES or widest not in sets:
        return None
    towns = {t for e in acts for t in towns_of(e)}  # a place in passing counts: two towns keep it apart
    if len(towns) > 1:
        return None
    bodies = {organisations_in(str(e.get("sentence") or ""), str(e.get("language") or "")) for e in acts}
    return widest if len(bodies) == 1 else None


class DayActs:
    """Each (family, day)'s verdict, read from a store's filing the first time a pair asks for it."""

    def __init__(self, filing: Filing) -> None:
        self.filing = filing
        self._verdicts: dict[tuple[str, str], frozenset[str] | None] = {}

    def act_of(self, family: str, day: str) -> frozenset[str] | None:
        key = (family, day)
        if key not in self._verdicts:
            filed = self.filing.filed((family, "d", day))
            self._verdicts[key] = one_act(e for e in filed if _acts_home(e) == key)
        return self._verdicts[key]

    def same_act(self, a: Profile, b: Profile, when: DateMatch) -> list[str]:
        """Why ``a`` and ``b`` tell the one act of their kind on their day, or [] (see the module)."""
        if a.family != b.family or a.family not in WITHDRAWAL_FAMILIES:
            return []
        if when.strength < 2 or when.day_apart or a.date != b.date:
            return []
        if a.precision != "day" or b.precision != "day" or not (a.countries or b.countries) or not a.date:
            return []
        act = self.act_of(a.family, a.date)
        if act is None or not (a.countries | b.countries) <= act:
            return []
        what = _FAMILY_WORDS[a.family]
        return [f"the only {what} the store tells that day ({', '.join(sorted(act))})"]


def day_keys(days: DayActs, kind: str, date: Any, precision: Any) -> tuple[tuple[str, ...], ...]:
    """The candidate key of an act this rule may link: its family and day, when that day holds one act
    of that family (acts of busier days are never compared on it)."""
    family = FAMILY.get(kind)
    if family not in WITHDRAWAL_FAMILIES or precision != "day" or not isinstance(date, str):
        return ()
    return (("one act", family, date),) if days.act_of(family, date) is not None else ()


def rivals(filing: Filing, changed: Iterable[Mapping[str, Any]]) -> set[str]:
    """The events whose links a new or removed act may change: every act of its family filed on its
    day (the verdict of that day may turn)."""
    out: set[str] = set()
    for home in sorted({h for e in changed if (h := _acts_home(e)) is not None}):
        out.update(str(e.get("id")) for e in filing.filed((home[0], "d", home[1])) if _acts_home(e) == home)
    return out
