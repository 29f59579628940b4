"""Times that point back at the one just told: "the same evening", "that month", "ese mismo día".

News carries a story from one act to the next with a pointing word and a period: "The same evening,
Senegal's president told the nation ...", "Faye had already said in an interview that month ...",
"le soir même", "ce mois-là", "esa misma noche", "am selben Abend", "tối cùng ngày". Each language gives
its frames (``SAME_TIME_FRAMES``: "the same {}", "ce {}-là") and the periods they take
(``SAME_TIME_PERIODS``: "evening" -> day, "month" -> month) in ``store/languages/<code>/dates.py``; this
module spells out every pairing once, so a new period or frame is one word in one table. CLDR's day
periods are not used: Babel has none for Spanish and only some for Vietnamese.

Such a time points at the time the report told last, even a flashback's ("Libération había publicado el
lunes pasado ... Ese mismo día, el Gobierno suspendió ..."), unlike "hours later" or "earlier in the day",
which stay on the story's own day (``store/extraction/sentence_dates.py``).
"""

from __future__ import annotations

from functools import cache

from store.dates.vocabulary import language_attr
from store.languages import languages

_UNITS = ("day", "month", "year")


@cache
def pointing_times(language: str) -> dict[str, tuple[str, int]]:
    """Every "frame x period" of ``language``, lowercased, to its (unit, offset 0)."""
    frames = language_attr(language, "SAME_TIME_FRAMES", ())
    periods = language_attr(language, "SAME_TIME_PERIODS", {})
    out: dict[str, tuple[str, int]] = {}
    for frame in frames:
        for period, unit in periods.items():
            if unit in _UNITS:
                out[" ".join(frame.format(period).lower().split())] = (unit, 0)
    return out


@cache
def all_pointing_times() -> dict[str, tuple[str, int]]:
    """The pointing times of every language, for the handler that reads what a shape matched."""
    out: dict[str, tuple[str, int]] = {}
    for lang in languages():
        for key, value in pointing_times(lang).items():
            out.setdefault(key, value)
    return out


def fixed_anchors(language: str) -> dict[str, object]:
    """The language's ``NARRATIVE_FIXED`` with its pointing times added (the ``%FIXED%`` alternation)."""
    return {**language_attr(language, "NARRATIVE_FIXED", {}), **pointing_times(language)}


def period_words(language: str) -> set[str]:
    """The periods of the pointing times ("Nacht", "tháng"): words that let a sentence through the gate
    that skips sentences with no date (``store/dates/grammar.py``)."""
    return {w for period in language_attr(language, "SAME_TIME_PERIODS", {}) for w in period.split()}
