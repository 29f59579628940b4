"""One body's vote recalled in its month: "lawmakers voted in May to wind down the mission" beside "the
Bundestag extended the mission on Friday" (26 May).

A vote is told on its day in the news of that day, and later only by its month, as the background of
another story (the departure it allowed, the end of the mission it decided). ``votes.same_vote`` links
two reports of one body's vote on one day; a vote recalled in its month never reaches it (its day is not
told). One body votes on one country's mission once in a month, the way a coup is one a year: the same
body (``votes.vote_of``) and the same countries, in one month, with no two missions named, say which
vote the recollection is, when the day is one its sentence gives ("on Friday"): a report's own day
("the mandate is up for renewal at the end of the month") is no vote's. A parliament a sentence does
not name ("lawmakers voted") is the parliament of the one country its sentence names beside those every
report names ("lawmakers" in a report about Germany's troops in Mali are the Bundestag). A sentence
typed as the end of a mission that names a voting body tells that body's vote, whatever its verb ("the
Security Council put an end to the mission in June", ``about.votes.named_body``).
"""

from __future__ import annotations

from typing import Any

from store.about.votes import PARLIAMENT, named_body
from store.linking.date_match import DateMatch
from store.linking.profiles import Profile
from store.linking.votes import VOTE_TYPES, Vote, filed_as_vote, same_vote, vote_of

__all__ = ["recalled_vote", "vote_month_home"]

# A sentence typed by the end of a mission and naming a voting body tells that body's decision, whatever
# its verb ("puso fin al mandato", "hat das Ende beschlossen").
DECIDED_END = "mission_ended"


def vote_month_home(
    date: Any, precision: Any, kind: Any, sentence: Any, language: Any
) -> tuple[str, str] | None:
    """Where a vote told to its day or its month is filed by its month, so that a vote recalled in its
    month meets the reports of its day (a year inferred for a list's line says too little)."""
    if not isinstance(date, str) or len(date) < 7 or not isinstance(sentence, str):
        return None
    if precision not in ("day", "month", None, "") or (kind or "other") not in VOTE_TYPES:
        return None
    told = filed_as_vote(sentence, str(language or "")) or (
        kind == DECIDED_END and named_body(sentence, str(language or "")) is not None
    )
    return ("votem", date[:7]) if told else None


def _body(p: Profile, common: frozenset[str]) -> Vote | None:
    """``p``'s vote, a parliament its sentence does not name read as that of the one country it names
    beside the common ones."""
    found = vote_of(p.text, p.language, p.countries)
    if found is None and p.type == DECIDED_END:  # "the Council put an end to the mission in June"
        body = named_body(p.text, p.language)
        found = (body, p.text) if body is not None else None
    if found is None or found[0] != PARLIAMENT:
        return found
    specific = p.countries - common
    return (f"{PARLIAMENT}:{next(iter(specific))}", found[1]) if len(specific) == 1 else found


def recalled_vote(a: Profile, b: Profile, when: DateMatch, common: frozenset[str]) -> list[str]:
    """Why ``a`` and ``b`` are one vote, one of them told only by its month, or []: the same body, the
    same countries, one month, no two missions (``votes.same_vote``)."""
    if when.strength != 1 or when.day_apart or "month" not in (a.precision, b.precision):
        return []
    if a.inferred or b.inferred or a.type not in VOTE_TYPES or b.type not in VOTE_TYPES:
        return []
    if any(p.precision == "day" and (p.report_day or p.deadline_only) for p in (a, b)):
        return []  # a day its sentence does not give ("the mandate is up for renewal") is no vote's day
    if a.countries - common != b.countries - common:
        return []
    vote_a = _body(a, common)
    vote_b = _body(b, common) if vote_a else None
    if vote_a is None or vote_b is None or vote_a[0] != vote_b[0] or not same_vote(vote_a, vote_b):
        return []
    return [f"one vote ({vote_a[0].replace(':', ' ')}) a month"]
