"""Cross-checking inferred years against dated reports of the same events.

A Vietnamese list says "Ngày 15/8, Pháp tuyên bố những binh sĩ cuối cùng ...
đã rút khỏi" with no year; an English report in the same corpus says Paris
"pulled its forces out last year" (2022). When shifting a list's inferred years
makes more of its events agree with events that other documents date for
certain (same type, same foreign country), the shift is taken, and the reason
says which report supports it. The dates stay marked inferred.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from store.dates.years import YearHint

HOST = "ML"  # every event of this corpus involves Mali: it identifies nothing
MAX_SHIFT = 5


@dataclass(frozen=True, slots=True)
class _Fact:
    doc: str
    year: int
    type: str
    countries: frozenset[str]
    title: str


def _facts(events: Iterable[dict[str, Any]]) -> list[_Fact]:
    out = []
    for e in events:
        if e.get("date") and not e.get("date_inferred") and e.get("type") not in ("other", "statement"):
            foreign = frozenset(c for c in e.get("countries") or () if c != HOST)
            if foreign:
                out.append(_Fact(e["doc"], int(e["date"][:4]), e["type"], foreign, e.get("title") or ""))
    return out


def year_hint(doc_events: list[dict[str, Any]], other_events: Iterable[dict[str, Any]]) -> YearHint | None:
    """The shift (0 to -MAX_SHIFT years) that most inferred events of one list agree with, if any."""
    inferred = [
        e
        for e in doc_events
        if e.get("date") and e.get("date_inferred") and e.get("date_text") and e.get("type") != "other"
    ]
    if not inferred:
        return None
    doc = inferred[0]["doc"]
    facts = [f for f in _facts(other_events) if f.doc != doc]
    if not facts:
        return None
    scores: dict[int, list[tuple[dict[str, Any], _Fact]]] = {}
    for shift in range(0, -MAX_SHIFT - 1, -1):
        for e in inferred:
            year = int(e["date"][:4]) + shift
            foreign = {c for c in e.get("countries") or () if c != HOST}
            for f in facts:
                if f.year == year and f.type == e["type"] and foreign & f.countries:
                    scores.setdefault(shift, []).append((e, f))
                    break
    if not scores:
        return None
    best = max(scores, key=lambda s: (len(scores[s]), s))
    if best == 0 or len(scores[best]) <= len(scores.get(0, [])):
        return None
    e, f = scores[best][0]
    why = (
        f"{len(scores[best])} of its events agree with dated reports elsewhere when moved {-best} "
        f"year{'s' if best != -1 else ''} earlier (e.g. {f.doc}: {f.title}, {f.year})"
    )
    return YearHint(shift=best, why=why)
