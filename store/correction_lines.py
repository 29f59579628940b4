"""The corrections ``mali-tui corrections`` lists, as typed lines rather than stored records."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from store.storage.corrections import CorrectionStatus, describe


@dataclass(frozen=True, slots=True)
class CorrectionLine:
    """One stored correction: what it changes, the sentence it was made on, where it applies now."""

    made_on: str  # id of the event it was made on
    doc: str
    sentence: str  # on one line: how an orphaned correction is recognised
    change: str  # ``store.storage.corrections.describe``
    status: str  # "attached" | "reattached" | "orphaned"
    applies_to: str | None  # the event it applies to now, None when orphaned


def correction_lines(statuses: Iterable[CorrectionStatus]) -> list[CorrectionLine]:
    """``statuses`` (``correction_statuses``) as lines, by document then event id."""
    lines = [
        CorrectionLine(
            made_on=str(s.record.get("event_id") or ""),
            doc=str(s.record.get("doc") or ""),
            sentence=" ".join(str(s.record.get("sentence") or "").split()),
            change=describe(s.record),
            status=s.status,
            applies_to=s.event_id,
        )
        for s in statuses
    ]
    return sorted(lines, key=lambda line: (line.doc, line.made_on))
