"""Kinds of occurrence as linking reads them: which types tell one kind (a family), and which kinds are
rare enough to link on their date and countries alone.

A completed withdrawal and a handed-over camp on one day are one occurrence (one family, "end"); an
announcement and a completion are not. A statement ("the army said") may carry any kind.
"""

from __future__ import annotations

from collections.abc import Mapping

# Types that tell one kind of occurrence: a completed withdrawal and a handed-over camp on one
# day are one occurrence; an announcement and a completion are not.
FAMILY: Mapping[str, str] = {
    "withdrawal_completed": "end",
    "handover": "end",
    "mission_ended": "end",
    "withdrawal_started": "start",
    "withdrawal_announced": "announce",
    "attack": "violence",
    "casualties": "violence",
    "coup": "coup",
    "deployment": "deployment",
    "agreement": "agreement",
    "statement": "statement",
    "other": "other",
    # Acts told beside a withdrawal (store/about/acts.py): each its own kind. An arrest and the pardon of
    # the same soldiers are two occurrences; a demand is not the act it asks for.
    "arrest": "arrest",
    "release": "release",
    "expulsion": "expulsion",
    "suspension": "suspension",
    "media_ban": "media_ban",
    "demand": "demand",
    "ties_cut": "ties_cut",
    "activity_ban": "activity_ban",  # organisations banned: not the aid or rotations their actor suspends
    "accord_ended": "accord_ended",  # a peace accord ended: not its signing (agreement)
    "sanctions": "sanctions",  # sanctions imposed, and lifted months later: two occurrences
    "sanctions_lifted": "sanctions_lifted",
    # A vote or veto (store/about/vote_types.py): two votes link as votes do (store/linking/votes.py)
    "vote": "vote",
}
WILDCARD = "statement"  # "X left, the army said": reported speech may carry any occurrence
RARE_IN_YEAR = frozenset({"coup"})  # one per country and year unless the text says two
# One government's decision of a kind on one day, named by the same countries ("Mali suspended troop
# rotations", "Mali asked the mission to leave"): one occurrence, told in several reports.
RARE_ON_DAY = frozenset(
    {
        "coup",
        "mission_ended",
        "withdrawal_announced",
        "agreement",
        "demand",
        "suspension",
        "media_ban",
        "ties_cut",
        "activity_ban",
        "accord_ended",
        "sanctions",
        "sanctions_lifted",
    }
)
# Acts of one government on someone (store/about/acts.py): who does it and to whom is the act, so a day
# inside a month says which one only with the same countries, a place or a name both give.
ACTS = frozenset(
    {
        "arrest",
        "release",
        "expulsion",
        "suspension",
        "media_ban",
        "demand",
        "ties_cut",
        "activity_ban",
        "accord_ended",
        "sanctions",
        "sanctions_lifted",
    }
)
ONCE_PER_ACTOR = frozenset({"withdrawal_completed"})  # a country completes its withdrawal once a year
DECLARED_PAIR = frozenset({"announce", "start"})  # "X is leaving, it said": a plan told as a move
WITHDRAWAL_FAMILIES = frozenset({"announce", "start", "end"})  # a force leaving a host, at any stage
HOSTED_FAMILIES = WITHDRAWAL_FAMILIES | {"statement"}  # and what is said of it ("Chad ended the pact")
