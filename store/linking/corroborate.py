"""Years for undated lists from the occurrences they share with dated reports.

A Vietnamese list says "Ngày 21/10, MINUSMA rút khỏi trại Tessalit" with no
year; a Reuters story dated 22 October 2023 says the last convoy left Tessalit
on Saturday. The two report one occurrence (same day and month, same place,
same kind: ``store.linking.compatibility``), so the list's entry is anchored in
2023. The list's order then places the entries between anchors
(``store.dates.years``). Only reports whose date is explicit anchor anything,
and only through what identifies an occurrence, so documents that share no
occurrence with a list never change its years, whatever else the store holds.
The dates stay marked inferred and the reason names the reports.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import fields
from typing import Any

from store.dates.years import Anchor, YearHint
from store.extract import EXTRACTOR_VERSION, extract_events
from store.linking.camp_towns import camp_town, with_camp_town
from store.linking.candidates import Key, identity_keys, near_month_days
from store.linking.common_countries import common_countries
from store.linking.compatibility import ONCE_PER_ACTOR, Profile, compatible, profile
from store.linking.harm_places import with_harm_place
from store.linking.holder_anchors import same_holder_reports
from store.linking.operation_context import with_operation_context
from store.linking.place_context import with_place_context
from store.linking.sources import source_groups
from store.model import Document

BACKDROP_SHARE = 0.8
"""A country named by this share of a list's own entries is its backdrop: it identifies no entry."""
MIN_LIST_EVENTS = 5  # a shorter list says nothing about its backdrop
MAX_NAMED = 3  # reports named in a reason


def backdrop(doc_events: list[dict[str, Any]], store_common: frozenset[str] = frozenset()) -> frozenset[str]:
    """Countries nearly every entry of the list names (Mali in a list about Mali).

    Read from the list itself, not from the store, so that unrelated documents cannot change
    what identifies the list's entries; a list too short to say falls back on ``store_common``.
    """
    with_countries = [set(e.get("countries") or ()) for e in doc_events if e.get("countries")]
    if len(with_countries) < MIN_LIST_EVENTS:
        return store_common
    counts: dict[str, int] = defaultdict(int)
    for cs in with_countries:
        for c in cs:
            counts[c] += 1
    return frozenset(c for c, n in counts.items() if n >= BACKDROP_SHARE * len(with_countries))


def _explicit(events: Iterable[dict[str, Any]], doc: str) -> list[dict[str, Any]]:
    return [
        e
        for e in events
        if e.get("doc") != doc and e.get("date") and not e.get("date_inferred") and e.get("type") != "other"
    ]


