"""A dateline lead that counts back from its own day: "BAMAKO, 1. November (NAS) - Die UN-Mission hat am
Vortag ihr Lager geräumt", "PARIS, 12 janvier - ... la veille". Nothing has been told before the lead, so
"the day before" / "the same day" count from the day the dateline files the story under, not from an
earlier event (``store.dates.resolve`` leaves a narrative mention with no event before it undated)."""

from __future__ import annotations

from store.dates.resolve import ResolvedDate
from store.extraction.sentence_dates import SentenceDates


def lead_anchor(item: SentenceDates, told: ResolvedDate | None) -> ResolvedDate | None:
    """``told`` (the event the story told last), else, for a dateline lead with "the day before" or "the
    same day" in it, the dateline's own day as the anchor those count from."""
    if told is not None or item.lead <= 0 or item.reference is None or item.reference.date.day is None:
        return told
    back = [m for m in item.mentions if m.kind == "narrative" and m.unit == "day" and m.offset <= 0]
    if not back:
        return told
    reference = item.reference
    return ResolvedDate(back[0], reference.date, None, reference.inferred, f"the {reference.describe()}")
