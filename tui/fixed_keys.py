"""The keys the status line always shows, whatever the width: help, quit and the command palette.

Textual's ``Footer`` drops the bindings that do not fit and draws its palette
hint over the last one (``^p paletteu``); these three are kept apart, on the
right, where nothing can push them off.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import HorizontalGroup
from textual.widgets._footer import FooterKey

FIXED_KEYS: tuple[tuple[str, str, str, str, str], ...] = (
    ("question_mark", "?", "Help", "app.help", "Every key binding"),
    ("q", "q", "Quit", "app.quit", "Leave mali-tui"),
    ("ctrl+p", "^p", "Commands", "command_palette", "Command palette: filters, jumps, exports by name"),
)
"""(key, shown as, description, action, tooltip) of each key always on the status line."""


class FixedKeys(HorizontalGroup):
    """``? Help  q Quit  ^p Commands``, drawn like the footer's keys and clickable like them."""

    DEFAULT_CSS = """
    FixedKeys {
        width: auto;
        height: 1;
        background: $footer-background;
        border-left: vkey $foreground 20%;
        padding-left: 1;
        & > FooterKey { margin-right: 1; }
    }
    """

    def compose(self) -> ComposeResult:
        for key, shown, description, action, tooltip in FIXED_KEYS:
            yield FooterKey(key, shown, description, action, tooltip=tooltip, classes="-compact")
