"""What linking reads of an event record, prepared once per event (``Profile``), and its usable date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from store.about.compared_countries import compared_countries
from store.about.countries import capital_place
from store.about.places import is_region
from store.about.places_in_passing import places_in_passing
from store.dates.datelines import find_dateline
from store.linking.camp_towns import camp_town
from store.linking.harm_places import harm_place
from store.linking.kinds import ACTS, FAMILY


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
    target: str = ""  # the deadline a plan's sentence gives ("2023": by the end of the year)
    # A statement pointing back at the sentence before it ("Das gab Macron am Donnerstag bekannt"): that
    # sentence and its own, whose kinds of occurrence it tells (store/about/main_clause.py refers_back).
    told: str = ""
    # Dated only by its report's day (no date in its sentence, none inferred): "Barkhane is to leave Mali by
    # late summer" in a report of Monday tells nothing done on Monday.
    report_day: bool = False
    # Dated by its report's day or by the dateline its sentence opens with ("DAKAR, Oct 26 (Reuters) - Mali
    # has told the envoy to leave"): the day the story was filed, not a day its words give the act (read for
    # acts only: ``act_evidence.told_next_day``).
    filed_day: bool = False
    # A statement's sentence also telling an act dated a few days before it ("handed over the base on
    # Jan. 11, the army said on Monday"): the days of those acts, which the statement echoes.
    echoes: frozenset[str] = frozenset()
    # Dated by counting from the event its report told before it, on that same day at another hour
    # ("Wenige Stunden zuvor", "quelques heures plus tôt", "hours earlier"): another moment than that act.
    beside_previous: bool = False
    # Dated by counting back from the event told before it ("who had seized the town a day earlier", "la
    # veille"): that event's date. In one sentence, it is the background the act is told against.
    counted_back: str = ""
    # The one town the event's report names, when its own sentence names no place (``place_context``).
    context: str = ""
    # The named operations its sentence names, or the one its report names (``operation_context``).
    operations: frozenset[str] = frozenset()

    @property
    def family(self) -> str:
        return FAMILY.get(self.type, "other")


def profile(
    event: Mapping[str, Any],
    sentence_events: int = 1,
    before: str = "",
    echoes: frozenset[str] = frozenset(),
) -> Profile:
    """What linking reads of ``event``; ``before`` is the sentence before it in its document, read only
    when the event is a statement that points back at it; ``echoes`` the days of the acts its sentence
    tells a few days before it (``echoed_days``)."""
    figures = tuple(
        (str(f.get("unit")), int(f["value"]))
        for f in event.get("figures") or ()
        if isinstance(f, Mapping) and isinstance(f.get("value"), int) and not isinstance(f.get("value"), bool)
    )
    date, precision = when(event)
    places = frozenset(event.get("places") or ()) | camp_town(event) | harm_place(event)  # their modules
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
        countries=_acting_countries(event, sentence),
        places=frozenset(places),
        towns=towns,
        figures=figures,
        sentence_events=sentence_events,
        sentence=(str(event.get("doc")), int(event.get("start") or 0)),
        text=str(event.get("sentence") or ""),
        language=str(event.get("language") or ""),
        deadline_only=bool(date and event.get("target_date") and not event.get("date_text")),
        target=str(event.get("target_date") or ""),
        told=f"{before} {sentence}" if before else "",
        report_day=bool(date and not event.get("date_text") and not event.get("date_inferred")),
        filed_day=_filed_day(event, date, sentence),
        echoes=echoes,
        beside_previous=_same_day_as_previous(event),
        counted_back=_counted_back(event),
        context=str(event.get("place_context") or "") if not places else "",
        operations=frozenset(o for o in event.get("operation_context") or () if isinstance(o, str)),
    )


def _same_day_as_previous(event: Mapping[str, Any]) -> bool:
    """``Profile.beside_previous``: the reason store/dates/resolve.py writes for a narrative date counted
    0 days from the previous event."""
    return ": 0 days after the previous event (" in str(event.get("date_reason") or "")


_COUNTED_BACK = re.compile(r" before the previous event \((\d{4}(?:-\d{2}){0,2})\)")


def _counted_back(event: Mapping[str, Any]) -> str:
    """``Profile.counted_back``: the date store/dates/resolve.py names when it counts a narrative date back
    from the previous event."""
    found = _COUNTED_BACK.search(str(event.get("date_reason") or ""))
    return found.group(1) if found else ""


def _filed_day(event: Mapping[str, Any], date: str | None, sentence: str) -> bool:
    """``Profile.filed_day``, read only for acts and the end of a presence (the rules that read it link
    those: ``told_next_day``, ``next_day_lead``): a dateline is looked for only there."""
    kind = event.get("type")
    if not date or event.get("date_inferred") or (kind not in ACTS and FAMILY.get(str(kind)) != "end"):
        return False
    text = event.get("date_text")
    return not text or dated_by_dateline(sentence, str(text), event)


def dated_by_dateline(sentence: str, date_text: str, event: Mapping[str, Any]) -> bool:
    """Whether ``date_text`` is the date of the dateline ``sentence`` opens with."""
    at = sentence.find(date_text)
    if at < 0 or at > 50:
        return False  # a dateline's date comes in its first words
    found = find_dateline(sentence, 0, len(sentence), str(event.get("language") or ""), None)
    return found is not None and (found.start, found.end) == (at, at + len(date_text))


ECHO_DAYS = 3  # a statement told up to this many days after an act its own sentence dates


def echoed_days(event: Mapping[str, Any], siblings: Sequence[Mapping[str, Any]]) -> frozenset[str]:
    """The days of the typed acts told in ``event``'s sentence (``siblings``: the events read from it)
    one to ``ECHO_DAYS`` days before ``event``, when it is a statement dated to the day: "French troops
    handed over the base on Jan. 11, the army said on Monday" says on the 13th what was done on the 11th."""
    if event.get("type") != "statement" or event.get("date_inferred"):
        return frozenset()
    date, precision = when(event)
    if precision != "day" or not date:
        return frozenset()
    said = dt.date.fromisoformat(date)
    out = set()
    for x in siblings:
        day, exact = when(x)
        if exact != "day" or not day or x.get("date_inferred") or x.get("type") in ("statement", "other"):
            continue
        if 1 <= (said - dt.date.fromisoformat(day)).days <= ECHO_DAYS:
            out.add(day)
    return frozenset(out)


def _acting_countries(event: Mapping[str, Any], sentence: str) -> frozenset[str]:
    """The event's countries less those its sentence names only in a comparison or a background act
    ("Togo announced its withdrawal, the same day as Benin"): those identify nothing (all of them when
    nothing else is left)."""
    countries = frozenset(event.get("countries") or ())
    if len(countries) < 2:
        return countries
    return (countries - compared_countries(sentence, str(event.get("language") or ""))) or countries


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
