"""A plan someone said, dated only by its report, beside another report's act of that day: two occurrences.

"The defence ministry said the crews would be back home by the end of September" (a report of Thursday,
no date in the sentence) tells what is to be done by a deadline; "Les avions ont mené hier leur dernier vol
au Mali, a indiqué le ministère" (Thursday, by its own word) tells what was done. Both are typed statements
of one country on one day, and nothing else tells them apart: the deadline one gives and the other lacks
does. An announcement is left to the rules of plans (``same_plan``, ``planned_end``): "Paris will pull its
troops out by December" and "Paris announced the pull-out on Monday" are one decision, told twice; and a
statement pointing back at an announcement ("Das kündigte Macron am Sonntag an") is that announcement.
"""

from __future__ import annotations

from store.linking.profiles import Profile

SAID = frozenset({"statement", "other"})  # a plan told only as someone's words: no decision typed
DONE = SAID | {"withdrawal_started", "withdrawal_completed", "handover"}  # what a report tells was done


def said_plan_beside_act(a: Profile, b: Profile) -> bool:
    """Whether one of ``a``, ``b`` is a plan said (``_said_plan``) and the other a report of that country
    dating its own sentence, with no deadline: what is to come and what was done or said are two."""
    return _said_plan(a, b) or _said_plan(b, a)


def _said_plan(plan: Profile, other: Profile) -> bool:
    return (
        plan.deadline_only
        and plan.type in SAID
        and other.type in DONE
        and not (other.target or other.deadline_only or other.report_day or other.told)
    )
