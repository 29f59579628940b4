"""When a sentence's event is a vote: a council, a parliament or an assembly voting, whose act has no
other type.

A veto cast in a voting body is the act whatever it blocks ("Russia vetoed the renewal of the U.N.
sanctions on Mali" is no deployment); sanctions renewed or lifted by a vote are a vote; a resolution
adopted that ends or deploys nothing is a vote. A vote that ends a mission stays ``mission_ended``, one
that deploys or renews a force stays as the other rules type it. A president's veto of a law names no
voting body (``store.about.votes``), so it is no vote here.

The words are in store/languages/<code>/cues.py: ``VOTE_VETO`` beside ``VOTE_BODIES``, ``VOTE_VERBS``
and ``VOTE_SANCTIONS``.
"""

from __future__ import annotations

import re
from functools import cache

from store.about.event_cues import clause_before
from store.about.votes import vote_body
from store.languages import table

__all__ = ["VOTE", "sanctions_vote", "told_vote", "veto_cast"]

VOTE = "vote"


@cache
def _pattern(lang: str, name: str) -> re.Pattern[str]:
    return re.compile(str(table(lang, "votes", name, None) or r"(?!)"), re.IGNORECASE)


def _done(text: str, lang: str, name: str, demand: re.Pattern[str]) -> bool:
    """Whether a word of cue ``name`` is told as done, not demanded ("urged Russia to veto the
    resolution", "a demandé la levée des sanctions")."""
    words = _pattern(lang, name).finditer(text)
    return any(not demand.search(clause_before(text, m.start(), 60)) for m in words)


def veto_cast(text: str, lang: str, demand: re.Pattern[str]) -> bool:
    """Whether ``text`` tells a veto cast in a voting body, not one only demanded."""
    return vote_body(text, lang) is not None and _done(text, lang, "VOTE_VETO", demand)


def sanctions_vote(text: str, lang: str, mission: re.Pattern[str], demand: re.Pattern[str]) -> bool:
    """Whether ``text`` tells sanctions decided by a vote, no mission named beside them ("the Security
    Council lifted the sanctions on Malian officials"): a vote renewing a mission and its sanctions is
    typed by what it does to the mission."""
    if vote_body(text, lang) is None or not _pattern(lang, "VOTE_SANCTIONS").search(text):
        return False
    return mission.search(text) is None and _done(text, lang, "VOTE_VERBS", demand)


def told_vote(text: str, lang: str, mission: re.Pattern[str], demand: re.Pattern[str]) -> bool:
    """Whether ``text`` tells a vote of a voting body on no mission ("the Council adopted a resolution
    condemning the attacks"): when nothing else types it, the vote is its act. A mission's mandate
    renewed is typed as before (the renewal, not the vote)."""
    if vote_body(text, lang) is None or mission.search(text) is not None:
        return False
    return _done(text, lang, "VOTE_VERBS", demand)
