"""A sentence recalling, by its month, a force leaving the town another report's act of that month names.

Reviews, timelines and analysis pieces tell a past departure in passing, dated only by its month and
often as a noun rather than an act ("Le départ de Kidal, fin octobre, avait ravivé les combats", "the
second base returned since the one at Gossi in April", "Nach dem Abzug aus Tessalit im Oktober ...",
"sau khi rút khỏi Kidal hồi tháng 10"), so extraction gives it no type or only a statement's. An analyst
links it with the report of that departure on a day of that month: a force leaves a camp once, and the
town says which camp.

Only for the stages of a withdrawal (announced, begun, completed: attacks on one town are many in a
month), when the recall's own words name that stage's family (a reaction, "the fighting around Kidal in
October", names none), when both name the same one town and nothing else, and when the act's date lies
within the recall's month (``DateMatch`` strength 1, never a day apart, never an inferred year).
"""

from __future__ import annotations

from store.about.event_types import reported_kinds
from store.linking.date_match import DateMatch
from store.linking.kinds import FAMILY, WITHDRAWAL_FAMILIES
from store.linking.profiles import Profile

RECALLS = frozenset({"other", "statement"})  # sentences whose type does not say the act


def _recall_and_act(a: Profile, b: Profile) -> tuple[Profile, Profile] | None:
    if a.type in RECALLS and b.family in WITHDRAWAL_FAMILIES:
        return a, b
    if b.type in RECALLS and a.family in WITHDRAWAL_FAMILIES:
        return b, a
    return None


def recalled_at_town(a: Profile, b: Profile, when: DateMatch) -> list[str]:
    """Why one of ``a``, ``b`` recalls the other's act at its town in its month, or [] (see the module)."""
    if when.strength != 1 or when.day_apart:
        return []
    pair = _recall_and_act(a, b)
    if pair is None:
        return []
    recall, act = pair
    if recall.precision != "month" or recall.inferred or act.inferred:
        return []
    if act.precision not in ("day", "month"):
        return []
    if len(recall.towns) != 1 or recall.towns != act.towns:
        return []
    kinds = reported_kinds(recall.told or recall.text, recall.language)
    if not any(FAMILY.get(k) == act.family for k in kinds):
        return []
    return [f"a departure from {next(iter(act.towns))} recalled by its month"]
