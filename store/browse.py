"""The browser's read-only view of a store snapshot, indexed for fast filtering.

The browser's rules live here, beside the store, not in a screen: what a
filter keeps (``store.query``'s definitions, run over precomputed arrays),
that corrections wait for the whole store (``accepts_corrections``), and what
an export of the shown rows writes (``store.export.exportable``).

Built once in the load worker (applying the analysts' corrections, sorting,
folding search keys, parsing date bounds, naming countries) so that a keystroke
in the filter only runs a few list comprehensions over precomputed arrays: it
must stay well under 50 ms at 100,000 events. After a correction only that one
event is re-indexed (``store.browse_corrections``): rebuilding takes seconds at
that size. Nothing here imports Textual or Rich.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from operator import itemgetter, methodcaller
from typing import Any

from store.about.country_names import cached_country_name
from store.about.type_labels import event_type_label
from store.browse_corrections import CorrectedInPlace, day_bounds, reinserted
from store.browse_views import TypedReads
from store.model import EVENT_TYPES, SHORT_TYPE_LABELS
from store.query import (
    search_key,
    sort_key,
)
from store.storage.corrections import apply_corrections
from store.storage.decision_rows import pending_ids

Event = dict[str, Any]
KEPT_TEXTS = 16
TEXT_MISSING = (
    "The source text of this document has changed in the store since mali-tui opened it. "
    "Restart mali-tui to read the new version."
)


class Corpus(TypedReads, CorrectedInPlace):
    """Events in ascending date order (undated last) with their documents.

    ``events`` are shown as corrected (``store.storage.corrections.apply_corrections``
    with rejected ones kept and marked); ``extracted`` maps the id of each
    corrected event (or one moved with its list) to the event as extraction stored it,
    so the viewer can say what was changed and a new correction starts from the extracted values.
    Screens read them through ``TypedReads`` (``store.browse_views``): typed views of what they show.
    """

    def __init__(
        self,
        documents: dict[str, dict[str, Any]],
        events: Iterable[Event],
        *,
        extracted: Mapping[str, Event] | None = None,
        presorted: bool = False,
        text_source: Callable[[str], str | None] | None = None,
        total_events: int = 0,
    ) -> None:
        self.documents = documents
        self.events: list[Event] = list(events) if presorted else sorted(events, key=sort_key)
        self.total_events = max(total_events, len(self.events))
        self._extracted: dict[str, Event] = dict(extracted or {})
        self._text_source = text_source
        self._texts: OrderedDict[str, dict[str, Any]] = OrderedDict()  # the last documents shown, with text
        evs = self.events
        self._keys: list[str] | None = None  # built on first use or by warm_keys(), off the first paint
        self._keys_lock = threading.Lock()
        # Only what the first screen needs is built here (100k events: every pass costs tens of ms);
        # the rest is built on first use. Shared frozensets for the few distinct country combinations.
        codes = [tuple(e.get("countries") or ()) for e in evs]
        shared: dict[tuple[str, ...], frozenset[str]] = {}
        self.country_sets: list[frozenset[str]] = [
            shared.get(c) or shared.setdefault(c, frozenset(c)) for c in codes
        ]
        self.types: list[str | None] = list(map(methodcaller("get", "type"), evs))
        self._by_doc: dict[str, list[int]] = {}
        for i, doc in enumerate(map(methodcaller("get", "doc", ""), evs)):
            self._by_doc.setdefault(doc or "", []).append(i)
        self._doc_sorted: set[str] = set()
        self.undated_from: int = bisect_left(evs, 1, key=_undated)
        self._country_counter: Counter[str] = Counter()
        for combo, n in Counter(self.country_sets).items():
            for code in combo:
                self._country_counter[code] += n
        self._type_counter: Counter[str] = Counter(t for t in self.types if t)
        self.country_names: dict[str, str] = {}
        self._derive_labels()
        # What linking reads to settle the clusters corrections touched (``store.occurrence_view``).
        self.corrections: dict[str, dict[str, Any]] = {}
        self.occurrence_decisions: list[dict[str, Any]] = []
        self.decided: frozenset[str] = frozenset()  # events of decisions the stored clusters may predate

    @property
    def is_partial(self) -> bool:
        """The first events of a store still being read (``store.storage.db.EventStore.load``'s preview)."""
        return self.total_events > len(self.events)

    @property
    def accepts_corrections(self) -> bool:
        """Corrections wait for the whole store: one made on a preview would be lost when it arrives."""
        return not self.is_partial

    def exportable_rows(self, rows: Iterable[int]) -> list[Event]:
        """The events of ``rows`` that an export writes (``store.export.exportable``: no rejected ones)."""
        from store.export import exportable

        return exportable(self.events[i] for i in rows)

    @cached_property
    def index_of(self) -> dict[str, int]:
        """Event id -> index (for corrections and keeping a selection across filters)."""
        return dict(zip(map(itemgetter("id"), self.events), range(len(self.events)), strict=True))

    def events_in_document(self, doc: str) -> list[int]:
        """Document ``doc``'s event indices in text order (the viewer's other sentences, ``n``/``p``)."""
        indices = self._by_doc.get(doc)
        if indices is None:
            return []
        if doc not in self._doc_sorted:  # sorted on first use: a few events each, thousands of documents
            evs = self.events
            indices.sort(key=lambda i: (evs[i].get("start") or 0, evs[i].get("end") or 0, i))
            self._doc_sorted.add(doc)
        return indices

    @cached_property
    def host(self) -> str | None:
        """The country most events name: typed in the filter, it stays a plain word (``store.query``)."""
        from store.board.assign import corpus_host

        return corpus_host(e for e in self.events if not e.get("rejected"))

    @property
    def hosts(self) -> Any:
        """``store.board.assign.Hosts`` of the shown events, built with ``forces``."""
        return self._forces[0]

    @property
    def forces(self) -> list[tuple[str, ...]]:
        """Each event's board keys ("EG@ML"), built the first time the board asks (in its worker)."""
        return self._forces[1]

    @cached_property
    def _forces(self) -> tuple[Any, list[tuple[str, ...]]]:
        from store.board.assign import corpus_forces

        return corpus_forces(self.events)

    @cached_property
    def chart_keys(self) -> list[Any]:
        """Each event's ``store.histogram.bucket_key``: the chart counts any rows with one C-level pass."""
        from store.histogram import bucket_key

        one: dict[Any, Any] = {}  # one object per distinct key: counting finds it by identity, 5x faster
        return [one.setdefault(key, key) for key in map(bucket_key, self.events)]

    @cached_property
    def bounds(self) -> list[tuple[str, str] | None]:
        """First and last day each event's date covers (for the date filter)."""
        return [day_bounds(e.get("date")) for e in self.events]

    def document(self, name: str) -> dict[str, Any] | None:
        """Document ``name`` with its text, which the store may have left on disk until now.

        The last few are kept, so stepping through one document's events reads
        it once. If the store no longer holds the text the events were taken
        from (re-ingested since), ``text`` says so and ``text_missing`` is set.
        """
        cached = self._texts.get(name)
        if cached is not None:
            self._texts.move_to_end(name)
            return cached
        doc = self.documents.get(name)
        if doc is None:
            return None
        if "text" not in doc:
            text = self._text_source(name) if self._text_source is not None else None
            doc = {**doc, "text": text if text is not None else TEXT_MISSING, "text_missing": text is None}
        self._texts[name] = doc
        if len(self._texts) > KEPT_TEXTS:
            self._texts.popitem(last=False)
        return doc

    @property
    def keys(self) -> list[str]:
        """Folded search keys, one per event (``store.query.search_key``): 2 s at 100k events, so lazy."""
        if self._keys is None:
            with self._keys_lock:
                if self._keys is None:
                    self._keys = [search_key(e) for e in self.events]
        return self._keys

    def warm_keys(self) -> None:
        """Build what the filter reads now (from a worker, after the timeline is shown).

        The search keys, date bounds, id index and the host country (a quarter
        of a second each at 100,000 events): the first keystroke, date filter or
        correction then finds them ready.
        """
        _ = self.keys, self.bounds, self.index_of, self.host

    def _derive_labels(self) -> None:
        """Country and type lists from the counters (after loading, and after each correction)."""
        totals = +self._country_counter  # drops codes no event has any more
        self.country_totals: dict[str, int] = dict(totals)
        for code in totals:
            if code not in self.country_names:
                self.country_names[code] = cached_country_name(code) or code
        self.countries: list[str] = sorted(totals, key=lambda c: (-totals[c], self.country_names[c]))
        present = set(+self._type_counter)
        self.types_present: tuple[str, ...] = tuple(t for t in EVENT_TYPES if t in present) + tuple(
            sorted(present.difference(EVENT_TYPES))
        )
        self.type_names: dict[str, str] = {t: event_type_label(t) for t in self.types_present}
        self.type_short: dict[str, str] = {t: SHORT_TYPE_LABELS.get(t, t) for t in self.types_present}

    def type_name(self, kind: str) -> str:
        """A type's full label, present in this corpus or not ("withdrawal completed")."""
        return self.type_names.get(kind) or event_type_label(kind)

    @classmethod
    def from_snapshot(cls, snapshot: Any) -> Corpus:
        """From a ``store.storage.db.Snapshot``: documents by name, events with corrections applied."""
        events = list(snapshot.events)
        corrections = getattr(snapshot, "corrections", None) or {}
        presorted = bool(getattr(snapshot, "events_sorted", False))
        options: dict[str, Any] = {
            "presorted": presorted,
            "text_source": getattr(snapshot, "text", None),
            "total_events": getattr(snapshot, "total_events", 0),
        }
        decisions = list(getattr(snapshot, "occurrence_decisions", None) or [])
        decided = pending_ids(getattr(snapshot, "pending_decisions", None) or [])
        if not corrections:
            corpus = cls(dict(snapshot.documents), events, **options)
            corpus.occurrence_decisions, corpus.decided = decisions, decided
            return corpus
        shown = apply_corrections(events, corrections, keep_rejected=True)
        # keep_rejected keeps every event in order; a corrected one is a new dict.
        extracted = {old["id"]: old for old, new in zip(events, shown, strict=True) if new is not old}
        if presorted and extracted:  # a corrected date moves its event: place those few again
            shown = reinserted(shown, [new for new in shown if new["id"] in extracted])
            if events and getattr(snapshot, "is_partial", False):  # one moved past the events read so far
                last = sort_key(events[-1])
                shown = [e for e in shown if sort_key(e) <= last]
                extracted = {e["id"]: extracted[e["id"]] for e in shown if e["id"] in extracted}
        corpus = cls(dict(snapshot.documents), shown, extracted=extracted, **options)
        corpus.corrections, corpus.occurrence_decisions = dict(corrections), decisions
        corpus.decided = decided
        return corpus

    def __len__(self) -> int:
        return len(self.events)

    @property
    def date_span(self) -> tuple[str, str] | None:
        """First and last event dates as stored, ``None`` when nothing is dated."""
        if not self.undated_from:
            return None
        return self.events[0]["date"], self.events[self.undated_from - 1]["date"]

    def document_of(self, index: int) -> dict[str, Any]:
        return self.documents.get(self.events[index].get("doc") or "", {})

    def source_label(self, index: int) -> str:
        """Publisher when known, else the document's file name."""
        doc = self.document_of(index)
        return doc.get("publisher") or self.events[index].get("doc") or "?"

    def display_order(self, ascending_rows: list[int], descending: bool) -> list[int]:
        """Rows in date order; newest first when ``descending``, undated always last."""
        if not descending:
            return ascending_rows
        split = bisect_left(ascending_rows, self.undated_from)
        return ascending_rows[:split][::-1] + ascending_rows[split:]


def _undated(event: Event) -> int:
    return 0 if event.get("date") else 1
