"""Datelines: "BAMAKO, Dec 22 (Reuters) -", "Bamako 12 December 2023(TDI):".

A story's dateline, not the page header, is the reference for its relative
dates: a page updated on the 24th may carry a story filed on the 22nd.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.dates.mentions import find_mentions
from store.dates.partial import PartialDate
from store.dates.resolve import Reference, resolve

# The place: one to four capitalised words (BAMAKO, Bamako, NEW YORK, Saint-Louis), maybe a comma.
_PLACE = re.compile(r"^\s*(?:\(?[A-ZÀ-Ý][\w'’.\-]*\)?\s+){0,3}?[A-ZÀ-Ý][\w'’.\-]*\s*,?\s*(?:\w{2,4}\s+)?$")
# (an agency named in full: "(Agence Panafricaine d'Information)", "(Agencia Iberoamericana de Noticias)")
_AFTER = re.compile(
    r"^\s*(?:\((?P<agency>[^()\n]{2,45})\))?\s*(?:[-–—:]|\((?P<agency2>[^()\n]{2,45})\)\s*[-–—:]?)"
)
# What any dateline shows without looking for its date: a capitalised place first (``_PLACE``) and a
# dash, colon or bracket after the date (``_AFTER``). Most paragraphs lack one; their dates go unread here.
_PLACE_FIRST = re.compile(r"\s*\(?[A-ZÀ-Ý]")
_AFTER_MARK = re.compile(r"[-–—:(]")


@dataclass(frozen=True, slots=True)
class Dateline:
    start: int  # offset of the dateline's date expression in the document
    end: int
    place: str
    agency: str | None
    reference: Reference | None  # None: a year-less dateline on an undated page, inferred later
    story_start: int  # where the story's own text begins, after "(Reuters) -"
    month: int | None = None
    day: int | None = None


def find_dateline(
    text: str, start: int, end: int, language: str, published: Reference | None
) -> Dateline | None:
    """The dateline opening the paragraph ``text[start:end]``, if there is one."""
    head = text[start : min(end, start + 160)]
    if not _PLACE_FIRST.match(head) or not _AFTER_MARK.search(head):
        return None
    for mention in find_mentions(head, language)[:1]:
        if mention.text.lower().startswith("le "):
            mention.start += 3  # "Bamako, le 10 décembre 2023 -"
        if mention.start > 50 or mention.kind not in ("absolute", "weekday"):
            return None
        before = head[: mention.start]
        if not before.strip() or not _PLACE.match(before):
            return None
        after = _AFTER.match(head[mention.end :])
        if not after:
            return None
        agency = after.group("agency") or after.group("agency2")
        place = before.strip().rstrip(",").strip()
        resolved = resolve(mention, "past", published)
        if resolved is None and published is None and mention.year is None and mention.month is not None:
            # "BAMAKO, Dec 22 (Reuters) -" on an undated page: the year must be inferred later
            return Dateline(
                start + mention.start,
                start + mention.end,
                place,
                agency,
                None,
                start + mention.end + after.end(),
                mention.month,
                mention.day,
            )
        if resolved is None or resolved.value.month is None:
            return None
        note = resolved.reason if resolved.inferred else None
        ref = Reference(date=resolved.value, label="dateline", inferred=resolved.inferred, note=note)
        return Dateline(
            start=start + mention.start,
            end=start + mention.end,
            place=place,
            agency=agency,
            reference=ref,
            story_start=start + mention.end + after.end(),
            month=resolved.value.month,
            day=resolved.value.day,
        )
    return None


def as_partial(iso: str | None) -> PartialDate | None:
    if not iso:
        return None
    try:
        return PartialDate.from_iso(iso)
    except (ValueError, TypeError):
        return None
