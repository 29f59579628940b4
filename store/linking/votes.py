"""Two reports of one vote, and two votes of one body on one day.

A vote (``store.about.votes``) is the same occurrence as another report of a vote by the same body
(the Security Council; one country's parliament, by its name or by its members and their country) on
the same day, whatever each calls it and whatever type extraction gave it ("other", the end of a
mission). Two votes of one body on one day are different occurrences when they name different
missions ("extended MINUSMA", "ended EUTM"): the forces of ``store.board.forces`` each names.
Votes by different bodies, or on different days, are never one vote; a parliament whose country
the sentence does not say is taken for another one only when both name the same mission.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from store.about.countries import find_countries
from store.about.votes import PARLIAMENT, body_start, vote_body
from store.board.assign import acting_countries
from store.board.forces import forces_named
from store.languages import languages, table

__all__ = ["VOTE_TYPES", "Vote", "same_vote", "vote_of"]

# What a vote's sentence is typed as: what it decided (the end of a mission, a withdrawal or a
# deployment announced, an agreement), or a statement, or nothing known.
VOTE_TYPES = frozenset(
    {"other", "statement", "mission_ended", "withdrawal_announced", "deployment", "agreement", "vote"}
)

Vote = tuple[str, str]  # (body, sentence): the missions it names are read only when bodies agree


@lru_cache(maxsize=1 << 14)
def vote_of(text: str, language: str, countries: frozenset[str]) -> Vote | None:
    """The body that voted (``"parliament"`` alone when the sentence does not say whose) and the
    sentence, or None when ``text`` tells no vote."""
    body = vote_body(text, language)
    if body is None:
        return None
    if body == PARLIAMENT:
        who = _parliament_country(text, language, countries)
        body = f"{PARLIAMENT}:{','.join(sorted(who))}" if who else PARLIAMENT
    return body, text


SANCTIONS = "sanctions"  # what a vote decides when it is no mission (store/languages/<code>/cues.py)


@cache
def _sanctions() -> re.Pattern[str]:
    rx = [str(table(code, "votes", "VOTE_SANCTIONS", "")) for code in languages()]
    return re.compile("|".join(r for r in rx if r) or "(?!)", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def _missions(text: str) -> frozenset[str]:
    """The missions a vote names ("extended MINUSMA", "ended EUTM"), and sanctions when it decides some:
    two votes of one body on one day about different ones are two votes."""
    named = frozenset(f.id for f in forces_named(text))
    return named | {SANCTIONS} if _sanctions().search(text) else named


def _parliament_country(text: str, language: str, countries: frozenset[str]) -> frozenset[str]:
    """Whose parliament "lawmakers" are: a demonym or a capital ("Dutch lawmakers", "lawmakers in
    Berlin"), else a country named with no "in", "from", "khỏi" before it ("Spain's lower house"); never
    a country only a force's name implies ("Takuba", "Barkhane"). The one nearest the members' word:
    "les députés espagnols ... l'armée malienne" are Spain's."""
    mentions = find_countries(text, language)
    implied = [m for m in mentions if m.via in ("demonym", "capital")]
    if not implied:
        named = {m.code for m in mentions if m.via in ("name", "short name", "abbreviation")}
        acting = acting_countries(text, tuple(sorted(countries & named)))
        implied = [m for m in mentions if m.code in acting]
    if not implied:
        return frozenset()
    at = body_start(text, language)
    nearest = min(abs(m.start - at) for m in implied)
    return frozenset(m.code for m in implied if abs(m.start - at) == nearest)


def same_vote(a: Vote, b: Vote) -> bool:
    """Whether two votes told on one day can be one: the same body, and no two different missions. A
    parliament whose country the sentence does not say ("les députés ont voté") is the same body as
    another parliament only when both name the same mission."""
    (body_a, text_a), (body_b, text_b) = a, b
    unsaid = (
        PARLIAMENT in (body_a, body_b) and body_a.startswith(PARLIAMENT) and body_b.startswith(PARLIAMENT)
    )
    if body_a != body_b and not unsaid:
        return False
    missions_a, missions_b = _missions(text_a), _missions(text_b)
    if unsaid:
        return bool(missions_a & missions_b)
    return not (missions_a and missions_b and missions_a.isdisjoint(missions_b))


def filed_as_vote(text: str, language: str) -> bool:
    """Whether a stored record is filed with the votes (its body is read again when it is compared)."""
    return vote_body(text, language) is not None
