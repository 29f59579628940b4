"""One named force ends once: reports of a national operation or a task force ending ("Takuba officially
ended its operations on Thursday" / "the Takuba task force had wound up at the end of June") are one
occurrence when their dates agree at their precision, whatever else each names; and the last troops of one
named force leaving, told of one day ("những binh sĩ Barkhane cuối cùng rời Mali" / "the last Barkhane troops
crossed into Niger"), are one departure.

A force is read from the lexicon of ``store.board.forces``, by its name in the sentence. A UN mission is
left out: its contributors leave it one by one ("Germany will end its role in MINUSMA by May 2024" is
Germany's end, not the mission's), and a sentence naming two forces ("Barkhane replaced Serval") says
nothing of which one ended. A force leaves many camps: its completed departures link only on one day, and
two camps named keep two departures apart (``compatibility.judge``, town).
"""

from __future__ import annotations

from functools import lru_cache

from store.board.forces import forces_named
from store.linking.profiles import Profile

ENDED = "mission_ended"
LEFT = "withdrawal_completed"  # linked only on one day (``same_force_ended``)


@lru_cache(maxsize=1 << 14)
def ended_force(kind: str, sentence: str) -> str | None:
    """The name of the one force other than a UN mission a sentence typed ``mission_ended`` (or
    ``withdrawal_completed``) names."""
    if kind not in (ENDED, LEFT):
        return None
    forces = forces_named(sentence)
    return forces[0].name if len(forces) == 1 and not forces[0].un else None


def force_keys(kind: str, sentence: object) -> tuple[tuple[str, ...], ...]:
    """The candidate key two reports of one force's end share (``store.linking.candidates``)."""
    name = ended_force(kind, sentence) if isinstance(sentence, str) else None
    return (("force", name),) if name else ()


def same_force_ended(a: Profile, b: Profile, strength: int) -> list[str]:
    """The reason two reports tell one force's end: both of one type, ``mission_ended`` at their precision
    or ``withdrawal_completed`` of one day (``strength`` of ``date_match``), name that force alone."""
    if a.type != b.type or (a.type == LEFT and strength < 2):
        return []
    name = ended_force(a.type, a.text)
    if not name or name != ended_force(b.type, b.text):
        return []
    return [f"the end of {name}, once" if a.type == ENDED else f"the last of {name} leaving, one day"]
