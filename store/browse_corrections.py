"""Corrections shown in place: the one write the browser makes to its ``store.browse.Corpus``.

A mixin of ``Corpus``. After an analyst's correction only that event (and the
items of its inferred list) is folded and placed again, and the indices it
moves past shift by one: milliseconds, where rebuilding the corpus takes
seconds at 100,000 events. ``extracted`` keeps each corrected event as
extraction stored it, so the viewer says what changed and a new correction
starts from the extracted values.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from store.errors import MaliTuiError
from store.query import date_bounds, search_key, sort_key
from store.storage.corrections import apply_corrections
from store.storage.list_years import MOVED_MARK, is_list_inferred

if TYPE_CHECKING:
    from store.browse import Corpus

Event = dict[str, Any]


class CorrectedInPlace:
    """What a correction changes in the corpus, and the extracted events it keeps."""

    def extracted(self: Corpus, index: int) -> Event:
        """Event ``index`` as extraction stored it, before any correction."""
        event = self.events[index]
        return self._extracted.get(event["id"], event)

    @property
    def corrected_count(self: Corpus) -> int:
        """Events an analyst corrected or rejected (not those only moved with their list)."""
        return sum(1 for i in self._extracted if self.events[self.index_of[i]].get("corrected"))

    @property
    def rejected_count(self: Corpus) -> int:
        return sum(1 for i in self._extracted if self.events[self.index_of[i]].get("rejected"))

    def note_correction(self: Corpus, event_id: str, record: Mapping[str, Any] | None) -> None:
        """The browser wrote ``record`` (``None``: none left) for ``event_id``: settle with it from now on."""
        if record is None:
            self.corrections.pop(event_id, None)
        else:
            self.corrections[event_id] = dict(record)

    def relisted(self: Corpus, event_id: str) -> list[Event]:
        """The items of ``event_id``'s inferred list as the corrections now show them, where that changed
        (``store.storage.list_years``): after ``note_correction``, show each with ``replace_event``. The
        event itself is among them when its own correction left it to follow its list (a type only).
        """
        index = self.index_of.get(event_id)
        if index is None or not is_list_inferred(self.extracted(index)):
            return []
        doc = self.events[index].get("doc") or ""
        members = [self.extracted(i) for i in self._by_doc.get(doc, ())]
        ids = {e["id"] for e in members}
        mine = {k: r for k, r in self.corrections.items() if k in ids or r.get("doc") == doc}
        shown = apply_corrections(members, mine, keep_rejected=True)
        return [e for e in shown if e != self.events[self.index_of[e["id"]]]]

    def replace_event(self: Corpus, event: Event) -> int:
        """Show ``event`` (a new version of the event with its id) in date order; returns its new index.

        Called on the UI thread after a correction: only this event is folded
        and placed again, and the indices it moves past shift by one, which
        takes milliseconds where rebuilding the corpus takes seconds. Any
        ``Selector`` built before is stale afterwards.
        """
        _ = (self.bounds, self.keys)  # lazy indexes: built now, then kept up to date below
        event_id = event["id"]
        old = self.index_of[event_id]
        previous = self.events[old]
        original = self._extracted.get(event_id, previous)
        if event.get("corrected") or event.get(MOVED_MARK):
            self._extracted[event_id] = original
        else:
            self._extracted.pop(event_id, None)
        self._country_counter.subtract(self.country_sets[old])
        if previous.get("type"):
            self._type_counter[previous["type"]] -= 1
        self.undated_from -= 1 if previous.get("date") else 0  # it counts the dated events
        arrays: tuple[list[Any], ...] = (self.events, self.keys, self.types, self.country_sets, self.bounds)
        countries = frozenset(event.get("countries") or ())
        values: tuple[Any, ...] = (
            event,
            search_key(event),
            event.get("type"),
            countries,
            day_bounds(event.get("date")),
        )
        # The board's keys and the chart's buckets follow the event when they are built (the hosts stay).
        if "_forces" in self.__dict__:
            from store.board.assign import event_forces

            arrays, values = (*arrays, self.forces), (*values, event_forces(event, self.hosts))
        if "chart_keys" in self.__dict__:
            from store.histogram import bucket_key

            arrays, values = (*arrays, self.chart_keys), (*values, bucket_key(event))
        for array in arrays:
            del array[old]
        new = bisect_right(self.events, sort_key(event), key=sort_key)
        for array, value in zip(arrays, values, strict=True):
            array.insert(new, value)
        self.undated_from += 1 if event.get("date") else 0
        self._country_counter.update(countries)
        if event.get("type"):
            self._type_counter[event["type"]] += 1
        if new != old:
            self._reindex(old, new)
        self._derive_labels()
        return new

    def _reindex(self: Corpus, old: int, new: int) -> None:
        """The event at ``old`` moved to ``new``: the ones in between shift one place towards ``old``.

        Only the events now in ``lo..hi`` changed index, so only they and their
        documents are touched: O(distance moved), not O(corpus).
        """
        lo, hi = min(old, new), max(old, new)
        shift = -1 if new > old else 1
        moved_events = self.events[lo : hi + 1]
        self.index_of.update(zip((e["id"] for e in moved_events), range(lo, hi + 1), strict=True))

        def moved(i: int) -> int:
            if i == old:
                return new
            return i + shift if lo <= i <= hi else i

        for doc in {e.get("doc") or "" for e in moved_events}:
            self._by_doc[doc] = [moved(i) for i in self._by_doc[doc]]

    def show_correction(self: Corpus, event_id: str, record: Mapping[str, Any] | None) -> int:
        """Show event ``event_id`` under its correction ``record`` (``None``: as extracted); its new index.

        The corrected event is worked out from the extracted one, as
        ``store.storage.corrections.apply_corrections`` does for the whole store, and the other
        items of its inferred list are shown where the correction moves them (``Corpus.relisted``).
        """
        extracted = self.extracted(self.index_of[event_id])
        shown = (
            apply_corrections([extracted], {event_id: dict(record)}, keep_rejected=True)[0]
            if record
            else extracted
        )
        self.replace_event(shown)
        self.note_correction(event_id, record)
        for other in self.relisted(event_id):  # its inferred list follows (or returns on undo)
            self.replace_event(other)
        return self.index_of[event_id]


def reinserted(events: list[Event], moved: list[Event]) -> list[Event]:
    """``events`` (in ``sort_key`` order but for ``moved``) with ``moved`` put in their places."""
    gone = {id(e) for e in moved}
    kept = [e for e in events if id(e) not in gone]
    for event in moved:
        insort(kept, event, key=sort_key)
    return kept


def day_bounds(date: str | None) -> tuple[str, str] | None:
    """First and last day an event's ``date`` covers (``store.query.date_bounds``); ``None`` when undated."""
    if not date:
        return None
    try:
        return date_bounds(date)
    except MaliTuiError:
        return None
