"""A leaving word inside a phrase that "since" opens tells the time an act is counted from, not the act.

"The first camp handed back since Paris decided to withdraw" tells a handover; the withdrawal is only
where the count starts ("depuis l'annonce du retrait", "seit der Ankündigung", "kể từ khi Paris tuyên bố
rút quân"). ``about.withdrawals`` asks it before typing a leaving word as a withdrawal.
"""

from __future__ import annotations

import re
from functools import cache

from store.about.event_cues import cue_words

__all__ = ["in_since_clause"]


@cache
def _since_clause(lang: str) -> re.Pattern[str]:
    from store.dates.vocabulary import language_attr  # store.dates reads the cues of this package

    roles: dict[str, str] = language_attr(lang, "ROLES", {}) or {} if lang else {}
    words = sorted((re.escape(w) for w, role in roles.items() if role == "since"), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?i)(?<!\w)(?P<since>{'|'.join(words)})(?!\w)[^,;:.()\"“”«»]*$")


@cache
def _framed_verb() -> re.Pattern[str]:
    """A word, then a perfect auxiliary that closes its clause: a verb-final clause's verb."""
    return re.compile(rf"(?i)\w+\s+(?:{cue_words('PERFECT_AUX')})\s*(?:[,;:.!?]|$)")


def in_since_clause(text: str, lang: str, start: int, end: int) -> bool:
    """Whether the leaving word at ``start`` is inside a phrase or clause that "since" opens ("the first
    camp handed back since Paris decided to withdraw", "depuis l'annonce du retrait", "kể từ khi Paris tuyên
    bố rút quân"): the time from which the act the sentence tells is counted, not that act. A comma closes
    the phrase ("Since Monday, the troops have left three camps"), and so does a date that "since" governs
    ("Seit Freitag gibt es keine Soldaten mehr in Gao"): the main clause follows. A verb its auxiliary
    follows to the clause's end is that clause's own, after the phrase ("der zweite Stützpunkt, den die
    Soldaten seit der Ankündigung verlassen haben")."""
    since = _since_clause(lang).search(text, max(0, start - 60), start)
    if since is None or _framed_verb().match(text[start:end] + text[end : end + 40]):
        return False
    from store.dates.mentions import find_mentions  # store.dates reads the cues of this package

    after = since.end("since")
    return not any(after <= d.start <= after + 4 and d.end <= start for d in find_mentions(text, lang))
