"""A sentence that names again the act its report told a few sentences before: "NIAMEY - The last French
troops left the country on Friday. / The junta welcomed the departure as a victory." or "Le régime a
qualifié ce départ de « moment historique »", "Việc rút quân được đẩy nhanh do ...", "la retirada tiene
efecto inmediato".

Such a sentence gives no date and no act a cue knows (a reaction to the act, how it went, its taking
effect is what it tells), so no rule gives it an event; yet an analyst reads it as one more report of the
act (issue 10: a statement about a departure is the departure). Its shapes, per kind of act
(``ACT_NAMED_BACK`` in store/languages/<code>/pointing.py): a verb of reacting before an act noun with a
determiner pointing back ("welcomed the departure", "a salué ce départ"), that noun and a verb of how it
went ("the withdrawal took place", "Việc rút quân được đẩy nhanh"), what only an act is called ("a
historic day"), a decision taking effect ("la retirada tiene efecto inmediato"). It points at the story's
act: the earliest act of that kind dated to the day by its own words in the sentences just before (the
lead, not a flashback). The event takes that act's type, day (inferred: the sentence does not say it),
countries and places. Not when the words are negated ("Ce n'est pas un départ": no determiner pointing
back either), when the sentence's own words type an act (an attack on the road, a demand for the
departure: the rules for that act decide), when it tells what is to come ("the pullout is expected to
take six months": a plan), or when it names a country the act does not (another's own withdrawal).
"""

from __future__ import annotations

import re
from functools import cache

from store.about.countries import event_countries
from store.about.event_types import classify_event
from store.dates.continuation import tells_a_flashback
from store.dates.tense_cues import cue_patterns
from store.extraction.sentence_event import sentence_event
from store.languages import table
from store.model import Event

__all__ = ["act_pointed_back"]

_WITHDRAWAL = frozenset(
    {"withdrawal_completed", "withdrawal_started", "withdrawal_announced", "handover", "mission_ended"}
)
_DECISIONS = frozenset(
    {
        "withdrawal_announced",
        "suspension",
        "media_ban",
        "ties_cut",
        "accord_ended",
        "expulsion",
        "activity_ban",
    }
)
# The acts each kind of noun names again; "any": what only an act is called ("a historic day").
_NAMES: dict[str, frozenset[str]] = {
    "withdrawal": _WITHDRAWAL,
    "decision": _DECISIONS,
    "any": _WITHDRAWAL | _DECISIONS | {"coup", "deployment", "agreement", "vote"},
}
_VAGUE = frozenset({"statement", "other"})
_NEGATED_WITHIN = 20  # characters before the noun where a negation denies it ("is not the departure")
SENTENCES_BACK = 4  # how far back the act may be told: the lead and the few sentences on it


@cache
def _patterns(language: str) -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str] | None]:
    code = (language or "").split("-")[0].lower()
    kinds = table(code, "pointing", "ACT_NAMED_BACK", {}) or {}
    named = [(k, re.compile(rx, re.IGNORECASE)) for k, rx in kinds.items()]  # type: ignore[union-attr]
    negation = table(code, "pointing", "NEGATION", None)
    return named, re.compile(str(negation), re.IGNORECASE) if negation else None


def _kinds_named(sentence: str, language: str) -> set[str]:
    """The kinds of act ``sentence`` names again with a pointing determiner, none negated."""
    named, negation = _patterns(language)
    kinds: set[str] = set()
    for kind, pattern in named:
        for m in pattern.finditer(sentence):
            denied = negation is not None and negation.search(
                sentence, max(0, m.start() - _NEGATED_WITHIN), m.start()
            )
            if not denied:
                kinds.add(kind)
                break
    return kinds


def told_of_its_day(act: Event, language: str) -> bool:
    """Whether ``act`` is dated to the day by its own words as the story's act, not as a step back."""
    if act.date_precision != "day" or act.date_inferred or act.target_date or not act.date_text:
        return False  # dated by its report's day, inferred or planned: not told of its own day
    at = act.sentence.find(act.date_text) if act.date_text else -1
    end = at + len(act.date_text or "") if at >= 0 else len(act.sentence)
    return not tells_a_flashback(act.sentence, language, end)


def act_pointed_back(
    told: list[Event],
    since: int,
    doc_name: str,
    sentence: str,
    span: tuple[int, int],
    occurrence: int,
    language: str,
) -> list[Event]:
    """The one event ``sentence`` (no date, no event of its own) tells by naming again an act of ``told``
    (the report's events so far) told from offset ``since`` on; none when it names none."""
    kinds = _kinds_named(sentence, language)
    if not kinds or classify_event(sentence, language) not in _VAGUE:
        return []  # "Some vehicles were attacked on the road", "called for the departure": its own act
    if cue_patterns(language)[0].search(sentence):
        return []  # "The pullout is expected to take six months": a plan told, not the act
    accepted = frozenset().union(*(_NAMES[k] for k in kinds))
    others = set(event_countries(sentence, language))  # "Berlin welcomed the departure": another's word
    acts = [
        e
        for e in told
        if e.start >= since
        and e.type in accepted
        and others <= set(e.countries)  # a country the act does not name acts or speaks of its own
        and told_of_its_day(e, language)
    ]
    if not acts:
        return []
    act = min(acts, key=lambda e: e.start)  # the story's act: the lead's, before what it goes on to tell
    event = sentence_event(doc_name, sentence, occurrence, span, language, act.type, list(act.countries))
    event.places = list(act.places)
    event.figures = []  # its own figures are another count ("the 1,500 troops the junta welcomed ...")
    event.date, event.date_precision, event.date_inferred = act.date, "day", True
    event.date_reason = (
        f"no date of its own: it names again the act its report told of {act.date} "
        f"({act.sentence[:60].strip()!r}), as news goes on telling one act"
    )
    return [event]
