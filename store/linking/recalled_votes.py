"""A vote recalled by its month: one body's decision on one mission, told of its day or of its month.

Analysis pieces and reviews recall a vote by its month ("Lawmakers voted in May to wind down the
mission", "Der Bundestag hatte bereits im Mai beschlossen, den Einsatz zu beenden", "Quốc hội Đức đã
bỏ phiếu chấm dứt sứ mệnh vào tháng 5", "The Security Council voted in June to close it"). Two reports
of one vote on one day link as the same vote (``votes``); a body voting twice in one month on the same
mission is rare enough that the month recalls that vote too.

Only when both sentences tell a vote (``votes.vote_of``: the body, and the missions it names), the
bodies are the same one (``same_vote``: a parliament whose country is not said only with the same
mission named), one at least is dated to its month (the other to a day of it, or to that month), never
a day apart or a year inferred.
"""

from __future__ import annotations

from store.linking.date_match import DateMatch
from store.linking.profiles import Profile
from store.linking.votes import VOTE_TYPES, same_vote, vote_of


def recalled_vote(a: Profile, b: Profile, when: DateMatch) -> list[str]:
    """Why ``a`` and ``b`` tell one body's vote of one month (see the module), or []."""
    if when.strength != 1 or when.day_apart or a.inferred or b.inferred:
        return []
    if "month" not in (a.precision, b.precision) or not {a.precision, b.precision} <= {"day", "month"}:
        return []
    if a.type not in VOTE_TYPES or b.type not in VOTE_TYPES:
        return []
    vote_a = vote_of(a.text, a.language, a.countries)
    vote_b = vote_of(b.text, b.language, b.countries) if vote_a else None
    if not (vote_a and vote_b and same_vote(vote_a, vote_b)):
        return []
    return [f"the same vote recalled by its month ({vote_a[0].replace(':', ' ')})"]
