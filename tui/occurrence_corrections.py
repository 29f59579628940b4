"""Splitting and merging occurrences from the browser: the analyst's word over the linker's.

``X`` says the report being read is not the same occurrence as each other report
of its occurrence; ``m`` marks an occurrence and ``M`` says the selected one is the
same occurrence as the marked one. Each is written by ``store.linking.decisions``
(decisions keyed by event ids, so they survive re-ingest; the clusters they touch
are re-linked in the same atomic write), in a worker that never touches widgets.
The worker then reads the store again and groups it, so the timeline shows the
new occurrences at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from store.errors import MaliTuiError, StoreLockedError

if TYPE_CHECKING:
    from store.browse import Corpus
    from store.event_view import EventView
    from store.occurrence_view import OccurrenceRows
    from store.storage.db import EventStore


@dataclass(frozen=True, slots=True)
class Decision:
    """One analyst decision: ``same`` or ``different`` occurrence for each pair of event ids."""

    kind: str  # "same" | "different"
    pairs: tuple[tuple[str, str], ...]
    note: str  # the toast once written


@dataclass
class OccurrencesCorrected(Message):
    """A decision was written; ``corpus`` is the store read again, ``rows`` its occurrences placed."""

    corpus: Corpus
    rows: OccurrenceRows
    note: str
    keep: str  # id of the report to keep selected


@dataclass
class OccurrenceCorrectionFailed(Message):
    """A decision was not written; ``error`` is one line (``locked``: an ingest holds the store)."""

    error: str
    locked: bool = False
    refused: bool = False


def split_decision(report: EventView, others: list[EventView]) -> Decision:
    """``report`` is another occurrence than each of ``others`` (the rest of its occurrence)."""
    pairs = tuple((report.id, other.id) for other in others)
    title = _name(report)
    return Decision("different", pairs, f"Split: {title} is now an occurrence of its own")


def merge_decision(marked: list[EventView], selected: list[EventView]) -> Decision:
    """The reports ``selected`` (an occurrence) are the same occurrence as the reports ``marked``.

    Every pair across the two is decided: the linker keeps a cluster only when
    each pair of its reports is compatible (complete linkage), so one decided pair
    would take its two reports out of their occurrences instead of merging them.
    """
    pairs = tuple((a.id, b.id) for a in marked for b in selected)
    note = f"Merged: {_name(selected[0])} is now the same occurrence as {_name(marked[0])}"
    return Decision("same", pairs, note)


def _name(event: EventView) -> str:
    from store.text.visible import visible

    date = event.date or "undated"
    return f"“{visible(event.title or event.sentence or '?')[:60]}” ({date})"


def write_decision(store: EventStore, decision: Decision, keep: str) -> Message:
    """Write ``decision``, read the store again and group it: the message the worker posts."""
    from store.browse import Corpus
    from store.linking.decisions import different_occurrence, same_occurrence
    from store.occurrence_view import corpus_rows
    from store.storage.correction_values import CorrectionError
    from store.storage.gc_pause import paused_gc

    write = same_occurrence if decision.kind == "same" else different_occurrence
    try:
        for a, b in decision.pairs:
            write(store, a, b)
        with paused_gc():
            corpus = Corpus.from_snapshot(store.load(texts=False))
        rows = corpus_rows(corpus)
        return OccurrencesCorrected(corpus, rows, decision.note, keep)
    except StoreLockedError as exc:
        return OccurrenceCorrectionFailed(str(exc), locked=True)
    except CorrectionError as exc:
        return OccurrenceCorrectionFailed(exc.message, refused=True)
    except MaliTuiError as exc:
        return OccurrenceCorrectionFailed(str(exc))
    except Exception as exc:  # a worker must report, not die silently
        return OccurrenceCorrectionFailed(f"{type(exc).__name__}: {exc}")
