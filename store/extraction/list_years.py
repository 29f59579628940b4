"""Years for an undated list's entries (or a story under a year-less dateline), inferred as a whole.

Explicit years in an entry bound that entry; explicit years elsewhere bound the document
(``store.dates.years``); office holders and named operations an entry mentions bound it too.
"""

from __future__ import annotations

import datetime as dt

from store.about.office_holders import office_holders, term_edges
from store.about.operations import document_un_mission, operation_bounds, operation_ends
from store.dates.partial import PartialDate
from store.dates.resolve import Reference
from store.dates.statements import DEADLINE_ROLES
from store.dates.tense import tense_at
from store.dates.years import ListItem, YearHint, infer_years, written_weekday
from store.extraction.sentence_dates import SentenceDates

__all__ = ["infer_list_years"]

_DEADLINE_ROLES = DEADLINE_ROLES


def infer_list_years(
    text: str, items: list[SentenceDates], language: str, today: dt.date, hint: YearHint | None
) -> None:
    """Give each dated entry of an undated list (or a year-less dateline) an inferred year.

    Explicit years in an entry bound that entry (a plan comes after its announcement); explicit years
    elsewhere bound the document as a whole (``store.dates.years``).
    """
    entries: list[ListItem] = []
    doc_after: list[PartialDate] = []
    doc_before: list[PartialDate] = []
    for key, item in enumerate(items):
        sentence = text[item.start : item.end]
        explicit = [
            (
                PartialDate(m.year, m.month, m.day),
                # "decides to end the deployment by May 2024": a deadline is ahead of what sets it
                "future" if m.role in _DEADLINE_ROLES else tense_at(sentence, m.start, m.end, language),
            )
            for m in item.mentions
            if m.kind == "absolute" and m.year is not None
        ]
        anchor = _list_anchor(item, sentence, language)
        if anchor is None:
            for value, tense in explicit:
                (doc_before if tense == "future" else doc_after).append(value)
            continue
        lead = item.story is not None and item.lead  # a dateline's weekday is not read here
        entry = ListItem(
            key, anchor[0], anchor[1], weekday=None if lead else written_weekday(item.mentions, anchor)
        )
        entry.tenures = [(t.start, t.end, t.describe()) for t in office_holders(sentence)]
        entry.tenures += operation_bounds(sentence, entry.month, entry.day, document_un_mission(text))
        entry.tenures += term_edges(sentence, entry.month, entry.day)
        entry.likely_until = operation_ends(sentence, document_un_mission(text))
        for value, tense in explicit:
            (entry.not_after if tense == "future" else entry.not_before).append(value)
        entries.append(entry)
    if hint is not None and hint.anchors:  # anchors name entries by their sentence's offset
        by_start = {items[e.key].start: e.key for e in entries}
        keyed = {by_start[start]: a for start, a in hint.anchors.items() if start in by_start}
        hint = YearHint(hint.shift, hint.why, keyed)
    years = infer_years(entries, today, hint, doc_not_before=doc_after, doc_not_after=doc_before)
    block_refs: dict[int, Reference] = {}
    story_refs: dict[int, Reference] = {}
    for key, item in enumerate(items):
        guess = years.get(key)
        if guess is not None:
            month, day = _list_anchor(item, text[item.start : item.end], language) or (1, None)
            label = "dateline" if item.story is not None and item.lead else "list item date"
            try:
                anchor = PartialDate(guess.year, month, day)
            except ValueError:  # "29 Feb" in a year inferred as a common year: keep the month
                anchor = PartialDate(guess.year, month, None)
            ref = Reference(anchor, label, inferred=True, note=guess.note)
            block_refs[item.block] = ref
            if item.story is not None and item.lead:
                story_refs[id(item.story)] = ref
            item.reference = ref
        elif item.story is not None and id(item.story) in story_refs:
            item.reference = story_refs[id(item.story)]
        else:
            item.reference = block_refs.get(item.block)


def _list_anchor(item: SentenceDates, sentence: str, language: str) -> tuple[int, int | None] | None:
    """The month and day that place an undated entry: its dateline, else its first past year-less date."""
    if item.story is not None and item.lead:
        return item.story.month or 1, item.story.day
    for m in item.mentions:
        if m.kind == "absolute" and m.year is None and m.month:
            if tense_at(sentence, m.start, m.end, language) == "future":
                return None
            return m.month, m.day
    return None
