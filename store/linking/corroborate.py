"""Cross-checking inferred years against dated reports of the same events.

A Vietnamese list says "Ngày 15/8, Pháp tuyên bố những binh sĩ cuối cùng ...
đã rút khỏi" with no year; an English report in the same corpus says Paris
"pulled its forces out last year" (2022). When shifting a list's inferred years
makes more of its events agree with events that other documents date for
certain (same type, same foreign country), the shift is taken, and the reason
says which report supports it. The dates stay marked inferred.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from store.dates.years import YearHint
from store.extract import EXTRACTOR_VERSION, extract_events
from store.model import Document

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


def _document(record: dict[str, Any]) -> Document:
    names = {f.name for f in fields(Document)}
    return Document(**{k: v for k, v in record.items() if k in names})


def reresolve_lists(
    batch: list[tuple[dict[str, Any], list[dict[str, Any]]]],
    stored: dict[str, dict[str, Any]],
    stored_events: list[dict[str, Any]],
    today: dt.date | None = None,
) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Re-extract undated lists whose years other reports corroborate, in the batch and in the store.

    Returns the documents to write: the whole batch (some re-extracted) plus stored undated documents
    whose years move now that this batch brought new evidence. The chosen shift is recorded in the
    document's ``extractor`` field, so a later ingest of the same file with the same evidence is a no-op.
    """
    batch_names = {doc["name"] for doc, _ in batch}
    evidence = [e for _, events in batch for e in events]
    evidence += [e for e in stored_events if e.get("doc") not in batch_names]
    out: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    candidates = list(batch)
    candidates += [
        (doc, [e for e in stored_events if e.get("doc") == name])
        for name, doc in stored.items()
        if name not in batch_names and not doc.get("published") and doc.get("text")
    ]
    for doc, events in candidates:
        in_batch = doc["name"] in batch_names
        if doc.get("published") or not any(e.get("date_inferred") for e in events):
            if in_batch:
                out.append((doc, events))
            continue
        plain = _base_version(doc.get("extractor"))
        hint = year_hint(events if not _shift_of(doc) else _unshifted(doc, today), evidence)
        version = f"{plain}/y{hint.shift}" if hint else plain
        if version == doc.get("extractor") and not in_batch:
            continue  # a stored list whose evidence has not changed
        if hint is None and not _shift_of(doc):
            if in_batch:
                out.append((doc, events))
            continue
        extraction = extract_events(_document(doc), today=today, year_hint=hint)
        record = dict(doc, extractor=version, events=len(extraction.events))
        out.append((record, [e.as_dict() for e in extraction.events]))
    return out


def _base_version(extractor: str | None) -> str:
    return (extractor or EXTRACTOR_VERSION).split("/y")[0]


def _shift_of(doc: dict[str, Any]) -> int:
    extractor = doc.get("extractor") or ""
    return int(extractor.split("/y")[1]) if "/y" in extractor else 0


def _unshifted(doc: dict[str, Any], today: dt.date | None) -> list[dict[str, Any]]:
    """The list's events with the years its own evidence gives, before any earlier shift."""
    return [e.as_dict() for e in extract_events(_document(doc), today=today).events]
