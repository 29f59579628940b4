"""A vote and the troops' movement it decides: two occurrences, even told of one day.

"The Security Council voted on Friday to end the UN mission in Mali" (typed the end of a mission) and
"The first peacekeepers left their camp in Mali on Friday" (a completed departure) fall in one family of
ends, and in a store where Mali identifies something they share a day and a country. A body deciding
and soldiers leaving, handing over a camp or starting to pull out are two acts by two actors: the vote
is told by its body (``store.about.votes``), the movement by the force that moves. A sentence telling
both ("the last troops left a day after parliament voted") is read as a vote on both sides and left to
the vote rules, and a movement given a deadline ("the resolution gives the mission until December 31
to leave") is the vote's terms, not a movement (``terms_of_a_decision``).
"""

from __future__ import annotations

from store.linking.profiles import Profile
from store.linking.votes import VOTE_TYPES, vote_of

MOVES = frozenset({"withdrawal_started", "withdrawal_completed", "handover"})  # troops moving, a camp given


def vote_beside_move(a: Profile, b: Profile) -> bool:
    """Whether one of ``a``, ``b`` tells a vote and the other a movement of troops telling none."""
    return _vote_and_move(a, b) or _vote_and_move(b, a)


def _vote_and_move(vote: Profile, move: Profile) -> bool:
    return (
        move.type in MOVES
        and not (move.target or move.deadline_only)  # "gives the mission until December 31": its terms
        and vote.type in VOTE_TYPES
        and vote_of(vote.text, vote.language, vote.countries) is not None
        and vote_of(move.text, move.language, move.countries) is None
    )
