"""A date in a relative clause says when the thing it describes began, not when the sentence's act happened.

"The last soldiers crossed into Niger on Monday, closing a deployment that began in January 2013." / "Les
militaires ont quitté samedi la base, qu'ils occupaient depuis 2013." / "Die Soldaten verließen am Samstag
die Basis, die sie seit 2013 besetzt hielten." / "Los soldados dejaron el lunes la base que ocupaban desde
2013." / "Binh sĩ rời căn cứ hôm thứ Bảy, căn cứ mà họ chiếm đóng từ năm 2013.": the year dates the
deployment or the occupation that the relative clause tells of. When that clause's own words tell no act
and the sentence's act is dated outside it, the relative date is no second day of that act ("the junta,
which seized power in a coup in 2021, expelled ..." still dates the coup). The words that open such a
clause are ``RELATIVE_PRONOUNS`` of each ``store/languages/<code>/dates.py``; a pronoun right after a verb
of saying opens what was said ("said on Monday that they left in June"), so a sentence with such a verb
before the pronoun is left alone, and so is a pronoun that a conjunction's head makes a conjunction
("después de que una delegación abandonara Niamey el viernes", "après que", "now that":
``CONJUNCTION_HEADS``).
"""

from __future__ import annotations

import re
from functools import cache

from store.about.event_cues import compiled
from store.about.event_types import classify_event
from store.dates.date_mention import DateMention
from store.dates.lexicon import alternation
from store.dates.tense import _clause
from store.dates.tense_cues import cues_language
from store.dates.vocabulary import language_attr

_TELLS_NOTHING = frozenset({"other"})
_BREAK = re.compile(r"[;:.!?()\"“”«»]")


@cache
def _pronoun(language: str) -> re.Pattern[str] | None:
    words = language_attr(language, "RELATIVE_PRONOUNS", ()) or ()
    if not words:
        return None
    # an elided pronoun ("qu'ils") runs into its next word; a whole one ends where a word does
    shapes = (
        (r"(?<![\w'’])" if w[0].isalnum() else "") + re.escape(w) + ("" if w[-1] in "'’" else r"(?!\w)")
        for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"(?i)(?:{'|'.join(shapes)})")


def relative_clause_start(sentence: str, mention: DateMention, language: str) -> int | None:
    """Where the relative clause holding ``mention`` opens (its pronoun), or None when no relative pronoun
    comes before the date in its stretch of the sentence (no stop, quote or bracket between)."""
    pattern = _pronoun(language)
    if pattern is None:
        return None
    head = sentence[: mention.start]
    stops = [m.end() for m in _BREAK.finditer(head)]
    lo = stops[-1] if stops else 0
    found = [m for m in pattern.finditer(head, lo) if not _conjunction(head, m.start(), language)]
    return found[-1].start() if found else None


@cache
def _heads(language: str) -> re.Pattern[str] | None:
    words = language_attr(language, "CONJUNCTION_HEADS", ()) or ()
    if not words:
        return None
    body = alternation(words)
    return re.compile(rf"(?i)(?<!\w)(?:{body})\s*$")


def _conjunction(head: str, at: int, language: str) -> bool:
    """Whether the pronoun at ``at`` opens a conjunction's clause, not a relative one: "después de que",
    "après que", "now that" (``CONJUNCTION_HEADS``); that clause tells its own act and its own day."""
    heads = _heads(language)
    return heads is not None and heads.search(head, max(0, at - 40), at) is not None


def dates_a_relative_clause(
    sentence: str, mention: DateMention, dates: list[DateMention], language: str
) -> bool:
    """Whether ``mention`` sits in a relative clause that tells no act of its own (its own words, from the
    pronoun to the clause's end, type as nothing: "that began in 2013", not "which seized power in a coup
    in 2021") while another of the sentence's ``dates`` lies before it: the sentence's act is dated outside
    it. Not when a verb of saying comes before the pronoun (what was said may carry its own day)."""
    if not any(m is not mention and m.end <= mention.start for m in dates):
        return False  # nothing dated before it: no pronoun between can put one before the clause
    start = relative_clause_start(sentence, mention, language)
    if start is None or not any(m is not mention and m.end <= start for m in dates):
        return False
    said = compiled(cues_language(language)).cues.get("statement")
    if said is not None and said.search(sentence, 0, start):
        return False
    end = _clause(sentence, mention.start, mention.end)[1]
    return classify_event(sentence[start:end], language) in _TELLS_NOTHING
