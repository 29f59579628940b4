"""Where the word that makes a sentence an event of its type is ("withdrew", "rời khỏi"): the verb an
event's actor is the subject of (store/about/actors.py)."""

from __future__ import annotations

from store.about.acts import ACT_TYPES, act_cue
from store.about.event_cues import clause_before, compiled, languages_for

__all__ = ["event_cue"]


_TYPE_CUES: dict[str, tuple[str, ...]] = {
    "attack": ("attack",),
    "withdrawal_completed": ("withdrew", "withdraw"),
    "withdrawal_started": ("withdraw", "withdrew"),
    "withdrawal_announced": ("withdraw", "withdrew"),
    "handover": ("handover",),
    "mission_ended": ("ended",),
    "casualties": ("casualty",),
    "deployment": ("deploy",),
    "coup": ("coup",),
    "agreement": ("sign", "agreement_made"),
    "statement": ("demand", "statement", "announce"),
    "demand": ("demand",),
}
"""Which cues of ``event_cues.Cues`` make each type: where its verb (or noun) is in the sentence; the
act types of ``about.acts`` (arrest, release, ...) are found by their own cues."""


def event_cue(text: str, language: str, event_type: str) -> tuple[int, int] | None:
    """Where the word that makes ``text`` an event of ``event_type`` is ("withdrew", "rời khỏi").

    A withdrawal someone only demands is skipped, as ``classify_event`` skips
    it; ``None`` for ``other`` or when no cue of the type is found.
    """
    for candidate in languages_for(language):
        if event_type in ACT_TYPES:
            found = act_cue(text, candidate, event_type)
            if found:
                return found
            continue
        c = compiled(candidate).cues
        for name in _TYPE_CUES.get(event_type, ()):
            for m in c[name].finditer(text):
                if name.startswith("withdr") and c["demand"].search(clause_before(text, m.start(), 60)):
                    continue
                return m.start(), m.end()
    return None
