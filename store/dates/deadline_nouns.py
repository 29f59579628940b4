"""A date a deadline is set to: "The deadline was set for January 31", "La date butoir a été fixée au 31
janvier", "El plazo se fijó para el 31 de enero", "Die Frist wurde auf den 31. Januar festgesetzt".

The past verb tells when the deadline was set, not which January 31: the date bounds what is still to be
done, as "by January 31" does, so it takes the deadline's role ("by") and the occurrence nearest the
report. Each language lists its deadline nouns (``DEADLINE_NOUNS`` in ``store/languages/<code>/dates.py``);
Vietnamese "hạn chót" is a future cue of its own and needs none.
"""

from __future__ import annotations

import re
from functools import cache

from store.dates.date_mention import DateMention
from store.dates.vocabulary import language_attr

_REACH = 90  # one clause: "el plazo para la salida de los últimos convoyes se fijó para"


@cache
def _nouns(language: str) -> re.Pattern[str] | None:
    code = (language or "").split("-")[0].lower()
    words = sorted(language_attr(code, "DEADLINE_NOUNS", ()), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)") if body else None


def set_to_a_deadline(sentence: str, mention: DateMention, language: str) -> str | None:
    """``"by"`` when a deadline noun stands before ``mention`` in its clause (no stop, semicolon or
    comma between: "the deadline, agreed on Friday, ..." keeps Friday its own), else None."""
    pattern = _nouns(language)
    if pattern is None or mention.kind != "absolute" or mention.year is not None:
        return None
    head = sentence[max(0, mention.start - _REACH) : mention.start]
    found = list(pattern.finditer(head))
    if not found or re.search(r"[.;:,!?]", head[found[-1].end() :]):
        return None
    return "by"
