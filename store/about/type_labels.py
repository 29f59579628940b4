"""How the browser and the exports name an event type, apart from the cues that find types in text.

``store.about.event_types`` (the cue tables of every language, compiled) is
what extraction needs; the browser's first frame only needs the label, and
importing the tables for it cost about 5 ms of each launch.
"""

from __future__ import annotations

from store.model import EVENT_TYPES


def event_type_label(event_type: str) -> str:
    """How the browser shows a type: "withdrawal_completed" -> "withdrawal completed"."""
    if event_type not in EVENT_TYPES:
        return event_type.replace("_", " ") if event_type else "other"
    return event_type.replace("_", " ")
