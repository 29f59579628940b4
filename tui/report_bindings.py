"""The occurrence keys (``[``/``]``, ``X``, ``m``, ``M``), shared by the timeline and the source viewer.

They act on the timeline's occurrence state (``tui.occurrence_timeline``) from
either pane: step through an occurrence's reports while reading, split the
report being read out of its occurrence, mark an occurrence and merge another
into it. Kept apart so the viewer can declare them without importing the
timeline module, like ``tui.correction_bindings``.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

REPORT_BINDINGS: list[BindingType] = [
    Binding(
        "right_square_bracket",
        "screen.occurrences('step_report', 1)",
        "Next report",
        key_display="]",
        show=False,
        id="occurrences.next_report",
        tooltip="Open the occurrence's next report: its own document, its sentence highlighted",
    ),
    Binding(
        "left_square_bracket",
        "screen.occurrences('step_report', -1)",
        "Previous report",
        key_display="[",
        show=False,
        id="occurrences.previous_report",
        tooltip="Open the occurrence's previous report",
    ),
    Binding(
        "X",
        "screen.occurrences('split')",
        "Split",
        show=False,
        id="occurrences.split",
        tooltip="Not the same occurrence: split the report shown out of its occurrence (kept on re-ingest)",
    ),
    Binding(
        "m",
        "screen.occurrences('mark')",
        "Mark",
        show=False,
        id="occurrences.mark",
        tooltip="Mark this occurrence; M on another one merges it into the marked one (m again unmarks)",
    ),
    Binding(
        "M",
        "screen.occurrences('merge')",
        "Merge",
        show=False,
        id="occurrences.merge",
        tooltip="Same occurrence: merge the selected occurrence into the marked one (kept on re-ingest)",
    ),
]
