"""A date told after a past verb that belongs to what was planned, not to the telling.

"asked the mission to start on July 1", "bat die Mission, am 1. Juli mit dem Abzug zu beginnen", "yêu cầu
phái bộ rời đi trước ngày 31/12": the main verb is past, but the date is the asked-for or decided act's, so it
lies ahead of the statement. "began to leave in mid-July" is no plan: the past verb is a phase of the act.
The cues are in ``store/languages/<code>/cues.py`` (INFINITIVE, PLAN_VERBS, ASPECTUAL, INFINITIVE_CLAUSE_END).
"""

from __future__ import annotations

import re
from functools import cache

from store.about.event_cues import compiled
from store.about.main_clause import subordinate
from store.dates.temporal_clauses import opens_a_conjunction
from store.dates.tense_cues import cue_patterns, cues_language
from store.languages import table


def plan_governs(sentence: str, start: int, end: int, lo: int, hi: int, language: str) -> bool:
    """Whether the date at ``start:end`` (its clause ``lo:hi``) is the date of a plan told in the past."""
    return (
        plan_after_past(sentence, start, language)
        or _plan_clause(sentence[end:hi], language)
        or _plan_verb_before(sentence[lo:start], language)
    ) and not _aspectual_before(sentence, start, language)


@cache
def _infinitive(language: str) -> re.Pattern[str] | None:
    rx = table(cues_language(language), "cues", "INFINITIVE")
    return re.compile(str(rx), re.IGNORECASE) if rx else None


def plan_after_past(sentence: str, start: int, language: str) -> bool:
    """ "asked the mission to start on July 1": an infinitive or a "that"-clause between the clause's
    past verb and the date makes the date the plan's, not the past verb's."""
    pattern = _infinitive(language)
    if pattern is None:
        return False
    _, past, _ = cue_patterns(language)
    last_past = None
    for m in past.finditer(sentence, 0, start):
        last_past = m
    if last_past is None:
        return False
    if _qualifies_a_noun(sentence, last_past, past, language):
        return False
    # "después de que el Consejo decidiera en marzo": a "que" closing a conjunction opens no plan
    return any(
        not opens_a_conjunction(sentence, m.start(), language)
        for m in pattern.finditer(sentence, last_past.end(), start)
    )


def _qualifies_a_noun(sentence: str, verb: re.Match[str], past: re.Pattern[str], language: str) -> bool:
    """ "revoked the accord that allowed 1,100 troops to operate in the country in March": a past verb in a
    relative clause after the main clause's own past verb says what the noun did or allowed; the
    infinitive it governs is no plan stated by anyone, and the date is the main verb's. A verb of asking,
    ordering or announcing there still states a plan ("the envoy who asked the mission to leave in
    January")."""
    cues = compiled(cues_language(language)).cues  # a language without cues reads the English ones, as above
    relative = cues.get("relative")
    lo = max(0, verb.start() - 60)
    opening = relative.search(sentence[lo : verb.start()]) if relative is not None else None
    # "said that Mali wanted the mission to leave": a "that" after a verb of saying opens what was said
    if opening is None or not subordinate(sentence, cues, verb.start()):
        return False
    verb_word = re.match(r"\w+", sentence[verb.start() :])
    word = verb_word.group() if verb_word else ""
    if any(cues[k].search(word) for k in ("demand", "announce", "statement", "future") if k in cues):
        return False
    return past.search(sentence[: lo + opening.start()]) is not None


@cache
def _plan_verb(language: str) -> re.Pattern[str] | None:
    rx = table(cues_language(language), "cues", "PLAN_VERBS")
    return re.compile(rf"(?<!\w)(?:{rx})(?!\w)", re.IGNORECASE) if rx else None


def _plan_verb_before(head: str, language: str) -> bool:
    """ "yêu cầu phái bộ rời đi trước ngày 31/12": where no infinitive marks it, a verb of asking or
    deciding earlier in the date's clause makes the date the asked-for act's."""
    pattern = _plan_verb(language)
    found = list(pattern.finditer(head)) if pattern is not None else []
    # "quyết định vào tháng 3 không gia hạn": a date right after the verb (its preposition at most) tells
    # when it was decided, not when the decided act comes
    return bool(found) and re.fullmatch(r"\s*(?:[^\W\d]+\s+)?", head[found[-1].end() :]) is None


@cache
def _aspectual(language: str) -> re.Pattern[str] | None:
    rx = table(cues_language(language), "cues", "ASPECTUAL")
    return re.compile(rf"(?:{rx})(?!\w)", re.IGNORECASE) if rx else None


def _aspectual_before(sentence: str, start: int, language: str) -> bool:
    """ "began to leave in mid-July", "comenzaron a salir a mediados de julio": the past verb before the
    infinitive is a phase of the act itself (begin, continue, stop, try): the date is the act's, no plan."""
    aspect = _aspectual(language)
    if aspect is None:
        return False
    _, past, _ = cue_patterns(language)
    last = None
    for m in past.finditer(sentence, 0, start):
        last = m
    return last is not None and aspect.match(sentence, last.start()) is not None


@cache
def _infinitive_last(language: str) -> re.Pattern[str] | None:
    rx = table(cues_language(language), "cues", "INFINITIVE_CLAUSE_END")
    return re.compile(rf"(?:{rx})\W*$", re.IGNORECASE) if rx else None


def _plan_clause(rest: str, language: str) -> bool:
    """ "bat die Mission am Freitag, am 1. Juli mit dem Abzug zu beginnen": a date in a clause that
    closes on an infinitive with "zu" (German puts it last) is the date of what is asked or planned,
    unless that clause has a past of its own."""
    pattern = _infinitive_last(language)
    if pattern is None or not pattern.search(rest):
        return False
    _, past, _ = cue_patterns(language)
    return not past.search(rest)
