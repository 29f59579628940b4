"""Sentences and country names folded alike, one character per grapheme cluster, so offsets map back.

A country form is matched in folded text ("Côte d'Ivoire" as "Cote d'Ivoire",
"Mỹ" kept as it is where accents change the word); the hit's offsets must
still index the sentence as stored, which the viewer highlights.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_CHAR_FOLDS = {
    "đ": "d",
    "Đ": "D",
    "ø": "o",
    "Ø": "O",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "´": "'",
    "‐": "-",
    "‑": "-",
    "–": "-",
    "—": "-",
    "\u00a0": " ",
    "\u202f": " ",
}


def _fold_char(cluster: str, accents: bool) -> str:
    """One output character per grapheme cluster, so offsets map back exactly."""
    first = cluster[0]
    if first in _CHAR_FOLDS:
        return _CHAR_FOLDS[first]
    if accents:
        return unicodedata.normalize("NFC", cluster)[0]
    return unicodedata.normalize("NFD", first)[0]


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding one character at a time, filled as characters are met.

    A combining mark maps to NUL, which tells ``project`` to take the slow, cluster-aware path.
    """

    def __init__(self, accents: bool) -> None:
        super().__init__()
        self.accents = accents

    def __missing__(self, codepoint: int) -> str:
        ch = chr(codepoint)
        folded = "\0" if unicodedata.combining(ch) or ch == "\0" else _fold_char(ch, self.accents)
        self[codepoint] = folded if len(folded) == 1 else "\0"
        return self[codepoint]


_FOLD_TABLES = {True: _FoldTable(True), False: _FoldTable(False)}


def project(text: str, accents: bool) -> tuple[str, Sequence[int], Sequence[int]]:
    """``text`` with one character per cluster (accents kept or stripped) and each cluster's span."""
    folded = text.translate(_FOLD_TABLES[accents])
    if "\0" not in folded:  # composed text (the normal case): one character per cluster
        return folded, range(len(text)), range(1, len(text) + 1)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        out.append(_fold_char(text[i:j], accents))
        starts.append(i)
        ends.append(j)
        i = j
    return "".join(out), starts, ends


def fold_form(form: str, accents: bool) -> str:
    return project(unicodedata.normalize("NFC", form), accents)[0]


def form_key(form: str, accents: bool) -> str:
    return re.sub(r"[\s\-]+", " ", fold_form(form, accents)).casefold()