class Evidence:
    """Explicitly dated events indexed for matching list entries: by day and month, by month, by actor.

    Day- and month-level reports are split further, by each thing that can identify their
    occurrence (``store.linking.candidates``), the first time an entry looks at their day or
    month, so an entry is compared only with the reports that share one of those.
    """

    def __init__(self, events: Iterable[dict[str, Any]]) -> None:
        self.events = list(events)
        self.by_day: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.by_month: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)  # year-level, once per actor
        self._split: dict[tuple[str, str], dict[Key, list[dict[str, Any]]]] = {}
        for x in self.events:
            if not x.get("date") or x.get("date_inferred") or x.get("type") == "other":
                continue
            precision, date = x.get("date_precision"), str(x["date"])
            if precision == "day":
                self.by_day[date[5:10]].append(x)
            elif precision == "month":
                self.by_month[date[5:7]].append(x)
            elif precision == "year" and x.get("type") in ONCE_PER_ACTOR:
                for country in x.get("countries") or ():
                    self.by_country[country].append(x)
        self._common: frozenset[str] | None = None
        self._profiles: dict[int, Profile] = {}

    @property
    def common(self) -> frozenset[str]:
        if self._common is None:
            self._common = common_countries(self.events)
        return self._common

    def profile(self, x: dict[str, Any]) -> Profile:
        p = self._profiles.get(id(x))
        if p is None:
            p = self._profiles[id(x)] = profile(x)
        return p

    def _keyed(self, level: str, when: str) -> dict[Key, list[dict[str, Any]]]:
        """The reports of one day and month (``level`` "day") or one month ("month"), by identity key;
        a month's reports by place and country only (they anchor through what identifies them)."""
        split = self._split.get((level, when))
        if split is None:
            split = self._split[(level, when)] = defaultdict(list)
            for x in (self.by_day if level == "day" else self.by_month).get(when, ()):
                places = frozenset(x.get("places") or ()) | camp_town(x)  # ``camp_towns``
                countries = frozenset(x.get("countries") or ())
                kind = str(x.get("type") or "other") if level == "day" else ""
                for key in identity_keys(places, countries, kind, frozenset()):
                    split[key].append(x)
        return split

    def same_day(self, p: Profile, common: frozenset[str]) -> list[dict[str, Any]]:
        """Day-level reports within a day of ``p``'s day and month (any year) sharing what identifies
        an occurrence with it: every report ``compatible`` could accept, each once."""
        month_day = str(p.date)[5:10]
        keys = identity_keys(p.places, p.countries, p.type, common)
        seen: dict[int, dict[str, Any]] = {}
        for md in near_month_days(month_day):
            if md in self.by_day:
                split = self._keyed("day", md)
                for key in keys:
                    seen.update((id(x), x) for x in split.get(key, ()))
        return list(seen.values())

    def may_anchor(self, doc_events: Iterable[dict[str, Any]]) -> bool:
        """Whether any of these reports could anchor an entry of the list (a cheap test before
        ``year_anchors``: no shared day and month, month or actor, no anchor)."""
        for e in doc_events:
            if not (e.get("date_inferred") and e.get("date_precision") == "day" and e.get("date")):
                continue
            date = str(e["date"])
            if date[5:7] in self.by_month or any(md in self.by_day for md in near_month_days(date[5:10])):
                return True
            if any(c in self.by_country for c in e.get("countries") or ()):
                return True
        return False

    def coarse(self, month: str, places: Iterable[str], countries: Iterable[str]) -> list[dict[str, Any]]:
        """Month-level reports of ``month`` that share one of ``places`` or ``countries``, and
        year-level reports of a completion by one of ``countries``."""
        keys = identity_keys(frozenset(places), frozenset(countries), "", frozenset())
        seen: dict[int, dict[str, Any]] = {}
        split = self._keyed("month", month) if month in self.by_month else {}
        for key in keys:
            seen.update((id(x), x) for x in split.get(key, ()))
        for c in sorted(countries):
            seen.update((id(x), x) for x in self.by_country.get(c, ()))
        return list(seen.values())


