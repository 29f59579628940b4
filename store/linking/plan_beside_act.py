"""A plan told on the day of an act is not that act.

"French troops will leave Niger by December, the staff said on Tuesday" and "a French detachment left the
Ouallam base on Tuesday" share a day and countries, but the first sets its own deadline months ahead: what
is to be done by a later month is the plan, and the act done on the day of its telling is another
occurrence. Only a plan whose sentence gives a deadline in a later month than its own day, beside a begun
or finished act at a camp the plan does not name, whose sentence gives no deadline, is kept apart: an act
told with no place of its own may be the decision itself told as done ("the Council ended the mission on
Friday", of a vote that sets its end by December), and an act at the camp the plan names may be its own.
"""

from __future__ import annotations

from store.linking.profiles import Profile
from store.linking.votes import vote_of

PLANS = frozenset({"announce", "statement"})
DONE = frozenset({"start", "end"})


def ahead(plan: Profile) -> bool:
    """Whether the plan's deadline falls in a later month than the day it was told ("by December", told
    on a day of October)."""
    return bool(plan.target and plan.date) and plan.target[:7] > plan.date[:7]


def plan_beside_act(a: Profile, b: Profile) -> bool:
    """Whether one of ``a`` and ``b`` is a plan with a deadline ahead of its day and the other an act
    begun or done at a town the plan does not name, with no deadline: two occurrences of one day."""
    for plan, act in ((a, b), (b, a)):
        if (
            plan.family in PLANS
            and act.family in DONE
            and ahead(plan)
            and not act.target
            and act.towns
            and not act.towns & plan.places
        ):
            return True
    return False


def vote_beside_camp(a: Profile, b: Profile) -> bool:
    """Whether one of ``a`` and ``b`` tells a vote ("the Council voted on Friday to end the mission") and
    the other a begun or done act at a camp, with no vote and no place of the vote's: the decision and a
    step it orders are two occurrences, though told of one day."""
    for vote, act in ((a, b), (b, a)):
        if (
            act.family in DONE
            and act.towns
            and not act.towns & vote.places
            and vote_of(vote.text, vote.language, vote.countries)
            and not vote_of(act.text, act.language, act.countries)
        ):
            return True
    return False
