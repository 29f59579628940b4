"""What the reports of one occurrence disagree on, and which date the occurrence takes.

The date is the best-supported one, never an average: a date stated outright
beats one whose year was inferred, then the date more independent reports
agree with (a month agrees with a day inside it), then the more precise one,
then the earlier (a departure comes before the statement that reports it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from store.dates.lexicon import weekday_names
from store.linking.sources import source_groups
from store.text.fold import fold

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ABOUT = 0.1  # figures within 10% ("about 460", "over 450") do not conflict

Values = list[tuple[str, list[str]]]


def _ordinal(date: str) -> int:
    try:
        return dt.date.fromisoformat((date + "-01-01")[:10]).toordinal()
    except ValueError:  # a damaged record: last among equals, never an error in the browser
        return dt.date.max.toordinal()


def _weekday(date: str) -> int | None:
    try:
        return dt.date.fromisoformat(date).weekday()
    except ValueError:
        return None


def _contains(outer: str, inner: str) -> bool:
    return inner.startswith(outer)


def best_date(
    members: Sequence[Mapping[str, Any]], sources: list[list[Mapping[str, Any]]] | None = None
) -> tuple[str | None, str | None, bool]:
    """(date, precision, inferred) of the occurrence: its best-supported report's.

    ``sources`` is ``source_groups(members)`` when the caller has it.
    """
    dated = [e for e in members if e.get("date")]
    if not dated:
        return None, None, False
    sources = source_groups(dated) if sources is None else sources
    source_of = {id(e): n for n, group in enumerate(sources) for e in group}
    source_of.update((id(e), -1 - n) for n, e in enumerate(dated) if id(e) not in source_of)
    best: tuple[Any, ...] | None = None
    for e in dated:
        date = str(e["date"])
        explicit = not e.get("date_inferred")
        agree = [o for o in dated if _contains(str(o["date"]), date)]
        support = {source_of[id(o)] for o in agree if not o.get("date_inferred")}
        inferred_support = {source_of[id(o)] for o in agree}
        rank = (
            explicit,
            len(support),
            len(inferred_support),
            _PRECISION_RANK.get(e.get("date_precision") or "", 0),
            -_ordinal(date),
        )
        if best is None or rank > best[0]:
            best = (rank, date, e.get("date_precision"), not explicit)
    assert best is not None
    return best[1], best[2], best[3]


def _date_values(members: Sequence[Mapping[str, Any]]) -> Values:
    by_date: dict[str, list[str]] = {}
    for e in members:
        if e.get("date"):
            by_date.setdefault(str(e["date"]), []).append(str(e["id"]))
    dates = sorted(by_date)
    clash = any(
        not _contains(a, b) and not _contains(b, a) for i, a in enumerate(dates) for b in dates[i + 1 :]
    )
    return [(d, by_date[d]) for d in dates] if clash else []


def _figure_values(members: Sequence[Mapping[str, Any]]) -> dict[str, Values]:
    by_unit: dict[str, dict[int, list[str]]] = {}
    for e in members:
        for f in e.get("figures") or ():
            if isinstance(f, Mapping) and isinstance(f.get("value"), int) and f.get("unit"):
                ids = by_unit.setdefault(str(f["unit"]), {}).setdefault(int(f["value"]), [])
                if str(e["id"]) not in ids:
                    ids.append(str(e["id"]))
    out: dict[str, Values] = {}
    for unit, values in sorted(by_unit.items()):
        numbers = sorted(values)
        if len(numbers) > 1 and numbers[-1] > numbers[0] * (1 + _ABOUT):
            out[f"figures:{unit}"] = [(str(n), values[n]) for n in numbers]
    return out


@lru_cache(maxsize=64)
def _folded_weekdays(language: str) -> tuple[tuple[str, int], ...]:
    names = weekday_names(language)
    return tuple(sorted(((fold(n), d) for n, d in names.items()), key=lambda kv: -len(kv[0])))


def stated_weekday(event: Mapping[str, Any]) -> int | None:
    """The weekday a report's date expression names ("Saturday", "samedi", "thứ Bảy"), if any."""
    raw = event.get("date_text")
    if not raw:
        return None
    text = fold(str(raw))
    for name, day in _folded_weekdays(str(event.get("language") or "en")):
        if name in text:
            return day
    return None


def _weekday_values(members: Sequence[Mapping[str, Any]]) -> Values:
    by_day: dict[int, list[str]] = {}
    for e in members:
        day = stated_weekday(e)
        if day is None and e.get("date_precision") == "day" and not e.get("date_inferred"):
            day = _weekday(str(e.get("date")))
        if day is not None:
            by_day.setdefault(day, []).append(str(e["id"]))
    return [(_WEEKDAYS[d], ids) for d, ids in sorted(by_day.items())] if len(by_day) > 1 else []


def conflicts_of(members: Sequence[Mapping[str, Any]]) -> list[tuple[str, Values]]:
    """Each field the members disagree on, with every value and the events that give it."""
    out: list[tuple[str, Values]] = []
    dates = _date_values(members)
    if dates:
        out.append(("date", dates))
    out.extend(_figure_values(members).items())
    weekdays = _weekday_values(members)
    if weekdays:
        out.append(("weekday", weekdays))
    return out
