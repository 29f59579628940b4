"""Clauses of time and their tense: which "that"/"que" opens no plan, which clause waits for a future.

Two things the tense of a verb alone gets wrong in news:

- "después de que el Consejo decidiera en marzo", "après que le Conseil a décidé en mars": "que" here ends
  a conjunction of time or cause, it opens no reported statement or plan; the date is of the act the clause
  tells, told in the past (``CONJUNCTION_BEFORE_THAT`` in ``store/languages/<code>/cues.py``).
- "the troops could return once Chad has held its election on May 6", "pourraient revenir dès que le Tchad
  aura voté le 6 mai": a clause opened by "once", "as soon as", "dès que", "sobald", "en cuanto" (``PENDING``)
  under a verb of what may or will come (the language's future cues or ``MODALS``) tells what is still to
  happen, whatever tense its own verb wears ("has held"): its date is ahead of the statement.
"""

from __future__ import annotations

import re
from functools import cache

from store.languages import table


def _code(language: str) -> str:
    code = (language or "").split("-")[0].lower()
    return code if table(code, "cues", "TENSE_FUTURE") else "en"


def _alternation(words: object) -> str:
    items = sorted((str(w) for w in words or ()), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@cache
def _conjunction_before(language: str) -> re.Pattern[str] | None:
    body = _alternation(table(_code(language), "cues", "CONJUNCTION_BEFORE_THAT", ()))
    return re.compile(rf"(?i)(?<!\w)(?:{body})\s*$") if body else None


def opens_a_conjunction(sentence: str, that_start: int, language: str) -> bool:
    """Whether the "that"/"que" at ``that_start`` closes a conjunction of time or cause ("después de
    que", "parce que", "now that"): no statement or plan follows it."""
    pattern = _conjunction_before(language)
    return pattern is not None and pattern.search(sentence[max(0, that_start - 30) : that_start]) is not None


@cache
def _pending(language: str) -> re.Pattern[str] | None:
    body = _alternation(table(_code(language), "cues", "PENDING", ()))
    return re.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)") if body else None


@cache
def _coming(language: str) -> re.Pattern[str]:
    code = _code(language)
    future = str(table(code, "cues", "TENSE_FUTURE"))
    modals = _alternation(table(code, "cues", "MODALS", ()))
    body = f"{future}|{modals}" if modals else future
    return re.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)")


_REACH = 80  # the verb of what may come stands in the same stretch of the sentence as the clause it governs


def waits_for_the_future(sentence: str, start: int, language: str) -> bool:
    """Whether the date at ``start`` sits in a clause opened by "once", "as soon as", "dès que",
    "sobald", "en cuanto" that a future or modal verb just before governs ("could return once Chad has
    held its election on May 6"): that clause tells what is still to come."""
    pending = _pending(language)
    if pending is None:
        return False
    opener = None
    for m in pending.finditer(sentence, 0, start):
        opener = m
    if opener is None or re.search(r"[.;:!?,]", sentence[opener.end() : start]):
        return False  # "could begin as soon as July, the ministry said on Tuesday": Tuesday is no plan
    head = sentence[max(0, opener.start() - _REACH) : opener.start()]
    return _coming(language).search(head) is not None


def with_preposition(sentence: str, start: int) -> int:
    """Where the date at ``start`` begins with its preposition and article ("nach dem 1. Januar", "after
    January 1"): a tense cue is as near to the date as to its preposition ("wird nach dem 1. Januar
    geschlossen": "wird" and "geschlossen" both touch it, and the future auxiliary governs)."""
    from store.dates.mentions import role_pattern  # the roles every language's mentions are read with

    window = sentence[max(0, start - 24) : start]
    m = role_pattern().search(window)
    return start - (len(window) - m.start(1)) if m else start