def year_anchors(
    doc_events: list[dict[str, Any]],
    other_events: Iterable[dict[str, Any]] | Evidence,
    publishers: Mapping[str, str | None] | None = None,
) -> YearHint | None:
    """Years that dated reports of the same occurrences give the list's entries, keyed by sentence offset."""
    inferred = [
        e for e in doc_events if e.get("date_inferred") and e.get("date_precision") == "day" and e.get("date")
    ]
    if not inferred:
        return None
    doc = str(inferred[0]["doc"])
    evidence = other_events if isinstance(other_events, Evidence) else Evidence(other_events)
    with_countries = sum(1 for e in doc_events if e.get("countries"))
    common = backdrop(doc_events, evidence.common if with_countries < MIN_LIST_EVENTS else frozenset())
    votes: dict[int, dict[int, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for e in inferred:
        pe = profile(e)
        date = str(e["date"])
        for x in evidence.same_day(pe, common):
            ev = compatible(pe, evidence.profile(x), common) if x.get("doc") != doc else None
            if ev is not None and (not ev.day_apart or ev.identity >= 3):  # a day apart: only at one place
                votes[int(e["start"])][int(str(x["date"])[:4])].append(x)
        for x in same_holder_reports(e, evidence.by_day.get(date[5:10], ())):  # a named minister
            voted = votes[int(e["start"])][int(str(x["date"])[:4])]
            if all(y is not x for y in voted):
                voted.append(x)
        for x in evidence.coarse(date[5:7], pe.places, pe.countries - common):
            px = evidence.profile(x)
            if x.get("doc") == doc or not (pe.places & px.places or (pe.countries & px.countries) - common):
                continue  # nothing could identify the occurrence: skip the full check
            if "statement" in (pe.type, px.type):
                continue  # "said in November ...": a month of statements by one country names no occurrence
            moved = dataclasses.replace(pe, date=str(x["date"])[:4] + date[4:], inferred=False)
            ev = compatible(moved, px, common)
            if ev is not None and ev.identity:
                votes[int(e["start"])][int(str(x["date"])[:4])].append(x)
    anchors: dict[int, Anchor] = {}
    for start, by_year in votes.items():
        weights = {year: len(source_groups(reports)) for year, reports in by_year.items()}
        best = max(weights.values())
        years = [y for y, w in weights.items() if w == best]
        if len(years) != 1:
            continue  # reports disagree evenly: no anchor
        year = years[0]
        anchors[start] = Anchor(year, best, _named(by_year[year], publishers or {}))
    return YearHint(anchors=anchors) if anchors else None


def _named(reports: list[dict[str, Any]], publishers: Mapping[str, str | None]) -> str:
    seen: dict[str, str] = {}
    for x in sorted(reports, key=lambda r: (str(r.get("doc")), str(r.get("date")))):
        name = str(x.get("doc"))
        who = publishers.get(name)
        seen.setdefault(name, f"{name}{f' ({who})' if who else ''}: {x.get('date')}")
    shown = list(seen.values())
    more = len(shown) - MAX_NAMED
    return "; ".join(shown[:MAX_NAMED]) + (f"; and {more} more" if more > 0 else "")


def _document(record: dict[str, Any]) -> Document:
    names = {f.name for f in fields(Document)}
    return Document(**{k: v for k, v in record.items() if k in names})


def _version(plain: str, hint: YearHint | None) -> str:
    """The extractor version, with the anchors that placed the list (so unchanged evidence is a no-op)."""
    if hint is None:
        return plain
    key = repr(sorted((s, a.year) for s, a in hint.anchors.items()))  # years only: a new report of
    # an already anchored year does not re-extract the list (its reason keeps the reports found first)
    return f"{plain}/a{hashlib.blake2b(key.encode(), digest_size=6).hexdigest()}"


def reresolve_lists(
    batch: list[tuple[dict[str, Any], list[dict[str, Any]]]],
    stored: dict[str, dict[str, Any]],
    stored_events: list[dict[str, Any]],
    today: dt.date | None = None,
) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Re-extract undated lists whose entries dated reports anchor, in the batch and in the store.

    Returns the documents to write: the whole batch (some re-extracted) plus stored undated documents
    whose years move now that this batch brought new evidence. The anchors are recorded in the
    document's ``extractor`` field, so a later ingest of the same file with the same evidence is a no-op.
    Only stored lists that a new report may anchor, or a replaced one may have anchored (a shared day
    and month, month or actor: ``Evidence.may_anchor``), are looked at: the cost follows the batch.
    """
    batch_names = {doc["name"] for doc, _ in batch}
    new_events = [e for _, events in batch for e in events]
    lists = {n for n, d in stored.items() if not d.get("published") and d.get("text")} - batch_names
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    replaced: list[dict[str, Any]] = []  # evidence may also leave: these may have anchored a list
    for e in stored_events:
        name = e.get("doc")
        if name in lists:
            by_doc[str(name)].append(e)
        elif name in batch_names:
            replaced.append(e)
    gone = Evidence(replaced) if replaced else None
    fresh = Evidence(new_events)
    out: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    candidates = list(batch)
    for name, doc in stored.items():
        if name not in lists:
            continue
        events = by_doc.get(name, [])
        if not any(e.get("date_inferred") for e in events):
            continue
        if gone is not None and gone.may_anchor(events):
            candidates.append((doc, events))  # a list the replaced reports may have anchored
        elif fresh.may_anchor(events) and year_anchors(events, fresh) is not None:
            candidates.append((doc, events))  # only lists the new reports may anchor
    evidence: Evidence | None = None
    publishers: dict[str, str | None] = {}
    for doc, events in candidates:
        in_batch = doc["name"] in batch_names
        if doc.get("published") or not any(e.get("date_inferred") for e in events):
            if in_batch:
                out.append((doc, events))
            continue
        if evidence is None:  # every dated report, indexed once, only when a list is to be placed
            evidence = Evidence([*new_events, *(e for e in stored_events if e.get("doc") not in batch_names)])
            publishers = {n: d.get("publisher") for n, d in stored.items()}
            publishers.update({d["name"]: d.get("publisher") for d, _ in batch})
        plain = (doc.get("extractor") or EXTRACTOR_VERSION).split("/")[0]
        hint = year_anchors(events, evidence, publishers)
        version = _version(plain, hint)
        if version == doc.get("extractor") and not in_batch:
            continue  # a stored list whose evidence has not changed
        if hint is None and version == (doc.get("extractor") or plain):
            if in_batch:
                out.append((doc, events))
            continue
        extraction = extract_events(_document(doc), today=today, year_hint=hint)
        record = dict(doc, extractor=version, events=len(extraction.events))
        relisted = [e.as_dict() for e in extraction.events]
        with_place_context(relisted)
        with_camp_town(relisted)
        with_harm_place(relisted)
        with_operation_context(relisted, str(doc.get("text") or ""))
        out.append((record, relisted))
    return out
