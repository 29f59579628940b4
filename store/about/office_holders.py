"""Evidence from who held office: "le Premier ministre Jean-Marc Ayrault" bounds an undated item's year.

An undated list item naming an office holder happened during one of that person's terms
(``office_holders_data.TERMS``); the term bounds the year inferred for it, and the reason says whose
term. A name outside the table changes nothing. Names match whole, case- and accent-insensitively.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from store.about.office_holders_data import ALIASES, TERMS
from store.text.fold import fold


@dataclass(frozen=True, slots=True)
class Tenure:
    """When a named person could have acted in one of their listed offices (the union of their terms)."""

    name: str
    start: dt.date
    end: dt.date | None  # None: still in office
    offices: str  # "foreign minister (FR) 2012-05-16 to 2016-02-11; ..."

    def describe(self) -> str:
        return f"{self.name} held office only {self.offices}"


@cache
def _tenures() -> dict[str, Tenure]:
    by_name: dict[str, list[tuple[str, str, str, str | None, str]]] = {}
    for name, office, where, start, end, source, _checked in TERMS:
        by_name.setdefault(name, []).append((office, where, start, end, source))
    out: dict[str, Tenure] = {}
    for name, terms in by_name.items():
        starts = [dt.date.fromisoformat(t[2]) for t in terms]
        ends = [dt.date.fromisoformat(t[3]) if t[3] else None for t in terms]
        offices = "; ".join(
            f"as {o} ({w}) {s} to {e or 'today'} (source: {src})" for o, w, s, e, src in terms
        )
        out[name] = Tenure(name, min(starts), None if None in ends else max(e for e in ends if e), offices)
    return out


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    forms: dict[str, str] = {}
    for name in _tenures():
        for form in (name, *ALIASES.get(name, ())):
            forms[fold(form)] = name
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)"), forms


def office_holders(sentence: str) -> list[Tenure]:
    """The listed people ``sentence`` names, in order, each once."""
    return list(_office_holders(sentence))


@lru_cache(maxsize=1 << 14)  # linking asks of one sentence per pair, extraction of it several times
def _office_holders(sentence: str) -> tuple[Tenure, ...]:
    pattern, forms = _pattern()
    found: list[Tenure] = []
    for m in pattern.finditer(fold(sentence)):
        tenure = _tenures()[forms[" ".join(m.group().split())]]
        if tenure not in found:
            found.append(tenure)
    return tuple(found)


@lru_cache(maxsize=1 << 14)  # asked per pair and per filed event by linking
def holder_names(sentence: str) -> frozenset[str]:
    """The listed people ``sentence`` names, by their table name (the same in every language)."""
    return frozenset(t.name for t in office_holders(sentence))


@cache
def _countries_of() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for name, _office, where, *_rest in TERMS:
        if len(where) == 2 and where.isalpha() and where.isupper() and where != "UN":
            out.setdefault(name, set()).add(where)
    return {name: frozenset(codes) for name, codes in out.items()}


def holder_countries(sentence: str) -> frozenset[str]:
    """The countries whose listed office holders ``sentence`` names ("annoncé par Emmanuel Macron": FR):
    a sentence names a government by its leader as well as by its name."""
    countries = _countries_of()
    return frozenset(c for t in office_holders(sentence) for c in countries.get(t.name, ()))


def term_edges(sentence: str, month: int, day: int | None) -> list[tuple[dt.date, dt.date, str]]:
    """(day, day, why) for a listed person ``sentence`` names whose term began or ended on the entry's own
    day and month: "26. Juli: Soldaten setzen Präsident Mohamed Bazoum fest" is the day his term ended,
    the way an entry on an operation's date is that date (``operations.operation_bounds``)."""
    if day is None:
        return []
    names = {t.name for t in office_holders(sentence)}
    out: list[tuple[dt.date, dt.date, str]] = []
    for name, office, where, start, end, _source, _checked in TERMS:
        if name not in names:
            continue
        for edge, what in ((start, "began"), (end, "ended")):
            if edge and (int(edge[5:7]), int(edge[8:10])) == (month, day):
                when = dt.date.fromisoformat(edge)
                out.append(
                    (when, when, f"its day and month are when {name}'s term as {office} ({where}) {what}")
                )
    return out
