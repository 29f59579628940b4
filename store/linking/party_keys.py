"""Candidate keys of the evidence of who acted (``identifying_parties``), filed and looked for.

``candidates.CandidateIndex`` compares an event only with those sharing a date bucket and a key. The
rules of ``identifying_parties`` link pairs sharing no place and no specific country, so each files its
own keys: the day that holds one act (``sole_act_of_day``), a listed person (``one_persons_day``), an
office (``same_office``), a camp spelt (``spelled_places``), a proper name or an organisation named by
an untyped report or speech (``name_keys``, ``one_body_of_day``). A stored event's keys are worked out
once per index (it is filed under several homes).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from store.linking.name_keys import name_keys
from store.linking.one_body_of_day import body_keys
from store.linking.one_persons_day import person_keys
from store.linking.profiles import Profile, when
from store.linking.same_office import office_keys
from store.linking.sole_act_of_day import DayActs, day_keys
from store.linking.spelled_places import spelling_keys, towns_of

Key = tuple[str, ...]


def looked_keys(days: DayActs, p: Profile) -> tuple[Key, ...]:
    """The keys ``p`` searches the buckets with."""
    return (
        day_keys(days, p.type, p.date, p.precision)
        + person_keys(p.text, p.precision)
        + spelling_keys(p.towns, p.text, looking=True)
        + name_keys(p.type, p.text, p.language, p.precision, looking=True)
        + body_keys(p.type, p.text, p.language, p.precision, looking=True)
        + office_keys(p.text, p.language, p.precision)
    )


class FiledKeys:
    """The keys each stored event is filed under, worked out once per event."""

    def __init__(self, days: DayActs) -> None:
        self.days = days
        self._of: dict[Any, tuple[Key, ...]] = {}

    def __call__(self, e: Mapping[str, Any]) -> tuple[Key, ...]:
        found = self._of.get(e.get("id"))
        if found is None:
            kind = str(e.get("type") or "other")
            day, precision = when(e)
            text, language = str(e.get("sentence") or ""), str(e.get("language") or "")
            found = self._of[e.get("id")] = (
                day_keys(self.days, kind, day, precision)
                + person_keys(text, precision)
                + spelling_keys(towns_of(e), text)
                + name_keys(kind, text, language, precision)
                + body_keys(kind, text, language, precision)
                + office_keys(text, language, precision)
            )
        return found
