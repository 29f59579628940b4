"""Datelines without a date: "BRUSSELS —", "Ouagadougou (dpa) -", "Brüssel/Bamako -".

A dated dateline ("BAMAKO, Dec 22 (Reuters) -") is found with its date (store/dates/datelines.py) and left
out of what the story's sentence says. One without a date names, as much, where the story was filed, not
where it happened nor who acted: "BRUSSELS — The European Union's training mission in Mali ... ended" is
Mali's news, not Belgium's. Only the opening of a sentence is read, in the forms wire copy uses: a place in
capitals before a dash, or a place (or places joined by "/") with its agency in brackets or a slash before
a dash, followed by the story's first capitalised word; and one of its places must be a known capital or
town ("BARKHANE —" opens no dateline).
"""

from __future__ import annotations

import re

from store.about.countries import capital_place
from store.about.places import find_places

_WORD = r"[A-ZÀ-Ý][\w'’.\-]*"
_CAPS = r"[A-ZÀ-Ý][A-ZÀ-Ý'’.\-]{2,}"
_DATELINE = re.compile(
    rf"^\s*(?:"
    # "BRUSSELS —", "NEW YORK —", "GAO, Mali --": a place in capitals (its country after it) and a dash
    rf"{_CAPS}(?:\s+{_CAPS}){{0,2}}(?:,\s*{_WORD}(?:\s+{_WORD}){{0,2}})?\s*(?:\([^()\n]{{2,30}}\)\s*)?(?:--|[-–—])"
    # "Ouagadougou (dpa) -", "Niamey/Bamako (wad) -", "Brüssel/Bamako -": an agency or places joined by "/"
    rf"|{_WORD}(?:\s+{_WORD}){{0,2}}(?:\s*/\s*{_WORD}(?:\s+{_WORD}){{0,2}})*\s*\([^()\n]{{2,30}}\)\s*[-–—]"
    rf"|{_WORD}(?:\s+{_WORD}){{0,2}}(?:\s*/\s*{_WORD}(?:\s+{_WORD}){{0,2}})+\s*[-–—]"
    rf")\s+(?=[\"“«„]?[A-ZÀ-Ý0-9])"
)


def undated_lead(sentence: str, language: str) -> int:
    """How many characters an undated dateline takes at the start of ``sentence`` (0 when none): only when
    it names a known place ("BARKHANE —", "EUTM —" name none)."""
    found = _DATELINE.match(sentence)
    if not found:
        return 0
    head = re.split(r"[(,]|--|[-–—]\s", found.group())[0]
    places = [p.strip() for p in head.split("/") if p.strip()]
    known = any(capital_place(p) or find_places(p, language) for p in places)
    return found.end() if known else 0
