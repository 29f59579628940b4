"""The correction keys (``E``, ``r``, ``u``), shared by the timeline and the source viewer.

Kept apart from ``tui.correction_screen`` so that the panes can declare them
without importing the form, which is loaded the first time it opens.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

CORRECTION_BINDINGS: list[BindingType] = [
    Binding(
        "E",
        "screen.correct",
        "Correct",
        id="events.correct",
        tooltip="Fix the selected event's date, countries or type, or reject it",
    ),
    Binding("f2", "screen.correct", "Correct", show=False),
    Binding(
        "r",
        "screen.toggle_reject",
        "Reject",
        show=False,
        id="events.reject",
        tooltip="Mark as not an event (struck out, never exported); again restores it",
    ),
    Binding(
        "u",
        "screen.undo_correction",
        "Undo",
        show=False,
        id="events.undo",
        tooltip="Undo the last correction of the selected event",
    ),
]
"""Shared by the timeline and the source viewer: correct what you are reading, where you read it."""
