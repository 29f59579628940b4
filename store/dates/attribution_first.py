"""A sentence that opens on its source: "Selon un communiqué publié lundi, le dernier convoi a quitté Gao
aujourd'hui", "Según un comunicado difundido el lunes, ...", "Laut einer am Montag veröffentlichten
Mitteilung verließ ...", "Theo thông cáo phát đi hôm thứ Hai, ...", "According to a statement released on
Monday, ...".

The whole sentence is the source's words, as what follows "said that" is: its "today" is the day the
attribution gives, not the publication date (with no day there, the publication date stays). The
attribution's end is not needed (German writes no comma after it): only "today" and its kin are read as
the source's, and the attribution's own day dates them. Each language lists the prepositions that open
such an attribution (``ATTRIBUTION_OPENERS`` in ``store/languages/<code>/cues.py``).
"""

from __future__ import annotations

import re
from functools import cache

from store.languages import table


@cache
def _opener(language: str) -> re.Pattern[str] | None:
    code = (language or "").split("-")[0].lower()
    words = sorted(table(code, "discourse", "ATTRIBUTION_OPENERS", ()) or (), key=len, reverse=True)  # type: ignore[arg-type]
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?i)^\W*(?:{body})(?=\s)") if body else None


def reported_after_opener(sentence: str, language: str) -> int | None:
    """Where the source's words begin in a sentence opened by its attribution, None when it opens
    otherwise."""
    pattern = _opener(language)
    m = pattern.match(sentence) if pattern is not None else None
    return m.end() if m else None


# ", according to a statement released on Monday.", ", hieß es in einer am Montag veröffentlichten
# Mitteilung.": a longer closing clause than ", Sy said." (extraction/speaker_days.py), up to twelve words
_LONG_TAIL = re.compile(r",\s+((?:[\w'’-]+\s+){0,11}[\w'’-]+)\W*$")


@cache
def _opens(language: str) -> re.Pattern[str] | None:
    pattern = _opener(language)
    return re.compile(pattern.pattern.replace("^\\W*", "^", 1)) if pattern is not None else None


def source_tail(sentence: str, language: str, saying: re.Pattern[str]) -> int | None:
    """Where a closing attribution begins when it opens on its source or on a verb of saying ("...,
    according to a statement released on Monday", "..., hieß es in einer am Montag veröffentlichten
    Mitteilung", "..., theo thông cáo phát đi hôm thứ Hai"); None otherwise."""
    m = _LONG_TAIL.search(sentence)
    if m is None:
        return None
    tail = m.group(1)
    opens = _opens(language)
    if opens is not None and opens.match(tail):
        return m.start()
    said = saying.match(tail)
    return m.start() if said is not None else None
