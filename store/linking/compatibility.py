"""Whether two events can report the same occurrence, and the evidence that says so.

Everything used here is language-neutral: what extraction already put on the
events (date and precision, type, ISO countries, canonical place names,
figures). A pair is compatible only when nothing contradicts (dates at their
precision, type family, places, countries) and something identifies the
occurrence beyond the date and type. When in doubt there is no link: a false
merge hides an event, a missed link only repeats one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


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
    figures: tuple[tuple[str, int, str], ...]  # (unit, value, text)
    sentence_events: int  # events extracted from the same sentence (a split "coups in 2020 and 2021")


def profile(event: Mapping[str, Any], sentence_events: int = 1) -> Profile:
    figures = tuple(
        (str(f.get("unit")), int(f["value"]), str(f.get("text") or ""))
        for f in event.get("figures") or ()
        if isinstance(f, Mapping) and isinstance(f.get("value"), int)
    )
    return Profile(
        id=str(event.get("id")),
        doc=str(event.get("doc")),
        date=event.get("date") or None,
        precision=event.get("date_precision") or None,
        inferred=bool(event.get("date_inferred")),
        type=str(event.get("type") or "other"),
        countries=frozenset(event.get("countries") or ()),
        places=frozenset(event.get("places") or ()),
        figures=figures,
        sentence_events=sentence_events,
    )


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why two events are one occurrence: a strength (higher links first) and a short reason."""

    score: int
    reason: str


def compatible(a: Profile, b: Profile, common: frozenset[str]) -> Evidence | None:
    """The evidence that ``a`` and ``b`` report one occurrence, or None."""
    if a.id == b.id or not a.date or not b.date or a.type != b.type:
        return None
    if a.precision != "day" or b.precision != "day" or a.date != b.date:
        return None
    places = a.places & b.places
    countries = (a.countries & b.countries) - common
    if not places and not countries:
        return None
    parts = [f"same day {a.date}"]
    if places:
        parts.append("same place " + ", ".join(sorted(places)))
    if countries:
        parts.append("same country " + ", ".join(sorted(countries)))
    parts.append("same type")
    return Evidence(3 + 3 * bool(places) + 2 * bool(countries), ", ".join(parts))
