"""One named force ends once: reports of a national operation or a task force ending ("Takuba officially
ended its operations on Thursday" / "the Takuba task force had wound up at the end of June") are one
occurrence when their dates agree at their precision, whatever else each names.

A force is read from the lexicon of ``store.board.forces``, by its name in the sentence. A UN mission is
left out: its contributors leave it one by one ("Germany will end its role in MINUSMA by May 2024" is
Germany's end, not the mission's), and a sentence naming two forces ("Barkhane replaced Serval") says
nothing of which one ended.
"""

from __future__ import annotations

from functools import lru_cache

from store.board.forces import forces_named
from store.linking.profiles import Profile

ENDED = "mission_ended"


@lru_cache(maxsize=1 << 14)
def ended_force(kind: str, sentence: str) -> str | None:
    """The name of the one force other than a UN mission a sentence typed ``mission_ended`` names."""
    if kind != ENDED:
        return None
    forces = [f for f in forces_named(sentence) if not f.un]
    return forces[0].name if len(forces) == 1 and len(forces_named(sentence)) == 1 else None


def force_keys(kind: str, sentence: object) -> tuple[tuple[str, ...], ...]:
    """The candidate key two reports of one force's end share (``store.linking.candidates``)."""
    name = ended_force(kind, sentence) if isinstance(sentence, str) else None
    return (("force", name),) if name else ()


def same_force_ended(a: Profile, b: Profile) -> list[str]:
    """The reason two reports tell one force's end: both typed ``mission_ended`` name that force alone."""
    name = ended_force(a.type, a.text)
    return [f"the end of {name}, once"] if name and name == ended_force(b.type, b.text) else []
