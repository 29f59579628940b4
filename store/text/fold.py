"""Folding text for matching: case- and accent-insensitive, so that "cote" finds "Côte".

Used by the filter (``store.query``), boilerplate detection and metadata, so it
lives below all of them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_EXTRA_FOLDS: tuple[tuple[str, str], ...] = (
    ("đ", "d"),
    ("Đ", "d"),
    ("ø", "o"),
    ("æ", "ae"),
    ("œ", "oe"),
    ("ß", "ss"),
    ("’", "'"),
    ("‘", "'"),
    ("“", '"'),
    ("”", '"'),
    ("–", "-"),
    ("—", "-"),
)
"""Letters and marks NFKD leaves alone that a reader still types without their accent or curl."""


MARKS_END = 0x20000
"""Every combining mark is in the first two planes (the last, in Unicode 14, is U+1E94A): the planes
above hold ideographs, tags and private use. Reading only those two takes 25 ms instead of 170 ms,
paid by the first filter typed or remembered (``tests/test_search_fold.py`` checks the whole range)."""


@cache
def _combining_marks() -> dict[int, None]:
    """Every combining mark, as a ``str.translate`` table that deletes them (built once)."""
    return dict.fromkeys(cp for cp in range(MARKS_END) if unicodedata.combining(chr(cp)))


@cache
def _other_than_marks() -> re.Pattern[str]:
    """Any character that is neither ASCII nor a combining mark (Cyrillic, Arabic, CJK, ...)."""
    ranges: list[list[int]] = []
    for cp in _combining_marks():
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    marks = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
    return re.compile(f"[^\\x00-\\x7f{marks}]")


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so that "cote" finds "Côte".

    Folding the search keys of 100,000 events happens while the user may
    already be typing, so each step takes the fastest C-level route: a text
    whose decomposition is ASCII letters plus combining marks (French,
    Vietnamese) drops the marks by encoding to ASCII, 20x faster than a
    ``str.translate`` through a table of every mark, which other scripts need.
    """
    if text.isascii():  # nothing to translate or decompose: the common case
        return text.casefold()
    for letter, plain in _EXTRA_FOLDS:
        if letter in text:
            text = text.replace(letter, plain)
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed.casefold()
    if _other_than_marks().search(decomposed) is None:
        return decomposed.encode("ascii", "ignore").decode("ascii").casefold()
    return decomposed.translate(_combining_marks()).casefold()
